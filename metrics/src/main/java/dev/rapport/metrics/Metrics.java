package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.Channel;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import dev.rapport.core.Scale;
import dev.rapport.core.ServiceDimension;
import dev.rapport.data.InteractionColumns;
import dev.rapport.data.internal.ColumnStore;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The built-in metrics over interactions. Each is mergeable, has a JSON state, gives an {@link Estimate} with a
 * named interval method, and also evaluates over {@link InteractionColumns} with the same result.
 * <pre>{@code
 * Estimate nps = interactions.parallelStream().collect(Metrics.nps().collector());
 * }</pre>
 * Durations are measured in whole milliseconds (rounded) and reported in seconds.
 * This type is immutable and thread-safe.
 */
public final class Metrics {

    /** The default service-level threshold for waits: 20 seconds (the "80/20" call-centre standard). */
    public static final Duration DEFAULT_SLA_THRESHOLD = Duration.ofSeconds(20);

    /** The default resolution SLA: 24 hours of calendar time from the first contact. */
    public static final Duration DEFAULT_RESOLUTION_SLA = Duration.ofHours(24);

    /** The written channels: e-mail, web forms, chat, social media, SMS and in-app messages. */
    public static final java.util.Set<Channel> WRITTEN_CHANNELS = java.util.Set.of(Channel.EMAIL, Channel.WEB,
            Channel.CHAT, Channel.SOCIAL, Channel.SMS, Channel.MOBILE_APP);
    /** The spoken channels: phone and in person. */
    public static final java.util.Set<Channel> ORAL_CHANNELS = java.util.Set.of(Channel.PHONE, Channel.IN_PERSON);

    private static final double SECONDS = 1000;

    private Metrics() {
    }

    //-----------------------------------------------------------------------
    /** Net Promoter Score, 0-10 answers: 100 × (share 9-10 − share 0-6), adjusted-Wald interval. */
    public static Metric<Interaction, NetPromoterScore, Estimate> nps() {
        return NPS;
    }

    /** CSAT as the top-two-box share: answers 4 or 5 among 1-5 answers, Wilson interval. */
    public static Metric<Interaction, Proportion, Estimate> csat() {
        return CSAT;
    }

    /** The mean CSAT answer (1-5), t interval within 1 to 5 (see {@link Moments#estimate(Scale, double)}). */
    public static Metric<Interaction, Moments, Estimate> csatMean() {
        return CSAT_MEAN;
    }

    /** The mean CES answer (1-7), t interval within 1 to 7. */
    public static Metric<Interaction, Moments, Estimate> cesMean() {
        return CES_MEAN;
    }

    /** The share of CES answers agreeing that the service was easy (5-7), Wilson interval. */
    public static Metric<Interaction, Proportion, Estimate> cesAgree() {
        return CES_AGREE;
    }

    /** Net effort: 100 × (share 6-7 − share 1-3) among CES answers, adjusted-Wald interval. */
    public static Metric<Interaction, NetPromoterScore, Estimate> cesNet() {
        return CES_NET;
    }

    /** The share of contacts with the given outcome, e.g. {@code transfer-rate}, Wilson interval. */
    public static Metric<Interaction, Proportion, Estimate> outcomeRate(Outcome outcome) {
        return OUTCOME_RATES.get(checkNotNull(outcome, "outcome").ordinal());
    }

    /** The share of contacts transferred. */
    public static Metric<Interaction, Proportion, Estimate> transferRate() {
        return outcomeRate(Outcome.TRANSFERRED);
    }

    /** The share of contacts escalated. */
    public static Metric<Interaction, Proportion, Estimate> escalationRate() {
        return outcomeRate(Outcome.ESCALATED);
    }

    /** The share of contacts abandoned (the customer left before being served). */
    public static Metric<Interaction, Proportion, Estimate> abandonmentRate() {
        return outcomeRate(Outcome.ABANDONED);
    }

    /** The share of contacts started by the company (proactive contacts). */
    public static Metric<Interaction, Proportion, Estimate> proactiveContactRate() {
        return PROACTIVE;
    }

    /** The mean wait in seconds, log-t interval (never below 0; see {@link Moments#estimate(Scale, double)}). */
    public static Metric<Interaction, Moments, Estimate> waitMean() {
        return WAIT_MEAN;
    }

