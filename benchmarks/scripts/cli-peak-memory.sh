#!/bin/sh
# Peak resident memory of the real command line: generates ROWS sample interactions (seed 42, as the comparison
# does), then runs `java -jar examples/target/rapport.jar scorecard FILE --metrics ... --by touchpoint,channel`
# under GNU time (/usr/bin/time -v, Debian package `time`) and reports its "Maximum resident set size" and wall
# time, with the load average before and after. JAVA_OPTS (empty by default) go to the measured JVM only, e.g.
# JAVA_OPTS=-Xmx1g to see what a heap cap changes; without it the JVM chooses its heap as a user's would.
#
#   ./mvnw -B -o -q -DskipTests package -pl examples -am
#   benchmarks/scripts/cli-peak-memory.sh 1000000 [DIRECTORY]
#
# Prints: CLI_MEMORY rows=<N> max_rss_mb=<MB> wall_s=<s> exit=<code> java_opts=<...> load_before=<1m> load_after=<1m>
set -eu
rows=${1:?usage: cli-peak-memory.sh ROWS [DIRECTORY]}
dir=${2:-${TMPDIR:-/tmp}}
jar=$(dirname "$0")/../../examples/target/rapport.jar
[ -f "$jar" ] || { echo "no $jar: build it with ./mvnw -B -o -q -DskipTests package -pl examples -am" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing (Debian package 'time')" >&2; exit 2; }
csv=$dir/cli-memory-$rows.csv
[ -f "$csv" ] || java -jar "$jar" generate --rows "$rows" --out "$csv"
before=$(cut -d' ' -f1 /proc/loadavg)
set +e
/usr/bin/time -v -o "$csv.time" java ${JAVA_OPTS:-} -jar "$jar" scorecard "$csv" \
    --metrics nps,csat,wait-p90,transfer-rate,abandonment-rate --by touchpoint,channel > "$csv.out"
status=$?
set -e
after=$(cut -d' ' -f1 /proc/loadavg)
rss_kb=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$csv.time")
wall=$(sed -n 's/^[[:space:]]*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$csv.time")
seconds=$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.1f", s }')
echo "CLI_MEMORY rows=$rows max_rss_mb=$((rss_kb / 1024)) wall_s=$seconds exit=$status java_opts=${JAVA_OPTS:-none}" \
    "load_before=$before load_after=$after"
