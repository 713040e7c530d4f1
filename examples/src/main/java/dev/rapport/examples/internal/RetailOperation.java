package dev.rapport.examples.internal;

import static dev.rapport.examples.internal.RetailTouchpoint.*;

import dev.rapport.core.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulated service operation of a home-electronics retailer: customer by customer, a journey from
 * awareness through purchase and onboarding to support and loyalty, or, for existing customers, a support case
 * or a repeat order. Rows come out customer by customer, in time order within a customer.
 * <p>
 * What happens is random but not arbitrary. Phone queues have long-tailed (log-normal) waits, and callers whose
 * patience runs out abandon and try again later, often on another channel. Complex issues are transferred from
 * the first line to a specialist, sometimes escalated to the complaints team, and after a transfer the
 * specialist calls back proactively about half the time. Unresolved cases come back as repeat contacts within
 * days. A fraction of contacts is surveyed, and the answers depend on what happened: long waits lower the
 * timeliness rating, transfers and repeats lower reliability and effort, and a follow-up call lifts "going above
 * and beyond". Over the period, phone waits grow (a staffing shortfall), while chat waits shrink, the help
 * centre resolves more, web payments fail less and specialists call back more often, so that quarter-on-quarter
 * comparisons have something to find.
 * <p>
 * All randomness comes from one {@link SplittableRandom} seeded by the caller and all arithmetic uses
 * {@link StrictMath}, so the same seed gives the same rows on every JVM. Mutable, for use from a single thread.
 */
public final class RetailOperation {

    private static final long HOUR = 3_600;
    private static final long DAY = 86_400;
    private static final int MAX_ATTEMPTS = 6;

    private final SplittableRandom random;
    /** Mixed with a case number to pick its reason: no draw from {@link #random}, so the rows stay as they were. */
    private final long reasonSalt;
    private final long start;
    private final long end;
    private final long rows;

    private final AgentPool phoneAgents;
    private final AgentPool chatAgents;
    private final AgentPool specialists;
    private final AgentPool storeStaff;
    private final AgentPool emailAgents;
    private final AgentPool complaintsTeam;

    private final List<SampleRow> journey = new ArrayList<>();
    private int size;
    private int cursor;
    private long emitted;
    private long customers;
    private long cases;

    // the customer being simulated
    private RetailSegment segment;
    private double mood;
    private boolean hasSpareGaussian;
    private double spareGaussian;

    /**
     * Sets up an operation that yields {@code rows} interactions between two instants.
     *
     * @param seed  the seed of all randomness
     * @param start  the first epoch second of the period, inclusive
     * @param end  the last epoch second of the period, exclusive
     * @param rows  how many interactions to yield
     */
    public RetailOperation(long seed, long start, long end, long rows) {
        this.random = new SplittableRandom(seed);
        this.reasonSalt = seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        this.start = start;
        this.end = end;
        this.rows = rows;
        int scale = (int) Math.max(1, Math.min(40, rows / 20_000));
        this.phoneAgents = new AgentPool("phone-", 12 * scale, random);
        this.chatAgents = new AgentPool("chat-", 6 * scale, random);
        this.specialists = new AgentPool("specialist-", 4 * scale, random);
        this.storeStaff = new AgentPool("store-", 10 * scale, random);
        this.emailAgents = new AgentPool("email-", 4 * scale, random);
        this.complaintsTeam = new AgentPool("complaints-", 2 * scale, random);
    }

    /**
     * Returns the next row, or null after the last. The row is reused: read it before calling again.
     */
    public SampleRow next() {
        while (cursor == size) {
            if (emitted >= rows) {
                return null;
            }
            simulateCustomer();
        }
        if (emitted >= rows) {
            return null;
        }
        SampleRow row = journey.get(cursor++);
        row.sequence = ++emitted;
        return row;
    }

