package dev.rapport.metrics;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.rapport.core.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.quicktheories.core.Gen;

/** QuickTheories generators for scorecard parts. */
public final class ScorecardGens {

    private ScorecardGens() {
    }

    /** A valid KPI on metric {@code metric}, either direction, with or without a baseline, any minimum sample. */
    public static Gen<Kpi> kpis(String metric) {
        Gen<Double> base = doubles().between(-100, 100);
        Gen<Double> gap = doubles().between(0.001, 50);
        return integers().between(0, 7).zip(base, gap, gap, (flags, amber, toGreen, toTarget) -> {
            Direction d = (flags & 1) == 0 ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
            double sign = d == Direction.HIGHER_IS_BETTER ? 1 : -1;
            OptionalDouble baseline = (flags & 2) == 0 ? OptionalDouble.empty() : OptionalDouble.of(amber + toGreen);
            long minimumSample = (flags & 4) == 0 ? Kpi.DEFAULT_MINIMUM_SAMPLE : (long) (toTarget * 10);
            return new Kpi(metric, d, amber + sign * toTarget, amber + sign * toGreen, amber, 0.5 + toGreen / 10,
                    baseline, minimumSample);
        });
    }

    /** A valid estimate around a value in [-150, 150], possibly empty. */
    public static Gen<Estimate> estimates() {
        return integers().between(0, 500).zip(doubles().between(-150, 150), doubles().between(0, 30),
                (n, value, half) -> n == 0 ? Estimate.empty("test")
                        : Estimate.of(value, n, value - half, value + half, "test"));
    }

    /** Between min and max KPI results on distinct metrics. */
    public static Gen<List<KpiResult>> kpiResults(int min, int max) {
        Gen<KpiResult> one = kpis("m").zip(estimates(), KpiResult::of);
        return lists().of(one).ofSizeBetween(min, max).map(results -> {
            List<KpiResult> renamed = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                Kpi k = results.get(i).kpi();
                renamed.add(KpiResult.of(new Kpi("m-" + i, k.direction(), k.target(), k.greenFrom(), k.amberFrom(),
                        k.weight(), k.baseline()), results.get(i).estimate()));
            }
            return renamed;
        });
    }
}
