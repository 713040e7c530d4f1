package dev.rapport.examples.internal;

import dev.rapport.examples.SampleData;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** {@code rapport generate}: sample interactions as canonical CSV. */
public final class GenerateCommand implements Command {

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "write sample interactions of a retail service as canonical CSV";
    }

    @Override
    public String help() {
        return """
                Usage: rapport generate [--rows N] [--seed S] [--from DAY --until DAY] [--out FILE]

                Writes N sample interactions of a retail service (web shop, stores, contact centre) as
                canonical CSV: the same rows and seed always give the same bytes.

                Options:
                  --rows N       how many interactions (default 10000; 1_000_000 style allowed)
                  --seed S       the random seed (default 42)
                  --from DAY     the first day, e.g. 2026-04-01 (default), with --until
                  --until DAY    the day after the last, e.g. 2026-10-01 (default)
                  --out FILE     where to write (default: standard output)
                """;
    }

    @Override
    public int run(List<String> arguments, Terminal terminal) {
        Args args = Args.parse(name(), arguments, Set.of("rows", "seed", "from", "until", "out"), Set.of());
        args.positional(0, 0, "");
        SampleData data = SampleData.of(args.longOption("rows", 10_000, 0, Long.MAX_VALUE))
                .withSeed(args.longOption("seed", SampleData.DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE));
        if (args.option("from").isPresent() || args.option("until").isPresent()) {
            LocalDate from = args.dayOption("from").orElse(SampleData.DEFAULT_FROM);
            LocalDate until = args.dayOption("until").orElse(SampleData.DEFAULT_UNTIL);
            if (!until.isAfter(from)) {
                throw new UsageException(name(), "--until must be after --from, was " + from + " to " + until);
            }
            data = data.withPeriod(from, until);
        }
        if (args.option("out").isEmpty()) {
            data.writeCsv(terminal.out());
            return 0;
        }
        Path file = Path.of(args.option("out").get());
        terminal.progress("writing " + data.rows() + " interactions to " + file + " ...");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            data.writeCsv(out);
        } catch (IOException e) {
            throw BadInputException.of("write", file, e);
        } catch (UncheckedIOException e) {
            throw BadInputException.of("write", file, e.getCause());
        }
        terminal.progressDone();
        return 0;
    }
}
