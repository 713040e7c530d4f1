package dev.rapport.journey;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.Interaction;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one customer (or one case) actually went through: the interactions in time order. Interactions with equal
 * timestamps keep the order in which they were read (a stable sort).
 * <pre>{@code
 * Journey journey = log.journey("case-17").orElseThrow();
 * journey.touchpoints()   // [faq, chat, phone-support]
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param key  the customer id or case id the journey belongs to, not null
 * @param interactions  the interactions in time order, not empty
 */
public record Journey(String key, List<Interaction> interactions) {

    public Journey {
        checkNotNull(key, "key");
        interactions = ImmutableList.copyOf(checkNotNull(interactions, "interactions"));
        checkArgument(!interactions.isEmpty(), "journey '%s' must have at least one interaction", key);
        for (int i = 1; i < interactions.size(); i++) {
            checkArgument(!interactions.get(i).timestamp().isBefore(interactions.get(i - 1).timestamp()),
                    "journey '%s' must be in time order, but %s comes before %s", key,
                    interactions.get(i - 1).interactionId(), interactions.get(i).interactionId());
        }
    }

    /** The touchpoint ids in order, repeats included. */
    public List<String> touchpoints() {
        return interactions.stream().map(Interaction::touchpoint).collect(ImmutableList.toImmutableList());
    }

    /** The number of interactions. */
    public int size() {
        return interactions.size();
    }

    /** The first interaction. */
    public Interaction first() {
        return interactions.get(0);
    }

    /** The last interaction. */
    public Interaction last() {
        return interactions.get(interactions.size() - 1);
    }

    /**
     * From the start of the first interaction to the end of the last (its wait and handling included where known:
     * {@link Interaction#knownEnd()}).
     */
    public Duration duration() {
        return Duration.between(first().timestamp(), last().knownEnd());
    }

    /** Returns e.g. {@code case-17: faq -> chat -> phone-support}. */
    @Override
    public String toString() {
        return key + ": " + interactions.stream().map(Interaction::touchpoint).collect(Collectors.joining(" -> "));
    }
}