    /** The mean handling time in seconds, log-t interval. */
    public static Metric<Interaction, Moments, Estimate> handleMean() {
        return HANDLE_MEAN;
    }

    /**
     * A percentile of the wait in seconds (nearest rank, see {@link Distribution}), named e.g. {@code wait-p90}.
     *
     * @param percentile  a whole percentile from 1 to 100
     */
    public static Metric<Interaction, Distribution, Estimate> waitPercentile(int percentile) {
        return percentile("wait", percentile, Interaction::waitSeconds);
    }

    /** A percentile of the handling time in seconds, named e.g. {@code handle-p90}. */
    public static Metric<Interaction, Distribution, Estimate> handlePercentile(int percentile) {
        return percentile("handle", percentile, Interaction::handleSeconds);
    }

    /**
     * A percentile of the wait in seconds by linear interpolation (Hyndman and Fan's type 7: Excel
     * {@code PERCENTILE.INC}, R's default; see {@link Distribution#estimateLinear}), named e.g.
     * {@code wait-p90-linear}. The state is the same as {@link #waitPercentile}'s.
     *
     * @param percentile  a whole percentile from 1 to 100
     */
    public static Metric<Interaction, Distribution, Estimate> waitPercentileLinear(int percentile) {
        return percentile("wait", percentile, Interaction::waitSeconds, true);
    }

    /** A percentile of the handling time in seconds by linear interpolation, named e.g. {@code handle-p90-linear}. */
    public static Metric<Interaction, Distribution, Estimate> handlePercentileLinear(int percentile) {
        return percentile("handle", percentile, Interaction::handleSeconds, true);
    }

