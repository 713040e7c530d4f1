package dev.rapport.examples;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.Interaction;
import dev.rapport.data.ImportSummary;
import dev.rapport.data.KanoImport;
import dev.rapport.examples.internal.Analysis;
import dev.rapport.examples.internal.HtmlReport;
import dev.rapport.journey.JourneyMap;
import dev.rapport.metrics.MetricRegistry;
import dev.rapport.metrics.Scorecard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The demo's analysis of a log as a readable summary and a self-contained HTML report: the scorecard for the
 * latest calendar quarter (UTC) in the log against the quarter before, with significance and breakdowns by
 * touchpoint and channel; the journey map with each touchpoint's score; importance and performance of the rated
 * service dimensions with the key drivers of CSAT; with {@link #withKano} the Kano chart and table of a survey;
 * customers at risk; the funnel; the directly-follows graph; and
 * conformance against the map. The HTML has inline CSS and SVG, no script, and fetches nothing.
 * <p>
 * The summary and the HTML come in English, or in any of {@link dev.rapport.core.Messages#LANGUAGES} through
 * the methods that take a {@link Locale}: texts, status words, metric names, numbers and quarters as the locale
 * writes them, and {@code <html lang>} set. {@link #toString()} is the English summary, the same on every machine.
 * <pre>{@code
 * Report.of(SampleData.journeyMap(), card, interactions).withStage("support").write(Path.of("report.html"));
 * Report.of(SampleData.journeyMap(), card, interactions).write(Path.of("relatorio.html"), Locale.forLanguageTag("pt-PT"));
 * }</pre>
 * This type is immutable and thread-safe; the analysis runs once, when the report is made.
 */
public final class Report {

    private final Analysis analysis;
    private final Optional<KanoImport> kano;

    private Report(Analysis analysis, Optional<KanoImport> kano) {
        this.analysis = analysis;
        this.kano = kano;
    }

    /**
     * Analyses interactions against a journey map with a scorecard, scoring every interaction.
     *
     * @param map  the designed journey, not null
     * @param scorecard  the scorecard, whose metrics are built-in ones, not null
     * @param interactions  the log, not empty
     * @return the report, never null
     * @throws IllegalArgumentException if there are no interactions
     */
    public static Report of(JourneyMap map, Scorecard scorecard, List<Interaction> interactions) {
        return of(map, scorecard, interactions, Optional.empty());
    }

    /** The scorecard of the demo: NPS, CSAT, CES, first-contact resolution, resolution, transfers,
     * abandonment and median wait. */
    public static Scorecard serviceQuality() {
        return Analysis.serviceQuality();
    }

    private static Report of(JourneyMap map, Scorecard scorecard, List<Interaction> interactions,
            Optional<String> stage) {
        checkNotNull(map, "map");
        checkNotNull(scorecard, "scorecard");
        List<Interaction> copy = ImmutableList.copyOf(checkNotNull(interactions, "interactions"));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one interaction");
        }
        ImportSummary source = new ImportSummary("in memory", copy.size(), copy.size(), List.of());
        return new Report(Analysis.of(map, scorecard, source, copy, MetricRegistry.builtIn(), stage),
                Optional.empty());
    }

    /**
     * Returns the report with the scorecard computed over the interactions of one stage only (e.g.
     * {@code support} for a customer-service scorecard); journeys still use every interaction.
     */
    public Report withStage(String stage) {
        checkNotNull(stage, "stage");
        return new Report(Analysis.of(analysis.map(), analysis.scorecard(), analysis.imported(),
                analysis.interactions(), MetricRegistry.builtIn(), Optional.of(stage)), kano);
    }

    /**
     * Returns the report with a Kano section: the chart of CS+ against |CS-| and the table per feature of the
     * survey's answer pairs, e.g. {@code report.withKano(KanoReader.strict().csv(Path.of("kano.csv")))}.
     */
    public Report withKano(KanoImport answers) {
        checkNotNull(answers, "answers");
        return new Report(analysis, Optional.of(answers));
    }

    /** The terminal summary: scorecard with changes, worst touchpoints, conformance, at-risk, drivers, funnel. */
    public String summary() {
        return analysis.summary();
    }

    /** The terminal summary in a language (English for one Rapport does not speak). */
    public String summary(Locale locale) {
        return analysis.summary(checkNotNull(locale, "locale"));
    }

    /** The whole report as one HTML document, in English. */
    public String toHtml() {
        return toHtml(Locale.ENGLISH);
    }

    /** The whole report as one HTML document in a language (English for one Rapport does not speak). */
    public String toHtml(Locale locale) {
        return HtmlReport.render(analysis, checkNotNull(locale, "locale"), kano);
    }

    /**
     * Writes the HTML report to a file, replacing it.
     *
     * @param file  the file, not null
     * @return the file, never null
     * @throws UncheckedIOException naming the file if it cannot be written
     */
    public Path write(Path file) {
        return write(file, Locale.ENGLISH);
    }

    /**
     * Writes the HTML report in a language to a file, replacing it.
     *
     * @param file  the file, not null
     * @param locale  the language and formats, not null
     * @return the file, never null
     * @throws UncheckedIOException naming the file if it cannot be written
     */
    public Path write(Path file, Locale locale) {
        checkNotNull(file, "file");
        String html = toHtml(checkNotNull(locale, "locale"));
        try {
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the report to " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** Returns the summary. */
    @Override
    public String toString() {
        return summary();
    }
}