    //-----------------------------------------------------------------------
    private void simulateCustomer() {
        size = 0;
        cursor = 0;
        customers++;
        segment = RetailSegment.at(random.nextDouble());
        mood = segment.mood + 0.4 * gaussian();
        long day = start + (long) (random.nextDouble() * (end - start)) / DAY * DAY;
        long t = day + 7 * HOUR + (long) (random.nextDouble() * 15 * HOUR);
        if (random.nextDouble() < segment.existingShare) {
            existingCustomer(t);
        } else {
            newCustomer(t);
        }
        sortByTime();
        while (size > 0 && journey.get(size - 1).epochSecond >= end) {
            size--;
        }
    }

    private void newCustomer(long t) {
        boolean store = random.nextDouble() < 0.3;
        if (store) {
            t = open(t, 9, 19);
            servedInPerson(STORE_VISIT, t, 0, lognormal(600, 0.5), Outcome.RESOLVED, 0.0);
        } else {
            automated(WEB_LANDING, t, lognormal(70, 0.8), Outcome.RESOLVED, 0.0);
        }
        if (random.nextDouble() < 0.22) {
            return;
        }
        int looks = 1 + (random.nextDouble() < 0.45 ? 1 : 0) + (random.nextDouble() < 0.2 ? 1 : 0);
        for (int i = 0; i < looks; i++) {
            t += gap(store ? 20 * HOUR : 6 * HOUR, 1.2);
            double u = random.nextDouble();
            if (store && u < 0.5) {
                t = open(t, 9, 19);
                t = liveContact(STORE_ADVICE, t, 0, storeStaff, 150 * (1 + 0.3 * progress(t)), 3.0, 420, false)
                        .epochSecond;
            } else if (u < 0.72) {
                automated(PRODUCT_PAGES, t, lognormal(200, 0.7), Outcome.RESOLVED, 0.0);
            } else {
                t = open(t, 8, 20);
                t = liveContact(SALES_CHAT, t, 0, chatAgents, chatWait(t), 1.5, 420, false).epochSecond;
            }
        }
        double buy = Math.max(0.2, Math.min(0.9, 0.62 + 0.15 * mood));
        if (random.nextDouble() >= buy) {
            return;
        }
        t += gap(18 * HOUR, 1.2);
        boolean pendingIssue = false;
        if (store ? random.nextDouble() < 0.7 : random.nextDouble() < 0.12) {
            t = open(t, 9, 19);
            SampleRow till = servedInPerson(STORE_CHECKOUT, t, lognormal(90 * (1 + 0.5 * progress(t)), 0.9),
                    lognormal(180, 0.4), Outcome.RESOLVED, 0.0);
            survey(till, 0.25, 0, 1, 0, false);
        } else {
            Outcome paid = random.nextDouble() < 0.07 - 0.06 * progress(t) ? Outcome.UNRESOLVED : Outcome.RESOLVED;
            SampleRow checkout = automated(WEB_CHECKOUT, t, lognormal(240, 0.5), paid, 0.25);
            pendingIssue = paid == Outcome.UNRESOLVED;
            t = checkout.epochSecond + checkout.handleSeconds;
        }
        automated(ORDER_CONFIRMATION, t + 30 + random.nextInt(300), 0, Outcome.RESOLVED, 0.0);
        if (random.nextDouble() < 0.6) {
            t += gap(36 * HOUR, 0.6);
            Outcome found = random.nextDouble() < 0.06 ? Outcome.UNRESOLVED : Outcome.RESOLVED;
            automated(DELIVERY_TRACKING, t, lognormal(40, 0.5), found, 0.0);
            pendingIssue |= found == Outcome.UNRESOLVED;
        }
        if (random.nextDouble() < 0.3) {
            t += gap(3 * DAY, 0.6);
            Outcome setUp = random.nextDouble() < 0.2 ? Outcome.UNRESOLVED : Outcome.RESOLVED;
            automated(SETUP_GUIDE, t, lognormal(300, 0.8), setUp, 0.05);
            pendingIssue |= setUp == Outcome.UNRESOLVED && random.nextDouble() < 0.6;
        }
        double needsHelp = segment == RetailSegment.FIRST_TIMER ? 0.38 : 0.28;
        if (pendingIssue || random.nextDouble() < needsHelp) {
            t = supportCase(t + (pendingIssue ? gap(2 * HOUR, 1.0) : gap(5 * DAY, 1.0)),
                    !pendingIssue && random.nextDouble() < 0.4);
        }
        loyalty(t);
    }

