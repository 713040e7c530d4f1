package dev.rapport.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What actually happened to a {@link ServicePromise}: what was delivered (empty if nothing), when, how, at
 * what price, and any extras the customer did not ask for (a follow-up call, an upgrade, a handwritten note).
 * <pre>{@code
 * Fulfilment done = Fulfilment.of("replacement router").at(Instant.parse("2026-03-02T11:00:00Z"))
 *         .how("courier").price(BigDecimal.ZERO).withExtras("setup call");
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param what  what was delivered, empty if nothing was, not null
 * @param deliveredAt  when it was delivered, if known, not null
 * @param how  the way it was delivered, if known, not null
 * @param price  the price charged, if known, not negative, not null
 * @param extras  what was delivered beyond the promise, not null
 */
public record Fulfilment(Optional<String> what, Optional<Instant> deliveredAt, Optional<String> how,
        Optional<BigDecimal> price, List<String> extras) {

    public Fulfilment {
        what = what == null ? Optional.empty() : what;
        deliveredAt = deliveredAt == null ? Optional.empty() : deliveredAt;
        how = how == null ? Optional.empty() : how;
        price = price == null ? Optional.empty() : price;
        price.ifPresent(p -> checkArgument(p.signum() >= 0, "charged price must not be negative, was %s", p));
        extras = extras == null ? ImmutableList.of() : ImmutableList.copyOf(extras);
    }

    //-----------------------------------------------------------------------
    /**
     * Obtains a fulfilment that delivered {@code what}, with no time, way or price recorded yet.
     *
     * @param what  what was delivered, not null
     * @return the fulfilment, never null
     */
    public static Fulfilment of(String what) {
        return new Fulfilment(Optional.of(checkNotNull(what, "what")), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }

    /** A fulfilment in which nothing was delivered. */
    public static Fulfilment nothing() {
        return new Fulfilment(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /** Returns a copy delivered at {@code when}. */
    public Fulfilment at(Instant when) {
        return new Fulfilment(what, Optional.of(checkNotNull(when, "when")), how, price, extras);
    }

    /** Returns a copy delivered in the given way. */
    public Fulfilment how(String how) {
        return new Fulfilment(what, deliveredAt, Optional.of(checkNotNull(how, "how")), price, extras);
    }

    /** Returns a copy that charged {@code price}. */
    public Fulfilment price(BigDecimal price) {
        return new Fulfilment(what, deliveredAt, how, Optional.of(checkNotNull(price, "price")), extras);
    }

    /** Returns a copy with these extras in place of the current ones. */
    public Fulfilment withExtras(String... extras) {
        return new Fulfilment(what, deliveredAt, how, price, ImmutableList.copyOf(extras));
    }

    /** Returns e.g. {@code replacement router at 2026-03-02T11:00:00Z via courier for 0 + [setup call]}. */
    @Override
    public String toString() {
        return what.orElse("nothing") + deliveredAt.map(d -> " at " + d).orElse("")
                + how.map(h -> " via " + h).orElse("") + price.map(p -> " for " + p.toPlainString()).orElse("")
                + (extras.isEmpty() ? "" : " + " + extras);
    }
}
