package dev.rapport.data;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.Messages;
import java.util.List;
import java.util.Locale;

/**
 * What an import read: how many rows, how many became interactions, and which were rejected and why. Nothing is
 * lost silently: {@code accepted + rejected().size() == rowsRead}, always. A row is a CSV record after the header,
 * a non-blank JSON line, or an XES event that completes an activity.
 *
 * @param source  the file name, not null
 * @param rowsRead  the rows read
 * @param accepted  the rows that became interactions
 * @param rejected  the rows left out, with reasons (always empty for a strict import, which throws instead)
 */
public record ImportSummary(String source, long rowsRead, long accepted, List<RejectedRow> rejected) {

    public ImportSummary {
        checkNotNull(source, "source");
        rejected = ImmutableList.copyOf(rejected);
        checkArgument(accepted + rejected.size() == rowsRead,
                "accepted (%s) + rejected (%s) must equal rows read (%s)", accepted, rejected.size(), rowsRead);
    }

    /**
     * Returns e.g. {@code contacts.csv: 12 rows read, 11 accepted, 1 rejected} and the rejected rows: English,
     * numbers without grouping, {@link #toString(Locale) toString(Locale.ROOT)}.
     */
    @Override
    public String toString() {
        return toString(Locale.ROOT);
    }

    /**
     * The summary in a language, with the plural forms and number format of the locale, e.g.
     * {@code contacts.csv: 21 eilutė perskaityta, 21 eilutė priimta, 0 eilučių atmesta} (lt); then up to 20
     * rejected rows with their reasons (which stay in English for now).
     */
    public String toString(Locale locale) {
        Messages messages = Messages.of(BUNDLE, checkNotNull(locale, "locale"));
        StringBuilder text = new StringBuilder(messages.text("import.summary", source,
                messages.plural("import.rows-read", rowsRead), messages.plural("import.accepted", accepted),
                messages.plural("import.rejected", rejected.size())));
        rejected.stream().limit(20).forEach(r -> text.append("\n  ").append(r));
        return text.toString();
    }

    /** The bundle of the data module's texts. */
    static final String BUNDLE = "dev.rapport.data.messages";
}
