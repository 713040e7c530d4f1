package dev.rapport.examples.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TerminalTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    private final PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    //-----------------------------------------------------------------------
    // progress
    //-----------------------------------------------------------------------
    @Test
    void progress_noConsole_writesNothing() {
        Terminal terminal = new Terminal(out, errStream, false);
        terminal.progress("importing x.csv ...");
        terminal.progressDone();
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void progress_console_overwritesTheLineAndClearsItWhenDone() {
        Terminal terminal = new Terminal(out, errStream, true);
        terminal.progress("importing x.csv ...");
        terminal.progress("analysing ...");
        terminal.progressDone();
        terminal.progressDone();
        assertEquals("\r\033[Kimporting x.csv ...\r\033[Kanalysing ...\r\033[K", err.toString(StandardCharsets.UTF_8));
    }
}
