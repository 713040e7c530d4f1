package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.Interaction;
import dev.rapport.data.InteractionColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collector;

/** First-contact resolution or repeat-contact rate over issues, per an {@link FcrPolicy}. */
final class CaseMetric implements Metric<Interaction, CaseContacts, Estimate> {

    private final String name;
    private final FcrPolicy policy;
    private final boolean fcr;

    CaseMetric(String name, FcrPolicy policy, boolean fcr) {
        this.name = name;
        this.policy = checkNotNull(policy, "policy");
        this.fcr = fcr;
    }

    @Override
    public String name() {
        return name;
    }

    FcrPolicy policy() {
        return policy;
    }

    boolean isFcr() {
        return fcr;
    }

    @Override
    public CaseContacts empty() {
        return CaseContacts.empty();
    }

    @Override
    public CaseContacts add(CaseContacts state, Interaction observation) {
        checkNotNull(state, "state");
        Optional<String> issue = policy.issueOf(checkNotNull(observation, "observation"));
        return issue.isEmpty() ? state
                : state.add(issue.get(), observation.timestamp().toEpochMilli(), observation.outcome());
    }

    @Override
    public CaseContacts merge(CaseContacts left, CaseContacts right) {
        return checkNotNull(left, "left").merge(right);
    }

    @Override
    public Estimate finish(CaseContacts state) {
        return share(checkNotNull(state, "state")).estimate();
    }

    Proportion share(CaseContacts state) {
        long window = policy.window().toMillis();
        return fcr ? state.firstContactResolution(window) : state.repeatContacts(window);
    }

    /** Collects the interactions, then evaluates over {@link InteractionColumns} (same result, less copying). */
    @Override
    public Collector<Interaction, ?, Estimate> collector() {
        return Collector.of(ArrayList<Interaction>::new, List::add, (left, right) -> {
            left.addAll(right);
            return left;
        }, list -> ColumnMetrics.evaluate(InteractionColumns.of(list), this));
    }

    @Override
    public String toString() {
        return "metric " + name + " " + policy;
    }
}
