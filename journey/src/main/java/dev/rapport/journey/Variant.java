package dev.rapport.journey;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A path variant: one sequence of touchpoints, and how many journeys followed exactly it.
 *
 * @param touchpoints  the touchpoint ids in order, not null
 * @param count  how many journeys
 */
public record Variant(List<String> touchpoints, long count) {

    public Variant {
        touchpoints = ImmutableList.copyOf(checkNotNull(touchpoints, "touchpoints"));
    }

    /** Returns e.g. {@code 12x faq -> chat}. */
    @Override
    public String toString() {
        return count + "x " + String.join(" -> ", touchpoints);
    }
}
