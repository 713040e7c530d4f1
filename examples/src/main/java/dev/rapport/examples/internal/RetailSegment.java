package dev.rapport.examples.internal;

/**
 * The customer segments of the sample retailer: their share of customers, how kindly they judge (a shift of
 * the latent experience), the median time they wait in a queue before giving up, how many are existing customers, and
 * how much they prefer to help themselves.
 */
public enum RetailSegment {
    BARGAIN_HUNTER("bargain-hunter", "Bargain hunter", 0.30, -0.25, 400, 0.25, 0.45),
    BUSY_PROFESSIONAL("busy-professional", "Busy professional", 0.25, -0.10, 240, 0.30, 0.40),
    LOYAL_REGULAR("loyal-regular", "Loyal regular", 0.25, 0.45, 600, 0.75, 0.25),
    FIRST_TIMER("first-timer", "First-time buyer", 0.15, 0.15, 480, 0.0, 0.20),
    SMALL_BUSINESS("small-business", "Small business", 0.05, -0.05, 360, 0.50, 0.30);

    private static final RetailSegment[] VALUES = values();

    private final String id;
    private final String title;
    private final double share;
    final double mood;
    final double patienceSeconds;
    final double existingShare;
    final double selfServiceShare;

    RetailSegment(String id, String title, double share, double mood, double patienceSeconds, double existingShare,
            double selfServiceShare) {
        this.id = id;
        this.title = title;
        this.share = share;
        this.mood = mood;
        this.patienceSeconds = patienceSeconds;
        this.existingShare = existingShare;
        this.selfServiceShare = selfServiceShare;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public double share() {
        return share;
    }

    /** The segment at cumulative share {@code u} in [0, 1). */
    static RetailSegment at(double u) {
        double cumulative = 0;
        for (RetailSegment segment : VALUES) {
            cumulative += segment.share;
            if (u < cumulative) {
                return segment;
            }
        }
        return VALUES[VALUES.length - 1];
    }
}
