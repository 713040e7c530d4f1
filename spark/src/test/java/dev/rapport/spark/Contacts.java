package dev.rapport.spark;

import dev.rapport.core.Interaction;
import dev.rapport.data.EventLogReader;
import dev.rapport.data.ImportResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * One export read both ways: by the single-machine library ({@link EventLogReader}) and by Spark's CSV reader
 * (every column a string). A generated call-centre month of a few thousand contacts, every canonical column with
 * some cells empty, so that each built-in metric has something to count.
 */
final class Contacts {

    static final String HEADER = "interaction_id,customer_id,case_id,timestamp,touchpoint,stage,channel,mode,"
            + "wait_seconds,handle_seconds,outcome,agent,segment,nps,csat,ces,rating_reliability";

    private static final String[] TOUCHPOINTS = {"phone-support", "chat-support", "faq", "email-support"};
    private static final String[] CHANNELS = {"phone", "chat", "web", "email"};
    private static final String[] OUTCOMES = {"resolved", "unresolved", "transferred", "escalated", "abandoned"};

    private static Path generated;

    private Contacts() {
    }

    /** The generated export, written once per test JVM. */
    static synchronized Path generated() {
        if (generated == null) {
            try {
                Path dir = Files.createTempDirectory("rapport-spark");
                generated = dir.resolve("contacts.csv");
                Files.writeString(generated, csv(3000, 11));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return generated;
    }

    /** {@code rows} random contacts of about 400 customers and 900 cases over a month. */
    static String csv(int rows, long seed) {
        Random r = new Random(seed);
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        long start = Instant.parse("2026-03-01T00:00:00Z").toEpochMilli();
        for (int i = 0; i < rows; i++) {
            int t = r.nextInt(TOUCHPOINTS.length);
            String outcome = OUTCOMES[r.nextInt(10) < 5 ? 0 : r.nextInt(OUTCOMES.length)];
            boolean abandoned = outcome.equals("abandoned");
            csv.append("i-").append(i).append(',')
                    .append("cust-").append(r.nextInt(400)).append(',')
                    .append(r.nextInt(8) == 0 ? "" : "case-" + r.nextInt(900)).append(',')
                    .append(Instant.ofEpochMilli(start + (long) r.nextInt(30 * 86_400) * 1000 + r.nextInt(1000)))
                    .append(',').append(TOUCHPOINTS[t]).append(',')
                    .append(r.nextInt(5) == 0 ? "" : "support").append(',')
                    .append(CHANNELS[t]).append(',')
                    .append(t == 2 ? "automated" : "human").append(',')
                    .append(r.nextInt(10) == 0 ? "" : seconds(r.nextInt(900_000))).append(',')
                    .append(abandoned ? "" : seconds(r.nextInt(3_600_000))).append(',')
                    .append(outcome).append(',')
                    .append(t == 2 || abandoned ? "" : "agent-" + r.nextInt(12)).append(',')
                    .append(r.nextBoolean() ? "retail" : r.nextBoolean() ? "business" : "").append(',')
                    .append(r.nextInt(3) == 0 ? String.valueOf(r.nextInt(11)) : "").append(',')
                    .append(r.nextInt(3) == 0 ? String.valueOf(1 + r.nextInt(5)) : "").append(',')
                    .append(r.nextInt(4) == 0 ? String.valueOf(1 + r.nextInt(7)) : "").append(',')
                    .append(r.nextInt(5) == 0 ? String.valueOf(1 + r.nextInt(5)) : "").append('\n');
        }
        return csv.toString();
    }

    private static String seconds(int millis) {
        return String.format(Locale.ROOT, "%d.%03d", millis / 1000, millis % 1000);
    }

    /** The library's reading of an export. */
    static List<Interaction> library(Path csv) {
        ImportResult result = EventLogReader.lenient().csv(csv);
        return result.interactions();
    }

    /** Spark's reading of an export, every column a string. */
    static Dataset<Row> spark(Path csv) {
        return SharedSpark.spark().read().option("header", "true").csv(csv.toString());
    }

    /** The rows dealt round-robin into {@code partitions} partitions, each in a random order (one shuffle). */
    static Dataset<Row> shuffled(Dataset<Row> rows, int partitions, long seed) {
        return rows.withColumn("_shuffle", functions.rand(seed)).repartition(partitions)
                .sortWithinPartitions("_shuffle").drop("_shuffle");
    }

    static Path resource(String name) {
        try {
            return Path.of(Contacts.class.getResource("/exports/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
