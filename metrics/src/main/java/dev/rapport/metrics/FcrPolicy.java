package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import dev.rapport.core.Channel;
import dev.rapport.core.Interaction;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * What counts as first-contact resolution, since practice varies: how long after the first contact a further
 * contact counts as a repeat (the window), what counts as the same issue (the case id, or the customer plus the
 * contact reason), and which channels count (contacts on other channels are ignored; empty means all).
 * <pre>{@code
 * Metrics.fcr(FcrPolicy.DEFAULT.withWindow(Duration.ofDays(14)).withSameIssue(FcrPolicy.SameIssue.CUSTOMER_AND_REASON))
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param window  a repeat contact within this time after the first contact means the issue was not resolved
 *                first time, positive
 * @param sameIssue  how contacts are grouped into issues, not null
 * @param channels  the channels whose contacts count, empty for all, not null
 */
public record FcrPolicy(Duration window, SameIssue sameIssue, Set<Channel> channels) {

    /** The usual repeat window: 7 days. */
    public static final Duration DEFAULT_REPEAT_WINDOW = Duration.ofDays(7);
    /** Seven days, same case id, every channel. */
    public static final FcrPolicy DEFAULT = new FcrPolicy(DEFAULT_REPEAT_WINDOW, SameIssue.CASE, Set.of());

    /** How contacts are recognised as being about the same issue. */
    public enum SameIssue {
        /** The same case (ticket) id; contacts without one are not counted. */
        CASE,
        /** The same customer and contact reason; contacts without a reason are not counted. */
        CUSTOMER_AND_REASON
    }

    public FcrPolicy {
        checkNotNull(window, "window");
        checkArgument(!window.isNegative() && !window.isZero(), "FCR window must be positive, was %s", window);
        checkNotNull(sameIssue, "sameIssue");
        channels = ImmutableSortedSet.copyOf(Comparator.comparing(Channel::id), checkNotNull(channels, "channels"));
    }

    /** Returns a copy with the given repeat window. */
    public FcrPolicy withWindow(Duration window) {
        return new FcrPolicy(window, sameIssue, channels);
    }

    /** Returns a copy that recognises the same issue the given way. */
    public FcrPolicy withSameIssue(SameIssue sameIssue) {
        return new FcrPolicy(window, sameIssue, channels);
    }

    /** Returns a copy counting only contacts on the given channels (none given: all). */
    public FcrPolicy withChannels(Channel... channels) {
        return new FcrPolicy(window, sameIssue, Set.of(channels));
    }

    /** Whether contacts on this channel count. */
    boolean counts(Channel channel) {
        return channels.isEmpty() || channels.contains(channel);
    }

    /** The issue an interaction is about, if it counts under this policy. */
    Optional<String> issueOf(Interaction interaction) {
        if (!counts(interaction.channel())) {
            return Optional.empty();
        }
        return sameIssue == SameIssue.CASE ? interaction.caseId()
                : interaction.reason().map(reason -> interaction.customerId() + "\u0000" + reason);
    }
}
