package dev.rapport.examples.internal;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Where a command writes: results to standard output, errors and progress to standard error. Progress is shown
 * only when a person is watching (a console is attached), so that scripts and pipes see clean output. The
 * terminal's locale is the language of the texts for people (tables, summaries, the report); it is the
 * environment's ({@code LANG}, {@code LC_ALL}: {@link Locale#getDefault(Locale.Category)} for formats) unless
 * {@code --locale} says otherwise. Text on both streams has its control characters escaped ({@link SafeText}): an
 * id in a log cannot drive the terminal. Mutable, for use from a single thread.
 */
public final class Terminal {

    private final PrintStream rawOut;
    private final PrintStream rawErr;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;
    private final Locale locale;
    private boolean progressShown;

    /** A terminal in the environment's locale. */
    public Terminal(PrintStream out, PrintStream err, boolean interactive) {
        this(out, err, interactive, Locale.getDefault(Locale.Category.FORMAT));
    }

    public Terminal(PrintStream out, PrintStream err, boolean interactive, Locale locale) {
        this.rawOut = out;
        this.rawErr = err;
        this.out = SafeText.stream(out);
        this.err = SafeText.stream(err);
        this.interactive = interactive;
        this.locale = locale;
    }

    /** The same streams in another language. */
    public Terminal withLocale(Locale locale) {
        Terminal copy = new Terminal(rawOut, rawErr, interactive, locale);
        copy.progressShown = progressShown;
        return copy;
    }

    /** The language of the texts for people. */
    public Locale locale() {
        return locale;
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