    private void existingCustomer(long t) {
        if (random.nextDouble() < 0.6) {
            t = supportCase(t, random.nextDouble() < 0.4);
            if (random.nextDouble() < 0.5) {
                loyalty(t);
            }
        } else {
            SampleRow order = automated(REPEAT_ORDER, t, lognormal(180, 0.5), Outcome.RESOLVED, 0.0);
            automated(ORDER_CONFIRMATION, order.epochSecond + 30 + random.nextInt(300), 0, Outcome.RESOLVED, 0.0);
            if (random.nextDouble() < 0.2) {
                t = supportCase(t + gap(6 * DAY, 1.0), random.nextDouble() < 0.4);
            }
            loyalty(t);
        }
    }

    private void loyalty(long t) {
        t += gap(12 * DAY, 0.4);
        SampleRow review = automated(REVIEW_REQUEST, t, 0, Outcome.RESOLVED, 0.0);
        if (random.nextDouble() < 0.35) {
            review.nps = clamp(7.2 + 1.8 * mood + gaussian(), 0, 10);
            if (random.nextDouble() < 0.5) {
                review.csat = clamp(3.8 + 0.8 * mood + 0.6 * gaussian(), 1, 5);
            }
        }
        if (random.nextDouble() < 0.2 + 0.15 * mood) {
            automated(LOYALTY_CLUB, t + gap(2 * DAY, 0.8), lognormal(120, 0.6), Outcome.RESOLVED, 0.0);
        }
        if (random.nextDouble() < 0.15 + 0.2 * mood) {
            automated(REPEAT_ORDER, t + gap(20 * DAY, 0.8), lognormal(180, 0.5), Outcome.RESOLVED, 0.0);
        }
    }

    //-----------------------------------------------------------------------
    /** Simulates one support case until it is resolved or the customer gives up; returns the time it ended. */
    private long supportCase(long t, boolean complex) {
        long caseNumber = ++cases;
        CaseState state = new CaseState(caseNumber, complex);
        RetailTouchpoint last = null;
        while (!state.resolved && state.attempts < MAX_ATTEMPTS) {
            state.attempts++;
            RetailTouchpoint channel = chooseSupport(last, state.attempts);
            last = channel;
            t = supportContact(channel, t, state);
            if (state.resolved || random.nextDouble() < 0.12) {
                break;
            }
            t += state.lastAbandoned ? gap(3 * HOUR, 1.2) : gap(26 * HOUR, 1.1);
        }
        return t;
    }

    private RetailTouchpoint chooseSupport(RetailTouchpoint last, int attempt) {
        double u = random.nextDouble();
        if (attempt == 1) {
            if (u < segment.selfServiceShare) {
                return HELP_CENTRE;
            }
            return humanSupport((u - segment.selfServiceShare) / (1 - segment.selfServiceShare));
        }
        if (last != HELP_CENTRE && u < 0.6) {
            return last;
        }
        return humanSupport(random.nextDouble());
    }

    private static RetailTouchpoint humanSupport(double u) {
        if (u < 0.5) {
            return PHONE_SUPPORT;
        } else if (u < 0.8) {
            return SUPPORT_CHAT;
        } else if (u < 0.92) {
            return EMAIL_SUPPORT;
        }
        return STORE_RETURNS;
    }

