package dev.rapport.metrics.internal.scoring;

import dev.rapport.core.Direction;
import java.util.List;

/**
 * The JSON form of a scorecard definition, read without checks so that every problem can be reported at once.
 *
 * @param name  the scorecard's name
 * @param scoring  the scoring strategy's registered name; weighted-average when absent
 * @param kpis  the KPIs
 */
public record ScorecardDocument(String name, String scoring, List<KpiDocument> kpis) {

    /** The JSON form of one KPI; a missing weight means 1, a missing minimum sample means 30. */
    public record KpiDocument(String metric, Direction direction, Double target, Double greenFrom, Double amberFrom,
            Double weight, Double baseline, Long minimumSample) {
    }
}
