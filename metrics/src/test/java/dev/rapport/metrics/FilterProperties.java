package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rapport.core.Interaction;
import dev.rapport.data.InteractionColumns;
import dev.rapport.data.InteractionFilter;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A filter keeps the same rows from objects and from columns: every metric's state over the filtered interactions
 * equals its state over the filtered columns, for random periods and conditions on every field the columns hold.
 */
class FilterProperties {

    private static final String[] CONDITIONS = {"channel=phone", "channel!=web,chat", "outcome=resolved,transferred",
        "outcome!=abandoned", "touchpoint=faq", "agent=(none)", "agent!=a-1", "reason=billing", "reason=(none)",
        "initiator=company", "customer=c-1,c-2", "case!=(none)", "segment=(none)",
        "stage=L1,vendor", "stage!=L2", "stage=(none)"};

    /** A random filter from a seed: maybe a period inside the generated range, up to two conditions. */
    static InteractionFilter filter(long seed) {
        Random r = new Random(seed);
        InteractionFilter filter = InteractionFilter.all();
        if (r.nextBoolean()) {
            filter = filter.from(Instant.ofEpochSecond(1_767_000_000L + r.nextInt(700_000)));
        }
        if (r.nextBoolean()) {
            filter = filter.until(Instant.ofEpochSecond(1_767_800_000L + r.nextInt(700_000)));
        }
        for (int c = r.nextInt(3); c > 0; c--) {
            filter = filter.where(CONDITIONS[r.nextInt(CONDITIONS.length)]);
        }
        return filter;
    }

    private static <S> void same(Metric<Interaction, S, Estimate> metric, List<Interaction> kept,
            InteractionColumns columns) {
        assertEquals(MetricsProperties.fold(metric, kept),
                ColumnMetrics.accumulate(columns, metric).getOrDefault(List.of(), metric.empty()), metric.name());
    }

    @Test
    void anyFilter_objectsAndColumnsKeepTheSameRows() {
        qt().withExamples(60).forAll(MetricsProperties.interactions(), longs().all()).checkAssert((all, seed) -> {
            InteractionFilter filter = filter(seed);
            List<Interaction> kept = all.stream().filter(filter).toList();
            InteractionColumns columns = filter.apply(InteractionColumns.of(all));
            assertEquals(kept.size(), columns.size(), filter.toString());
            for (Metric<Interaction, ?, Estimate> metric : MetricsProperties.METRICS) {
                same(metric, kept, columns);
            }
        });
    }
}