    /** One contact on a case, with any transfer, escalation and follow-up it causes; returns when it ended. */
    private long supportContact(RetailTouchpoint channel, long t, CaseState state) {
        state.lastAbandoned = false;
        switch (channel) {
            case HELP_CENTRE: {
                double success = state.complex ? 0.05 : 0.2 + 0.6 * progress(t);
                Outcome outcome = random.nextDouble() < success ? Outcome.RESOLVED : Outcome.UNRESOLVED;
                SampleRow row = automated(HELP_CENTRE, t, lognormal(240, 0.7), outcome, 0.0);
                row.caseNumber = state.caseNumber;
                survey(row, 0.05, state.transfers, state.attempts, 0, false);
                state.resolved = outcome == Outcome.RESOLVED;
                return t + row.handleSeconds + gap(900, 1.0);
            }
            case EMAIL_SUPPORT: {
                SampleRow row = add(EMAIL_SUPPORT, t, state.caseNumber);
                row.waitSeconds = lognormal(4 * HOUR * (1 + 0.3 * progress(t)), 1.0);
                row.handleSeconds = lognormal(360, 0.6);
                double skill = emailAgents.pick(row, random);
                row.outcome = random.nextDouble() < (state.complex ? 0.25 : 0.7) + 0.1 * skill
                        ? Outcome.RESOLVED : Outcome.UNRESOLVED;
                state.resolved = row.outcome == Outcome.RESOLVED;
                survey(row, state.resolved ? 0.28 : 0.16, state.transfers, state.attempts, skill, false);
                return t + row.knownWait() + row.knownHandle();
            }
            default:
                break;
        }
        boolean store = channel == STORE_RETURNS;
        boolean chat = channel == SUPPORT_CHAT;
        t = store ? open(t, 9, 19) : open(t, 8, 20);
        double medianWait = store ? 180 : chat ? chatWait(t) : 60 * (1 + 2.3 * progress(t));
        AgentPool agents = store ? storeStaff : chat ? chatAgents : phoneAgents;
        SampleRow first = liveContact(channel, t, state.caseNumber, agents, medianWait, store ? 3 : chat ? 2 : 1.6,
                store ? 420 : chat ? 540 : 360, true);
        long endedAt = first.epochSecond + first.knownWait() + first.knownHandle();
        if (first.outcome == Outcome.ABANDONED) {
            state.abandons++;
            state.lastAbandoned = true;
            return endedAt;
        }
        double skill = first.agentSkill;
        double resolve = (state.complex ? (store ? 0.5 : 0.18) : 0.82) + 0.1 * skill;
        double transfer = store ? 0 : state.complex ? 0.55 : 0.05;
        double u = random.nextDouble();
        first.outcome = u < resolve ? Outcome.RESOLVED : u < resolve + transfer ? Outcome.TRANSFERRED
                : Outcome.UNRESOLVED;
        if (first.outcome == Outcome.TRANSFERRED) {
            state.transfers++;
        }
        state.resolved = first.outcome == Outcome.RESOLVED;
        survey(first, state.resolved ? 0.28 : 0.16, state.transfers, state.attempts, skill, false);
        if (first.outcome == Outcome.TRANSFERRED) {
            endedAt = secondLine(endedAt + 5, state);
        }
        return endedAt;
    }

