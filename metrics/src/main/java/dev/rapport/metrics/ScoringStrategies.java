package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import dev.rapport.core.Ids;
import dev.rapport.core.UnknownNameException;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Scoring strategies by name, so that scorecard JSON can say {@code "scoring": "weakest-link"}. Names resolve
 * only through this registry: Rapport never instantiates a class named in input.
 * <pre>{@code
 * ScoringStrategies strategies = ScoringStrategies.builtIn().with("all-or-nothing", allOrNothing);
 * }</pre>
 * This type is immutable and thread-safe.
 */
public final class ScoringStrategies {

    private static final ScoringStrategies BUILT_IN = new ScoringStrategies(ImmutableMap.of(
            "weighted-average", ScoringStrategy.weightedAverage(),
            "weakest-link", ScoringStrategy.weakestLink(),
            "geometric-mean", ScoringStrategy.geometricMean(),
            "z-score", ScoringStrategy.zScore()));

    private final ImmutableMap<String, ScoringStrategy> byName;

    private ScoringStrategies(ImmutableMap<String, ScoringStrategy> byName) {
        this.byName = byName;
    }

    /** The four built-in strategies: weighted-average, weakest-link, geometric-mean, z-score. */
    public static ScoringStrategies builtIn() {
        return BUILT_IN;
    }

    /**
     * Returns a copy of this registry that also knows {@code strategy} as {@code name}.
     *
     * @throws IllegalArgumentException if the name is not kebab-case or is already registered
     */
    public ScoringStrategies with(String name, ScoringStrategy strategy) {
        checkArgument(Ids.isKebab(checkNotNull(name, "name")),
                "scoring strategy name must be lower-case kebab-case, was '%s'", name);
        checkNotNull(strategy, "strategy");
        checkArgument(!byName.containsKey(name), "a scoring strategy named '%s' is already registered", name);
        return new ScoringStrategies(ImmutableMap.<String, ScoringStrategy>builder()
                .putAll(byName).put(name, strategy).buildOrThrow());
    }

    /**
     * Returns the strategy registered as {@code name}.
     *
     * @throws UnknownNameException if none is; its message lists the registered names
     */
    public ScoringStrategy named(String name) {
        ScoringStrategy strategy = byName.get(checkNotNull(name, "name"));
        if (strategy == null) {
            throw new UnknownNameException("scoring strategy", name, byName.keySet());
        }
        return strategy;
    }

    /** Whether a strategy is registered as {@code name}. */
    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    /** The registered names, in registration order. */
    public Set<String> names() {
        return byName.keySet();
    }

    /**
     * Returns a copy that also holds every strategy installed through {@link ScoringStrategyProvider}.
     *
     * @throws IllegalArgumentException if an installed name is taken or not kebab-case
     */
    public ScoringStrategies withInstalled() {
        ScoringStrategies result = this;
        for (ScoringStrategyProvider provider : ServiceLoader.load(ScoringStrategyProvider.class)) {
            result = result.with(provider.name(), provider.strategy());
        }
        return result;
    }

    @Override
    public String toString() {
        return "scoring strategies " + byName.keySet();
    }
}