    /**
     * SLA attainment: the share of contacts whose wait was at most {@code threshold}, Wilson interval; named
     * {@code sla-attainment} for the default threshold and e.g. {@code wait-within-30s} otherwise.
     *
     * @param threshold  the threshold, not negative, a whole number of milliseconds at most about 24 days
     */
    public static Metric<Interaction, Proportion, Estimate> slaAttainment(Duration threshold) {
        checkNotNull(threshold, "threshold");
        checkArgument(!threshold.isNegative() && threshold.toMillis() <= Integer.MAX_VALUE,
                "SLA threshold must be between 0 and %s ms, was %s", Integer.MAX_VALUE, threshold);
        long millis = threshold.toMillis();
        String name = threshold.equals(DEFAULT_SLA_THRESHOLD) ? "sla-attainment"
                : "wait-within-" + (millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms");
        return proportion(name, i -> {
            int wait = ColumnStore.toMillis(i.waitSeconds(), "wait");
            return wait == ColumnStore.UNKNOWN_MILLIS ? 0 : wait <= millis ? 2 : 1;
        }, Kernels.within("wait", millis));
    }

    /**
     * First-contact resolution over issues with the default policy (same case id, 7-day window, all channels):
     * the share of issues whose first contact was resolved and that had no further contact within the window,
     * Wilson interval. Counts only interactions with a case id.
     */
    public static Metric<Interaction, CaseContacts, Estimate> fcr() {
        return FCR;
    }

    /** First-contact resolution under the given policy. */
    public static Metric<Interaction, CaseContacts, Estimate> fcr(FcrPolicy policy) {
        return new CaseMetric("fcr", policy, true);
    }

    /** Repeat-contact rate over issues (default policy): the share of issues contacted again within the window. */
    public static Metric<Interaction, CaseContacts, Estimate> repeatContactRate() {
        return REPEAT;
    }

    /** Repeat-contact rate under the given policy. */
    public static Metric<Interaction, CaseContacts, Estimate> repeatContactRate(FcrPolicy policy) {
        return new CaseMetric("repeat-contact-rate", policy, false);
    }

    // Tiered support. Per case (case id), its tiers in time order as a path (README, "Tiered support"); a case
    // with no known tier is left out, and contacts without a tier change nothing on the path.

    /**
     * First-level resolution: the share of cases resolved without leaving the first tier (the first of the policy's
     * order, else the tier of the case's first contact), Wilson interval; named {@code first-level-resolution}
     * under {@link TierPolicy#DEFAULT}, else e.g. {@code first-level-resolution:tier:L1/L2/L3}.
     */
    public static Metric<Interaction, TierPaths, Estimate> firstLevelResolution(TierPolicy policy) {
        return TierMetrics.metric(TierMetrics.Measure.FIRST_LEVEL_RESOLUTION, checkNotNull(policy, "policy"));
    }

    /**
     * Tier transfers per case: moves between different tiers on the case's path of listed tiers (every tier without
     * an order), mean per case with the log-t interval (rule of three when every case has the same count);
     * {@code tier-transfers}.
     */
    public static Metric<Interaction, TierPaths, Estimate> tierTransfers(TierPolicy policy) {
        return TierMetrics.metric(TierMetrics.Measure.TIER_TRANSFERS, checkNotNull(policy, "policy"));
    }

    /**
     * Upward escalations per case: tier transfers to a later tier of the order (natural order of the names without
     * one), mean per case as {@link #tierTransfers}; {@code escalations}.
     */
    public static Metric<Interaction, TierPaths, Estimate> escalations(TierPolicy policy) {
        return TierMetrics.metric(TierMetrics.Measure.ESCALATIONS, checkNotNull(policy, "policy"));
    }

    /**
     * Team changes per case: every change of the column's value along the case's path, listed or not, mean per case
     * as {@link #tierTransfers}; {@code team-changes}.
     */
    public static Metric<Interaction, TierPaths, Estimate> teamChanges(TierPolicy policy) {
        return TierMetrics.metric(TierMetrics.Measure.TEAM_CHANGES, checkNotNull(policy, "policy"));
    }

    /**
     * Ping-pong rate: the share of cases in which a team or tier holds the case again after another one held it
     * (A, B, A), Wilson interval; {@code ping-pong-rate}.
     */
    public static Metric<Interaction, TierPaths, Estimate> pingPongRate(TierPolicy policy) {
        return TierMetrics.metric(TierMetrics.Measure.PING_PONG, checkNotNull(policy, "policy"));
    }

    /**
     * The share of contacts whose reason is one of {@code reasons}, Wilson interval; the honest way to count
     * complaints, referrals or rework from interactions when the caller tags them by contact reason, e.g.
     * {@code Metrics.reasonShare("written-complaint-rate", "complaint-letter", "complaint-email")}. Contacts
     * without a reason count as not matching.
     *
     * @param name  the metric's name, lower-case kebab-case
     * @param reasons  the matching reasons, at least one
     */
    public static Metric<Interaction, Proportion, Estimate> reasonShare(String name, String... reasons) {
        return reasonShare(name, java.util.Set.of(), reasons);
    }

    /**
     * The share of contacts in the given channels whose reason is one of {@code reasons}, Wilson interval;
     * contacts in other channels are not counted. {@link #writtenComplaintRate} and {@link #oralComplaintRate}
     * are this with the written and the spoken channels.
     *
     * @param name  the metric's name, lower-case kebab-case
     * @param channels  the channels counted; empty for every channel
     * @param reasons  the matching reasons, at least one
     */
    public static Metric<Interaction, Proportion, Estimate> reasonShare(String name, java.util.Set<Channel> channels,
            String... reasons) {
        checkArgument(dev.rapport.core.Ids.isKebab(checkNotNull(name, "name")),
                "metric name must be lower-case kebab-case, was '%s'", name);
        checkArgument(checkNotNull(reasons, "reasons").length > 0, "metric '%s' needs at least one reason", name);
        java.util.Set<String> set = java.util.Set.of(reasons);
        java.util.Set<String> channelIds = checkNotNull(channels, "channels").stream().map(Channel::id)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        return proportion(name, i -> !channelIds.isEmpty() && !channelIds.contains(i.channel().id()) ? 0
                : i.reason().filter(set::contains).isPresent() ? 2 : 1, Kernels.reasonIn(set, channelIds));
    }

    /**
     * {@code written-complaint-rate}: the share of contacts in {@link #WRITTEN_CHANNELS} whose reason is one of
     * your complaint reasons, Wilson interval. Not in {@link #builtIn()}, because which reasons are complaints is
     * yours to say; register it with {@link MetricRegistry#with}.
     *
     * @param complaintReasons  the contact reasons that mean a complaint, at least one
     */
    public static Metric<Interaction, Proportion, Estimate> writtenComplaintRate(String... complaintReasons) {
        return reasonShare("written-complaint-rate", WRITTEN_CHANNELS, complaintReasons);
    }

    /** {@code oral-complaint-rate}: as {@link #writtenComplaintRate}, over {@link #ORAL_CHANNELS}. */
    public static Metric<Interaction, Proportion, Estimate> oralComplaintRate(String... complaintReasons) {
        return reasonShare("oral-complaint-rate", ORAL_CHANNELS, complaintReasons);
    }

    /**
     * Productivity, {@code productivity}: cases resolved per agent-hour of handling time, over the contacts an
     * agent served (with an agent id): resolved contacts / (their summed handling time in hours). A ratio
     * estimate with a delta-method interval ({@link Productivity}).
     */
    public static Metric<Interaction, Productivity, Estimate> productivity() {
        return PRODUCTIVITY;
    }

    /**
     * Repeat business, {@code repeat-business-rate}: among customers with at least one case, the share who had
     * two or more distinct cases (returning customers, {@link CustomerCases}), Wilson interval. Contacts without
     * a case id are not counted.
     */
    public static Metric<Interaction, CustomerCases, Estimate> repeatBusinessRate() {
        return REPEAT_BUSINESS;
    }

    //-----------------------------------------------------------------------
    // Survey dimensions. Every dimension the data rates is first-class, built in or not: its metrics are named
    // <family>:<dimension id>, e.g. rating-mean:gate-location, and share one RatingTally state, so a dimension's
    // whole row of figures comes from one pass. Only ratings 1-5 count as ratings; "not applicable" answers are
    // counted apart, unanswered questions not at all. A dimension the data never mentions gives empty estimates.

    /**
     * The mean 1-5 rating of a service dimension, named {@code rating-mean:<dimension>}, t interval; over the
     * interactions whose survey rated it ("not applicable" and unanswered are left out).
     *
     * @param dimension  the dimension's id, lower-case kebab-case, e.g. {@code gate-location}
     * @throws IllegalArgumentException if the id is not kebab-case
     */
    public static Metric<Interaction, RatingTally, Estimate> ratingMean(String dimension) {
        return RatingMetrics.mean(checkNotNull(dimension, "dimension"));
    }

    /** The mean 1-5 rating of a service dimension, {@code rating-mean:<id>}: {@link #ratingMean(String)}. */
    public static Metric<Interaction, RatingTally, Estimate> ratingMean(ServiceDimension dimension) {
        return ratingMean(checkNotNull(dimension, "dimension").id());
    }

    /**
     * The top-two-box share of a service dimension, named {@code rating-top-two:<dimension>}: ratings 4 or 5
     * among its 1-5 ratings, Wilson interval.
     *
     * @param dimension  the dimension's id, lower-case kebab-case
     */
    public static Metric<Interaction, RatingTally, Estimate> ratingTopTwoBox(String dimension) {
        return RatingMetrics.topTwo(checkNotNull(dimension, "dimension"));
    }

    /**
     * One bar of a dimension's rating distribution, named {@code rating-share-<rating>:<dimension>}: the share of
     * its 1-5 ratings equal to {@code rating}, Wilson interval. The five shares of a dimension add up to 1.
     *
     * @param dimension  the dimension's id, lower-case kebab-case
     * @param rating  1 to 5
     */
    public static Metric<Interaction, RatingTally, Estimate> ratingShare(String dimension, int rating) {
        return RatingMetrics.share(checkNotNull(dimension, "dimension"), rating);
    }

    /**
     * The not-applicable share of a service dimension, named {@code rating-not-applicable:<dimension>}: "not
     * applicable" answers among everyone asked about it (ratings plus "not applicable"), Wilson interval.
     *
     * @param dimension  the dimension's id, lower-case kebab-case
     */
    public static Metric<Interaction, RatingTally, Estimate> ratingNotApplicable(String dimension) {
        return RatingMetrics.notApplicable(checkNotNull(dimension, "dimension"));
    }

    //-----------------------------------------------------------------------
    // Case times. A case is an issue as FcrPolicy.DEFAULT groups contacts: by case id (contacts without one are
    // not counted). Time to resolution runs from the start of the case's first contact to the earliest end (start
    // + wait + handling time) of a contact with outcome RESOLVED; first-response time is the wait of the case's
    // first contact, i.e. the time until the customer was first attended. Cases never resolved are left out of
    // time to resolution and counted by unresolvedCaseRate(). In business time, only the hours in which the
    // calendar's desk is open count (BusinessCalendar#businessTime).

    /**
     * A percentile of the time to resolution per case in seconds (nearest rank, see {@link Distribution}), named
     * e.g. {@code resolution-time-p90}; over resolved cases only ({@link #unresolvedCaseRate()} counts the rest).
     *
     * @param percentile  a whole percentile from 1 to 100
     */
    public static Metric<Interaction, CaseTimes, Estimate> resolutionTime(int percentile) {
        return caseTime("resolution-time", null, CaseTimeMetric.Measure.RESOLUTION, percentile);
    }

    /**
     * A percentile of the time to resolution per case in business seconds, named e.g.
     * {@code resolution-time-p90-business}.
     *
     * @param percentile  a whole percentile from 1 to 100
     * @param calendar  the desk's business hours, not null
     */
    public static Metric<Interaction, CaseTimes, Estimate> resolutionTime(int percentile, BusinessCalendar calendar) {
        return caseTime("resolution-time", checkNotNull(calendar, "calendar"), CaseTimeMetric.Measure.RESOLUTION,
                percentile);
    }

    /** The mean time to resolution per resolved case in seconds, t interval: {@code resolution-time-mean}. */
    public static Metric<Interaction, CaseTimes, Estimate> resolutionTimeMean() {
        return RESOLUTION_MEAN;
    }

    /** The mean time to resolution in business seconds, {@code resolution-time-mean-business}. */
    public static Metric<Interaction, CaseTimes, Estimate> resolutionTimeMean(BusinessCalendar calendar) {
        return new CaseTimeMetric("resolution-time-mean-business", FcrPolicy.DEFAULT, checkNotNull(calendar,
                "calendar"), CaseTimeMetric.Measure.RESOLUTION, CaseTimeMetric.Summary.MEAN, 0);
    }

    /**
     * Resolution SLA attainment: the share of resolved cases resolved within {@code threshold} of their first
     * contact, Wilson interval; named {@code resolution-sla-attainment} for {@link #DEFAULT_RESOLUTION_SLA} and
     * e.g. {@code resolved-within-8h} otherwise. Open cases are not in the denominator (there is no "now" to age
     * them against); report {@link #unresolvedCaseRate()} beside it.
     *
     * @param threshold  the threshold, not negative
     */
    public static Metric<Interaction, CaseTimes, Estimate> resolutionSlaAttainment(Duration threshold) {
        return within(threshold, null);
    }

    /**
     * Resolution SLA attainment in business time, e.g. {@code resolved-within-8h-business}: "resolved within one
     * business day" with a calendar open 8 hours a day.
     *
     * @param threshold  the threshold in business time, not negative
     * @param calendar  the desk's business hours, not null
     */
    public static Metric<Interaction, CaseTimes, Estimate> resolutionSlaAttainment(Duration threshold,
            BusinessCalendar calendar) {
        return within(threshold, checkNotNull(calendar, "calendar"));
    }

    /**
     * A percentile of the first-response time per case in seconds (the wait of the case's first contact), named
     * e.g. {@code first-response-p90}.
     *
     * @param percentile  a whole percentile from 1 to 100
     */
    public static Metric<Interaction, CaseTimes, Estimate> firstResponse(int percentile) {
        return caseTime("first-response", null, CaseTimeMetric.Measure.FIRST_RESPONSE, percentile);
    }

    /**
     * A percentile of the first-response time in business seconds: the business time between the first contact's
     * start and start + wait, named e.g. {@code first-response-p90-business}.
     *
     * @param percentile  a whole percentile from 1 to 100
     * @param calendar  the desk's business hours, not null
     */
    public static Metric<Interaction, CaseTimes, Estimate> firstResponse(int percentile, BusinessCalendar calendar) {
        return caseTime("first-response", checkNotNull(calendar, "calendar"), CaseTimeMetric.Measure.FIRST_RESPONSE,
                percentile);
    }

    /** The mean first-response time per case in seconds, t interval: {@code first-response-mean}. */
    public static Metric<Interaction, CaseTimes, Estimate> firstResponseMean() {
        return FIRST_RESPONSE_MEAN;
    }

    /**
     * The unresolved-case rate, {@code unresolved-case-rate}: the share of cases with no contact resolving them,
     * Wilson interval; the cases that time to resolution leaves out.
     */
    public static Metric<Interaction, CaseTimes, Estimate> unresolvedCaseRate() {
        return UNRESOLVED_CASES;
    }

    /**
     * The same case-time metric (resolution time, first response, resolution SLA, unresolved-case rate) over
     * issues as {@code policy} recognises them: by case id, or by customer plus contact reason, counting only
     * contacts on the policy's channels. The policy's repeat window plays no part. The name is unchanged.
     * <pre>{@code
     * Metrics.withPolicy(Metrics.resolutionTime(90, desk), FcrPolicy.DEFAULT.withSameIssue(CUSTOMER_AND_REASON))
     * }</pre>
     *
     * @param metric  a case-time metric from this class, not null
     * @param policy  how contacts are grouped into issues, not null
     * @throws IllegalArgumentException if the metric is not a case-time metric from this class, naming it
     */
    public static Metric<Interaction, CaseTimes, Estimate> withPolicy(Metric<Interaction, CaseTimes, Estimate> metric,
            FcrPolicy policy) {
        checkArgument(checkNotNull(metric, "metric") instanceof CaseTimeMetric,
                "metric '%s' is not a case-time metric of Metrics", metric.name());
        return ((CaseTimeMetric) metric).withPolicy(checkNotNull(policy, "policy"));
    }

    private static CaseTimeMetric caseTime(String prefix, BusinessCalendar calendar, CaseTimeMetric.Measure measure,
            int percentile) {
        checkArgument(percentile >= 1 && percentile <= 100, "percentile must be between 1 and 100, was %s",
                percentile);
        return new CaseTimeMetric(String.format(Locale.ROOT, "%s-p%d%s", prefix, percentile,
                calendar == null ? "" : "-business"), FcrPolicy.DEFAULT, calendar, measure,
                CaseTimeMetric.Summary.PERCENTILE, percentile);
    }

    private static CaseTimeMetric within(Duration threshold, BusinessCalendar calendar) {
        checkNotNull(threshold, "threshold");
        checkArgument(!threshold.isNegative(), "resolution SLA threshold must not be negative, was %s", threshold);
        long millis = threshold.toMillis();
        String name = (threshold.equals(DEFAULT_RESOLUTION_SLA) ? "resolution-sla-attainment"
                : "resolved-within-" + (millis % 3_600_000 == 0 ? millis / 3_600_000 + "h"
                        : millis % 60_000 == 0 ? millis / 60_000 + "m"
                        : millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms"))
                + (calendar == null ? "" : "-business");
        return new CaseTimeMetric(name, FcrPolicy.DEFAULT, calendar, CaseTimeMetric.Measure.RESOLUTION,
                CaseTimeMetric.Summary.WITHIN, millis);
    }

    /** Every built-in metric over interactions, in a stable order. */
    public static List<Metric<Interaction, ?, Estimate>> builtIn() {
        return BUILT_IN;
    }

    //-----------------------------------------------------------------------
    private static final BuiltInMetric<NetPromoterScore> NPS = net("nps", i -> i.survey().nps(), 9, 6);
    private static final BuiltInMetric<NetPromoterScore> CES_NET = net("ces-net", i -> i.survey().ces(), 6, 3);
    private static final BuiltInMetric<Proportion> CSAT = proportion("csat",
            i -> code(i.survey().csat(), 4), Kernels.scoreAtLeast("csat", 4));
    private static final BuiltInMetric<Proportion> CES_AGREE = proportion("ces-agree",
            i -> code(i.survey().ces(), 5), Kernels.scoreAtLeast("ces", 5));
    private static final BuiltInMetric<Moments> CSAT_MEAN = new BuiltInMetric<>("csat-mean", Moments.class,
            Moments.empty(), (s, i) -> addAnswer(s, i.survey().csat()), Moments::merge, s -> s.estimate(Scale.CSAT, 1),
            Kernels.surveyMoments("csat"));
    private static final BuiltInMetric<Moments> CES_MEAN = new BuiltInMetric<>("ces-mean", Moments.class,
            Moments.empty(), (s, i) -> addAnswer(s, i.survey().ces()), Moments::merge, s -> s.estimate(Scale.CES, 1),
            Kernels.surveyMoments("ces"));
    private static final ImmutableList<BuiltInMetric<Proportion>> OUTCOME_RATES = outcomeRates();
    private static final BuiltInMetric<Proportion> PROACTIVE = proportion("proactive-contact-rate",
            i -> i.isProactive() ? 2 : 1, Kernels.proactive());
    private static final BuiltInMetric<Moments> WAIT_MEAN = mean("wait", Interaction::waitSeconds);
    private static final BuiltInMetric<Moments> HANDLE_MEAN = mean("handle", Interaction::handleSeconds);

    /** The older names of the built-in dimensions' means, rating-reliability etc., kept for existing scorecards. */
    private static final ImmutableList<BuiltInMetric<Moments>> RATING_MEANS = ServiceDimension.builtIn().stream()
            .map(d -> new BuiltInMetric<>("rating-" + d.id(), Moments.class, Moments.empty(),
                    (Moments s, Interaction i) -> addAnswer(s, i.survey().rating(d)), Moments::merge,
                    s -> s.estimate(Scale.RATING, 1), Kernels.surveyMoments("rating-" + d.id())))
            .collect(ImmutableList.toImmutableList());

    private static final BuiltInMetric<Productivity> PRODUCTIVITY = new BuiltInMetric<>("productivity",
            Productivity.class, Productivity.empty(), (s, i) -> i.agent().isEmpty() || i.handleSeconds().isEmpty() ? s
                    : s.add(ColumnStore.toMillis(i.handleSeconds(), "handling time"),
                            i.outcome() == Outcome.RESOLVED),
            Productivity::merge, Productivity::estimate, Kernels.productivity());
    private static final BuiltInMetric<CustomerCases> REPEAT_BUSINESS = new BuiltInMetric<>("repeat-business-rate",
            CustomerCases.class, CustomerCases.empty(), (s, i) -> i.caseId().isEmpty() ? s
                    : s.add(i.customerId(), i.caseId().get()),
            CustomerCases::merge, s -> s.returning().estimate(), Kernels.customerCases());

    private static final CaseMetric FCR = new CaseMetric("fcr", FcrPolicy.DEFAULT, true);
    private static final CaseMetric REPEAT = new CaseMetric("repeat-contact-rate", FcrPolicy.DEFAULT, false);

    private static final CaseTimeMetric RESOLUTION_MEAN = new CaseTimeMetric("resolution-time-mean",
            FcrPolicy.DEFAULT, null, CaseTimeMetric.Measure.RESOLUTION, CaseTimeMetric.Summary.MEAN, 0);
    private static final CaseTimeMetric FIRST_RESPONSE_MEAN = new CaseTimeMetric("first-response-mean",
            FcrPolicy.DEFAULT, null, CaseTimeMetric.Measure.FIRST_RESPONSE, CaseTimeMetric.Summary.MEAN, 0);
    private static final CaseTimeMetric UNRESOLVED_CASES = new CaseTimeMetric("unresolved-case-rate",
            FcrPolicy.DEFAULT, null, CaseTimeMetric.Measure.UNRESOLVED, CaseTimeMetric.Summary.WITHIN, 0);

    private static final List<Metric<Interaction, ?, Estimate>> BUILT_IN = builtInList();

    private static List<Metric<Interaction, ?, Estimate>> builtInList() {
        ImmutableList.Builder<Metric<Interaction, ?, Estimate>> list = ImmutableList.builder();
        list.add(NPS, CSAT, CSAT_MEAN, CES_MEAN, CES_AGREE, CES_NET);
        list.addAll(OUTCOME_RATES);
        list.add(PROACTIVE, WAIT_MEAN, HANDLE_MEAN);
        for (int p : new int[] {50, 90, 95, 99}) {
            list.add(waitPercentile(p), handlePercentile(p));
        }
        for (int p : new int[] {50, 90, 95, 99}) {
            list.add(waitPercentileLinear(p), handlePercentileLinear(p));
        }
        list.add(slaAttainment(DEFAULT_SLA_THRESHOLD), FCR, REPEAT);
        list.add(PRODUCTIVITY, REPEAT_BUSINESS);
        for (int p : new int[] {50, 90, 95, 99}) {
            list.add(resolutionTime(p), firstResponse(p));
        }
        list.add(RESOLUTION_MEAN, FIRST_RESPONSE_MEAN, resolutionSlaAttainment(DEFAULT_RESOLUTION_SLA),
                UNRESOLVED_CASES);
        list.addAll(RATING_MEANS);
        list.addAll(TierMetrics.defaults());
        return list.build();
    }

    private static ImmutableList<BuiltInMetric<Proportion>> outcomeRates() {
        ImmutableList.Builder<BuiltInMetric<Proportion>> rates = ImmutableList.builder();
        for (Outcome outcome : Outcome.values()) {
            String name = switch (outcome) {
                case RESOLVED -> "resolution-rate";
                case UNRESOLVED -> "unresolved-rate";
                case TRANSFERRED -> "transfer-rate";
                case ESCALATED -> "escalation-rate";
                case ABANDONED -> "abandonment-rate";
            };
            rates.add(proportion(name, i -> i.outcome() == outcome ? 2 : 1, Kernels.outcomeIs(outcome.ordinal())));
        }
        return rates.build();
    }

    /** 0 = not counted, 1 = counted, not a success, 2 = a success. */
    private static int code(OptionalInt answer, int threshold) {
        return answer.isEmpty() ? 0 : answer.getAsInt() >= threshold ? 2 : 1;
    }

    private static Moments addAnswer(Moments state, OptionalInt answer) {
        return answer.isEmpty() ? state : state.add(answer.getAsInt());
    }

    private static BuiltInMetric<NetPromoterScore> net(String name, Function<Interaction, OptionalInt> answer,
            int high, int low) {
        return new BuiltInMetric<>(name, NetPromoterScore.class, NetPromoterScore.empty(), (s, i) -> {
            OptionalInt a = answer.apply(i);
            if (a.isEmpty()) {
                return s;
            }
            int v = a.getAsInt();
            return s.merge(v >= high ? new NetPromoterScore(1, 0, 0)
                    : v <= low ? new NetPromoterScore(0, 0, 1) : new NetPromoterScore(0, 1, 0));
        }, NetPromoterScore::merge, NetPromoterScore::estimate, Kernels.net(name.startsWith("ces") ? "ces" : "nps",
                high, low));
    }

    private static BuiltInMetric<Proportion> proportion(String name, ToIntFunction<Interaction> code,
            BuiltInMetric.Kernel<Proportion> kernel) {
        return new BuiltInMetric<>(name, Proportion.class, Proportion.empty(), (s, i) -> {
            int c = code.applyAsInt(i);
            return c == 0 ? s : s.add(c == 2);
        }, Proportion::merge, Proportion::estimate, kernel);
    }

    /** A duration metric's state adds only the interactions whose duration is known. */
    private static BuiltInMetric<Moments> mean(String column, Function<Interaction, OptionalDouble> seconds) {
        return new BuiltInMetric<>(column + "-mean", Moments.class, Moments.empty(), (s, i) -> {
            int millis = ColumnStore.toMillis(seconds.apply(i), column);
            return millis == ColumnStore.UNKNOWN_MILLIS ? s : s.add(millis);
        }, Moments::merge, s -> s.estimate(Scale.DURATION_SECONDS, SECONDS), Kernels.durationMoments(column));
    }

    private static BuiltInMetric<Distribution> percentile(String column, int percentile,
            Function<Interaction, OptionalDouble> seconds) {
        return percentile(column, percentile, seconds, false);
    }

    private static BuiltInMetric<Distribution> percentile(String column, int percentile,
            Function<Interaction, OptionalDouble> seconds, boolean linear) {
        checkArgument(percentile >= 1 && percentile <= 100, "percentile must be between 1 and 100, was %s",
                percentile);
        return new BuiltInMetric<>(String.format(Locale.ROOT, "%s-p%d%s", column, percentile, linear ? "-linear" : ""),
                Distribution.class, Distribution.empty(),
                (s, i) -> {
                    int millis = ColumnStore.toMillis(seconds.apply(i), column);
                    return millis == ColumnStore.UNKNOWN_MILLIS ? s : s.add(millis);
                }, Distribution::merge,
                linear ? s -> s.estimateLinear(percentile, SECONDS) : s -> s.estimate(percentile, SECONDS),
                Kernels.distribution(column));
    }

}