    /** The transferred customer in the specialists' queue, and what follows; returns when it ended. */
    private long secondLine(long t, CaseState state) {
        SampleRow call = liveContact(PHONE_SPECIALIST, t, state.caseNumber, specialists,
                100 * (1 + 0.5 * progress(t)), 1.5, 600, true);
        long endedAt = call.epochSecond + call.knownWait() + call.knownHandle();
        if (call.outcome == Outcome.ABANDONED) {
            state.abandons++;
            state.lastAbandoned = true;
            return endedAt;
        }
        String specialist = call.agent;
        double skill = call.agentSkill;
        double u = random.nextDouble();
        call.outcome = u < 0.74 + 0.1 * skill ? Outcome.RESOLVED : u < 0.84 ? Outcome.ESCALATED : Outcome.UNRESOLVED;
        state.resolved = call.outcome == Outcome.RESOLVED;
        survey(call, state.resolved ? 0.28 : 0.16, state.transfers, state.attempts, skill, false);
        if (call.outcome == Outcome.ESCALATED) {
            long at = endedAt + gap(36 * HOUR, 0.5);
            SampleRow complaint = add(COMPLAINTS_TEAM, at, state.caseNumber);
            complaint.waitSeconds = lognormal(4 * HOUR, 0.6);
            complaint.handleSeconds = lognormal(900, 0.5);
            double complaintSkill = complaintsTeam.pick(complaint, random);
            complaint.outcome = random.nextDouble() < 0.85 ? Outcome.RESOLVED : Outcome.UNRESOLVED;
            state.resolved = complaint.outcome == Outcome.RESOLVED;
            survey(complaint, 0.3, state.transfers + 1, state.attempts, complaintSkill, false);
            endedAt = at + complaint.knownWait() + complaint.knownHandle();
        }
        if (random.nextDouble() < 0.25 + 0.45 * progress(endedAt)) {
            long at = open(endedAt + gap(30 * HOUR, 0.5), 9, 18);
            SampleRow followUp = add(FOLLOW_UP_CALL, at, state.caseNumber);
            followUp.handleSeconds = lognormal(180, 0.5);
            followUp.agent = specialist;
            followUp.agentSkill = skill;
            followUp.outcome = state.resolved ? Outcome.RESOLVED : Outcome.UNRESOLVED;
            survey(followUp, 0.3, state.transfers, state.attempts, skill, true);
            endedAt = Math.max(endedAt, at + followUp.handleSeconds);
        }
        return endedAt;
    }

    /**
     * A contact in a live queue: the customer waits, and abandons if the wait outlasts their patience; otherwise
     * an agent serves them. The caller sets the outcome of a served contact unless {@code callerDecides} is false,
     * in which case it is resolved with probability 0.85.
     */
    private SampleRow liveContact(RetailTouchpoint touchpoint, long t, long caseNumber, AgentPool agents,
            double medianWait, double patienceFactor, double medianHandle, boolean callerDecides) {
        SampleRow row = add(touchpoint, t, caseNumber);
        int wait = lognormal(medianWait, 1.0);
        int patience = lognormal(segment.patienceSeconds * patienceFactor, 0.8);
        if (patience < wait) {
            row.waitSeconds = patience;
            row.outcome = Outcome.ABANDONED;
            mood -= 0.15;
            return row;
        }
        row.waitSeconds = wait;
        row.handleSeconds = lognormal(medianHandle, 0.5);
        double skill = agents.pick(row, random);
        if (!callerDecides) {
            row.outcome = random.nextDouble() < 0.85 ? Outcome.RESOLVED : Outcome.UNRESOLVED;
            survey(row, 0.1, 0, 1, skill, false);
        }
        return row;
    }

    private SampleRow servedInPerson(RetailTouchpoint touchpoint, long t, int wait, int handle, Outcome outcome,
            double surveyShare) {
        SampleRow row = add(touchpoint, t, 0);
        row.waitSeconds = wait;
        row.handleSeconds = handle;
        row.outcome = outcome;
        double skill = storeStaff.pick(row, random);
        survey(row, surveyShare, 0, 1, skill, false);
        return row;
    }

    private SampleRow automated(RetailTouchpoint touchpoint, long t, int handle, Outcome outcome,
            double surveyShare) {
        SampleRow row = add(touchpoint, t, 0);
        row.handleSeconds = handle;
        row.outcome = outcome;
        survey(row, surveyShare, 0, 1, 0, false);
        return row;
    }

