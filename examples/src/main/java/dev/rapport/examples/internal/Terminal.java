package dev.rapport.examples.internal;

import java.io.PrintStream;

/**
 * Where a command writes: results to standard output, errors and progress to standard error. Progress is shown
 * only when a person is watching (a console is attached), so that scripts and pipes see clean output. Text on
 * both streams has its control characters escaped ({@link SafeText}): an id in a log cannot drive the terminal.
 * Mutable, for use from a single thread.
 */
public final class Terminal {

    private final PrintStream out;
    private final PrintStream err;
    private final PrintStream rawErr;
    private final boolean interactive;
    private boolean progressShown;

    public Terminal(PrintStream out, PrintStream err, boolean interactive) {
        this.out = SafeText.stream(out);
        this.err = SafeText.stream(err);
        this.rawErr = err;
        this.interactive = interactive;
    }

    /** The terminal of this process: progress only if {@link System#console()} is attached. */
    public static Terminal system() {
        return new Terminal(System.out, System.err, System.console() != null);
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public boolean isInteractive() {
        return interactive;
    }

    /** Shows a progress line on standard error, overwriting the previous one, if a person is watching. */
    public void progress(String message) {
        if (interactive) {
            rawErr.print("\r\033[K" + SafeText.escape(message));
            rawErr.flush();
            progressShown = true;
        }
    }

    /** Ends a progress line, if one is shown. */
    public void progressDone() {
        if (progressShown) {
            rawErr.print("\r\033[K");
            rawErr.flush();
            progressShown = false;
        }
    }
}
