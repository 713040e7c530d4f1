package dev.rapport.examples.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgsTest {

    private static Args parse(String... args) {
        return Args.parse("scorecard", List.of(args), Set.of("metrics", "by", "rows"), Set.of("json"));
    }

    //-----------------------------------------------------------------------
    // parse
    //-----------------------------------------------------------------------
    @Test
    void parse_optionsWithSpaceOrEqualsFlagsAndPositionals() {
        Args args = parse("log.csv", "--metrics", "nps,csat", "--by=channel", "--json");
        assertEquals(List.of("log.csv"), args.positional());
        assertEquals("nps,csat", args.option("metrics").orElseThrow());
        assertEquals("channel", args.option("by").orElseThrow());
        assertTrue(args.flag("json"));
    }

    @Test
    void parse_optionGivenTwice_rejected() {
        var e = assertThrows(UsageException.class, () -> parse("--by", "channel", "--by", "segment"));
        assertEquals("option '--by' given twice", e.getMessage());
    }

    @Test
    void parse_missingValue_rejected() {
        var e = assertThrows(UsageException.class, () -> parse("log.csv", "--metrics"));
        assertEquals("option '--metrics' needs a value", e.getMessage());
    }

    @Test
    void parse_valueOnAFlag_rejected() {
        var e = assertThrows(UsageException.class, () -> parse("--json=yes"));
        assertEquals("option '--json' takes no value", e.getMessage());
    }

    @Test
    void parse_singleDashOption_rejected() {
        var e = assertThrows(UsageException.class, () -> parse("-x"));
        assertEquals("unknown option '-x'", e.getMessage());
    }

    //-----------------------------------------------------------------------
    // longOption, positional
    //-----------------------------------------------------------------------
    @Test
    void longOption_underscoresAllowedAndBoundsChecked() {
        assertEquals(1_000_000, parse("--rows", "1_000_000").longOption("rows", 0, 0, 10_000_000));
        var e = assertThrows(UsageException.class, () -> parse("--rows", "-5").longOption("rows", 0, 0, 10));
        assertEquals("option '--rows' must be between 0 and 10, was -5", e.getMessage());
    }

    @Test
    void positional_tooManyOrTooFew_rejected() {
        assertEquals("missing the log file (LOG)", assertThrows(UsageException.class,
                () -> parse().positional(1, 1, "the log file (LOG)")).getMessage());
        assertEquals("unexpected argument 'b.csv'", assertThrows(UsageException.class,
                () -> parse("a.csv", "b.csv").positional(1, 1, "the log file (LOG)")).getMessage());
    }
}