    private SampleRow add(RetailTouchpoint touchpoint, long t, long caseNumber) {
        if (size == journey.size()) {
            journey.add(new SampleRow());
        }
        SampleRow row = journey.get(size);
        row.order = size++;
        row.customer = customers;
        row.caseNumber = caseNumber;
        row.epochSecond = t;
        row.touchpoint = touchpoint;
        // unknown until the contact sets it: a web visit has no wait, an abandoned call no handling time
        row.waitSeconds = SampleRow.UNKNOWN;
        row.handleSeconds = SampleRow.UNKNOWN;
        row.outcome = Outcome.RESOLVED;
        row.agent = null;
        row.agentSkill = 0;
        row.segment = segment;
        row.reason = caseNumber == 0 ? null : reason(caseNumber);
        row.clearSurvey();
        return row;
    }

    /** The contact reasons of cases and their shares in percent. */
    private static final String[] REASONS = {"delivery", "returns", "billing", "product-question", "account"};
    private static final int[] REASON_PERCENT = {30, 20, 20, 20, 10};

    /** A case's reason, the same for all its contacts: from a 64-bit mix (SplitMix64's finalizer) of its number. */
    private String reason(long caseNumber) {
        long z = caseNumber ^ reasonSalt;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        int percent = (int) Long.remainderUnsigned(z, 100);
        for (int r = 0; r < REASONS.length; r++) {
            percent -= REASON_PERCENT[r];
            if (percent < 0) {
                return REASONS[r];
            }
        }
        throw new AssertionError(percent);
    }

    //-----------------------------------------------------------------------
    /**
     * Decides whether a finished contact is surveyed and, if so, the answers, from a latent experience per
     * service dimension: timeliness falls with the wait, reliability with transfers and repeats and rises with a
     * resolution, approachability follows the agent, going above and beyond follows a proactive call. CSAT is
     * a weighted sum of the dimensions, NPS follows CSAT and the customer's mood, CES follows timeliness,
     * reliability and the number of contacts. The experience also moves the customer's mood.
     */
    private void survey(SampleRow row, double share, int transfers, int attempts, double skill, boolean followUp) {
        boolean email = row.touchpoint.channel() == dev.rapport.core.Channel.EMAIL;
        double waited = email ? StrictMath.log1p(row.knownWait() / 3600.0)
                : StrictMath.log1p(row.knownWait() / 60.0);
        double resolved = switch (row.outcome) {
            case RESOLVED -> 1;
            case TRANSFERRED -> -0.5;
            case ESCALATED -> -1.2;
            default -> -1;
        };
        int repeats = attempts - 1;
        double timeliness = 4.4 - 0.75 * waited - 0.35 * repeats + 0.6 * gaussian();
        double reliability = 3.4 + 0.9 * resolved - 0.35 * transfers - 0.2 * repeats + 0.6 * gaussian();
        double personalization = 3.5 + 0.5 * mood + 0.4 * skill + 0.7 * gaussian();
        double approachability = 3.8 + 0.7 * skill + 0.6 * gaussian();
        double flexibility = 3.4 + (row.touchpoint.channel() == dev.rapport.core.Channel.IN_PERSON ? 0.4 : 0)
                - 0.3 * transfers + 0.2 * mood + 0.7 * gaussian();
        double aboveAndBeyond = 2.9 + (followUp ? 1.4 : 0) + 0.3 * mood + 0.7 * gaussian();
        double csat = 0.32 * reliability + 0.30 * timeliness + 0.10 * personalization + 0.14 * approachability
                + 0.06 * flexibility + 0.08 * aboveAndBeyond + 0.35 * gaussian();
        mood = 0.7 * mood + 0.3 * (csat - 3.4);
        if (random.nextDouble() >= share) {
            return;
        }
        row.csat = clamp(csat, 1, 5);
        if (random.nextDouble() < 0.55) {
            row.nps = clamp(7.0 + 2.2 * (csat - 3.4) + 0.8 * mood + 0.9 * gaussian(), 0, 10);
        }
        if (random.nextDouble() < 0.7) {
            row.ces = clamp(4.6 + 0.6 * (timeliness - 3.5) + 0.6 * (reliability - 3.5) - 0.4 * repeats
                    - 0.3 * transfers + 0.6 * gaussian(), 1, 7);
        }
        if (random.nextDouble() < 0.5) {
            // the rating grid: answered as a whole, by half of those surveyed
            double[] latent = {reliability, timeliness, personalization, approachability, flexibility, aboveAndBeyond};
            for (int i = 0; i < latent.length; i++) {
                row.ratings[i] = clamp(latent[i], 1, 5);
            }
        }
    }

