package dev.rapport.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * What the company told the customer it would do: <em>what</em>, <em>by when</em>, <em>how</em> and <em>at what
 * price</em> ("do what you say, when you say, how you say, at the price you promised, plus an extra").
 * Only {@code what} is required; a part left out is not promised and cannot be broken.
 * <pre>{@code
 * ServicePromise promise = ServicePromise.of("replacement router")
 *         .by(Instant.parse("2026-03-02T17:00:00Z")).how("courier").price(new BigDecimal("0.00"));
 * promise.evaluate(fulfilment).verdict()   // KEPT, WOW or BROKEN
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param what  what will be delivered, not blank
 * @param deadline  the moment by which it will be delivered, if promised, not null
 * @param how  the way it will be delivered (a channel, a method), if promised, not null
 * @param price  the price the customer will pay, if promised, not negative, not null
 */
public record ServicePromise(@JsonProperty(required = true) String what, Optional<Instant> deadline,
        Optional<String> how, Optional<BigDecimal> price) {

    public ServicePromise {
        checkNotNull(what, "what");
        checkArgument(!what.isBlank(), "a promise must say what will be delivered");
        deadline = deadline == null ? Optional.empty() : deadline;
        how = how == null ? Optional.empty() : how;
        price = price == null ? Optional.empty() : price;
        price.ifPresent(p -> checkArgument(p.signum() >= 0, "promised price must not be negative, was %s", p));
    }

    //-----------------------------------------------------------------------
    /**
     * Obtains a promise of {@code what} alone, with no deadline, way or price.
     *
     * @param what  what will be delivered, not blank
     * @return the promise, never null
     */
    public static ServicePromise of(String what) {
        return new ServicePromise(what, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Returns a copy that also promises delivery by {@code deadline}. */
    public ServicePromise by(Instant deadline) {
        return new ServicePromise(what, Optional.of(checkNotNull(deadline, "deadline")), how, price);
    }

    /** Returns a copy that also promises the way of delivery. */
    public ServicePromise how(String how) {
        return new ServicePromise(what, deadline, Optional.of(checkNotNull(how, "how")), price);
    }

    /** Returns a copy that also promises a price. */
    public ServicePromise price(BigDecimal price) {
        return new ServicePromise(what, deadline, how, Optional.of(checkNotNull(price, "price")));
    }

    /**
     * Judges a fulfilment against this promise, part by part.
     *
     * @param fulfilment  what actually happened, not null
     * @return the verdict per part and overall, never null
     */
    public PromiseOutcome evaluate(Fulfilment fulfilment) {
        return PromiseOutcome.of(this, fulfilment);
    }

    /** Returns e.g. {@code replacement router by 2026-03-02T17:00:00Z via courier at 0.00}. */
    @Override
    public String toString() {
        return what + deadline.map(d -> " by " + d).orElse("") + how.map(h -> " via " + h).orElse("")
                + price.map(p -> " at " + p.toPlainString()).orElse("");
    }
}