    //-----------------------------------------------------------------------
    /** How far {@code t} lies into the period, from 0 to 1. */
    private double progress(long t) {
        return Math.max(0, Math.min(1, (double) (t - start) / (end - start)));
    }

    private double chatWait(long t) {
        return 55 * (1 - 0.5 * progress(t));
    }

    /** Moves {@code t} into opening hours, to shortly after opening if it falls outside them. */
    private long open(long t, int opens, int closes) {
        long day = Math.floorDiv(t, DAY) * DAY;
        long second = t - day;
        if (second < opens * HOUR) {
            return day + opens * HOUR + random.nextInt(7_200);
        } else if (second >= closes * HOUR) {
            return day + DAY + opens * HOUR + random.nextInt(7_200);
        }
        return t;
    }

    private long gap(double medianSeconds, double sigma) {
        return lognormal(medianSeconds, sigma);
    }

    private int lognormal(double median, double sigma) {
        double value = median * StrictMath.exp(sigma * gaussian());
        return (int) Math.min(30 * DAY, Math.round(value));
    }

    /** A standard normal deviate by the polar method, which needs no trigonometry and no JDK-specific code. */
    private double gaussian() {
        if (hasSpareGaussian) {
            hasSpareGaussian = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double factor = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        spareGaussian = v * factor;
        hasSpareGaussian = true;
        return u * factor;
    }

    private static int clamp(double value, int min, int max) {
        return (int) Math.max(min, Math.min(max, Math.round(value)));
    }

    private void sortByTime() {
        for (int i = 1; i < size; i++) {
            SampleRow row = journey.get(i);
            int j = i - 1;
            while (j >= 0 && isAfter(journey.get(j), row)) {
                journey.set(j + 1, journey.get(j));
                j--;
            }
            journey.set(j + 1, row);
        }
    }

    private static boolean isAfter(SampleRow a, SampleRow b) {
        return a.epochSecond > b.epochSecond || (a.epochSecond == b.epochSecond && a.order > b.order);
    }

    //-----------------------------------------------------------------------
    /** What one support case has been through so far. */
    private static final class CaseState {
        final long caseNumber;
        final boolean complex;
        int attempts;
        int transfers;
        int abandons;
        boolean resolved;
        boolean lastAbandoned;

        CaseState(long caseNumber, boolean complex) {
            this.caseNumber = caseNumber;
            this.complex = complex;
        }
    }

    /** A team of agents, each with a skill from -1 to 1 that lifts resolution and ratings. */
    private static final class AgentPool {
        private final String[] names;
        private final double[] skills;

        AgentPool(String prefix, int size, SplittableRandom random) {
            names = new String[size];
            skills = new double[size];
            int digits = String.valueOf(size).length();
            for (int i = 0; i < size; i++) {
                StringBuilder name = new StringBuilder(prefix);
                String number = String.valueOf(i + 1);
                for (int pad = number.length(); pad < Math.max(2, digits); pad++) {
                    name.append('0');
                }
                names[i] = name.append(number).toString();
                skills[i] = 2 * random.nextDouble() - 1;
            }
        }

        /** Assigns a random agent to the row and returns their skill. */
        double pick(SampleRow row, SplittableRandom random) {
            int i = random.nextInt(names.length);
            row.agent = names[i];
            row.agentSkill = skills[i];
            return skills[i];
        }
    }
}
