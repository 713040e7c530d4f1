package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.Direction;
import dev.rapport.core.Interaction;
import dev.rapport.core.UnknownNameException;
import dev.rapport.data.ColumnMapping;
import dev.rapport.data.ColumnsReader;
import dev.rapport.data.EventLogReader;
import dev.rapport.data.ImportResult;
import dev.rapport.data.InteractionColumns;
import dev.rapport.data.InteractionColumns.Dimension;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tiered-support metrics on a help desk's incident audit export ({@code itsm/incident-audit.csv}): one row per
 * update of a ticket, ticket number = case, assignment group = tier, states Assigned / In Progress / Resolved, empty
 * assignment groups where the tool left them empty. Ordered tiers: Service Desk (first line), Application Support,
 * Database Team; "Vendor" is a team outside the order. Each ticket's path, by hand (S = Service Desk, A = Application
 * Support, D = Database Team, V = Vendor, ? = empty group):
 * <pre>
 * ticket      updates                      path      resolved  transfers  escalations  team changes  ping-pong
 * INC0010001  S S S                        S         yes       0          0            0             no
 * INC0010002  S A A A                      S A       yes       1          1            1             no
 * INC0010003  S A S A A A                  S A S A   yes       3          2            3             yes
 * INC0010004  S ? S                        S         yes       0          0            0             no
 * INC0010005  A A (logged straight to L2)  A         yes       0          0            0             no
 * INC0010006  S V D D                      S V D     no        1 (S-D)    1            2             no
 * INC0010007  ? ?                          (none: left out of every tier metric)
 * INC0010008  S {A,S at 14:10:00} A        S A       yes       1          1            1             no
 * </pre>
 * INC0010008 has two updates in the same second (A, then S in file order): the case's tier before that moment (S)
 * is read first, so the moment adds one change, S to A, rather than S A S A. Seven cases have a known tier:
 * first-level resolution with the order 2 / 7 (INC0010001, INC0010004; INC0010005 started in second line); without
 * the order, where the first tier is the first contact's, 3 / 7. Transfers 6 / 7 = 0.857 per case, escalations
 * 5 / 7 = 0.714, team changes 7 / 7 = 1.0, ping-pong 1 / 7.
 */
class TieredSupportTest {

    private static final TierPolicy LINES = TierPolicy.DEFAULT.withOrder("Service Desk", "Application Support",
            "Database Team");
    private static final ColumnMapping AUDIT = ColumnMapping.builder().column("interaction_id", "Update ID")
            .column("case_id", "Number").column("customer_id", "Caller").column("timestamp", "Updated")
            .column("touchpoint", "State").column("channel", "Contact type").column("agent", "Assigned to")
            .column("outcome", "Outcome").timestampPattern("yyyy-MM-dd HH:mm:ss", "Europe/Stockholm").build();

    private static Path resource(String name) {
        try {
            return Path.of(TieredSupportTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Interaction> audit() {
        ImportResult result = EventLogReader.strict().withMapping(AUDIT).csv(resource("/itsm/incident-audit.csv"));
        assertEquals(28, result.summary().accepted());
        return result.interactions();
    }

    private static InteractionColumns auditColumns() {
        return ColumnsReader.strict().withMapping(AUDIT).csv(resource("/itsm/incident-audit.csv")).columns();
    }

    /** The estimate from objects, checked equal to the one from columns read straight from the file. */
    private static Estimate both(Metric<Interaction, ?, Estimate> metric) {
        Estimate objects = audit().stream().collect(metric.collector());
        assertEquals(objects, ColumnMetrics.evaluate(auditColumns(), metric), metric.name());
        assertEquals(objects, finishFold(metric, audit()), metric.name());
        return objects;
    }

    private static <S> Estimate finishFold(Metric<Interaction, S, Estimate> metric, List<Interaction> all) {
        return metric.finish(MetricsProperties.fold(metric, all));
    }

    //-----------------------------------------------------------------------
    @Test
    void assignmentGroupHeader_isTheTierColumnOnBothPaths() {
        List<Interaction> all = audit();
        assertEquals("Service Desk", all.get(0).tier().orElseThrow());
        assertTrue(all.get(14).tier().isEmpty()); // U-1015: the tool left the group empty
        assertEquals(List.of("Service Desk", "Application Support", "Vendor", "Database Team"),
                dev.rapport.data.internal.ColumnStore.of(auditColumns()).tiers);
    }

    @Test
    void itsmExport_withTheOrder_handComputedFigures() {
        Estimate flr = both(Metrics.firstLevelResolution(LINES));
        assertEquals(2.0 / 7, flr.point(), 1e-12);
        assertEquals(7, flr.sampleSize());
        assertEquals("wilson", flr.method());
        assertEquals(6.0 / 7, both(Metrics.tierTransfers(LINES)).point(), 1e-12);
        Estimate escalations = both(Metrics.escalations(LINES));
        assertEquals(5.0 / 7, escalations.point(), 1e-12);
        // counts 0, 1, 2, 0, 0, 1, 1: s = 0.756, t(0.975, 6) = 2.447, half-width 0.699
        assertEquals("t", escalations.method());
        assertEquals(5.0 / 7 - 2.446912 * 0.755929 / Math.sqrt(7), escalations.lower(), 1e-5);
        assertEquals(5.0 / 7 + 2.446912 * 0.755929 / Math.sqrt(7), escalations.upper(), 1e-5);
        assertEquals(1.0, both(Metrics.teamChanges(LINES)).point(), 1e-12);
        assertEquals(1.0 / 7, both(Metrics.pingPongRate(LINES)).point(), 1e-12);
    }

    @Test
    void itsmExport_withoutAnOrder_firstTierIsTheFirstContacts() {
        assertEquals(3.0 / 7, both(Metrics.firstLevelResolution(TierPolicy.DEFAULT)).point(), 1e-12);
        // every value is a tier then: transfers are the team changes, 0+1+3+0+0+2+1
        assertEquals(1.0, both(Metrics.tierTransfers(TierPolicy.DEFAULT)).point(), 1e-12);
        // natural order of the names (Application Support < Database Team < Service Desk < Vendor) is no line
        // order: S-A is "down"; A-S in INC0010003 and S-V in INC0010006 are "up": 2 / 7. Give the order.
        assertEquals(2.0 / 7, both(Metrics.escalations(TierPolicy.DEFAULT)).point(), 1e-12);
    }

    @Test
    void itsmExport_unlistedTeamsAndCasesWithoutATier_areCounted() {
        TierPaths state = MetricsProperties.fold(Metrics.teamChanges(LINES), audit());
        assertEquals(8, state.size());
        assertEquals(1, state.casesWithoutTier()); // INC0010007
        assertEquals(List.of("Vendor"), state.unlisted(LINES.order()));
        assertEquals(1, state.cases().get("INC0010004").unknownTiers());
    }

    @Test
    void itsmExport_groupedByChannelAndAgent_sameOnBothPaths() {
        for (Dimension dimension : List.of(Dimension.CHANNEL, Dimension.AGENT, Dimension.TOUCHPOINT)) {
            Map<List<String>, Estimate> columns = ColumnMetrics.evaluate(auditColumns(), Metrics.escalations(LINES),
                    dimension);
            Map<List<String>, List<Interaction>> groups = new java.util.TreeMap<>(java.util.Comparator.comparing(
                    Object::toString));
            audit().forEach(i -> groups.computeIfAbsent(InteractionColumns.keyOf(i, dimension),
                    k -> new java.util.ArrayList<>()).add(i));
            groups.forEach((key, rows) -> assertEquals(finishFold(Metrics.escalations(LINES), rows),
                    columns.get(key), dimension + " " + key));
        }
        // by channel: phone tickets INC0010001, 0004, 0006, 0008 (0007 has no tier): escalations 0+0+1+1 over 4
        assertEquals(0.5, ColumnMetrics.evaluate(auditColumns(), Metrics.escalations(LINES), Dimension.CHANNEL)
                .get(List.of("phone")).point(), 1e-12);
    }

    /**
     * The README's worked example ({@code itsm/three-tickets.csv}, canonical header, the tier in an
     * {@code assignment_group} column), order L1/L2/L3: T-1 L1 (resolved), T-2 L1 L2 L1 L2 (resolved), T-3 L1 ? L2 L3
     * (open). First-level resolution 1 / 3; transfers 0 + 3 + 2 = 5 / 3; escalations 0 + 2 + 2 = 4 / 3; team changes
     * 5 / 3; ping-pong 1 / 3 (T-2).
     */
    @Test
    void readmeWorkedExample_threeTickets() {
        Path file = resource("/itsm/three-tickets.csv");
        List<Interaction> all = EventLogReader.strict().csv(file).interactions();
        InteractionColumns columns = ColumnsReader.strict().csv(file).columns();
        TierPolicy lines = TierPolicy.DEFAULT.withOrder("L1", "L2", "L3");
        double[] expected = {1.0 / 3, 5.0 / 3, 4.0 / 3, 5.0 / 3, 1.0 / 3};
        List<Metric<Interaction, TierPaths, Estimate>> metrics = List.of(Metrics.firstLevelResolution(lines),
                Metrics.tierTransfers(lines), Metrics.escalations(lines), Metrics.teamChanges(lines),
                Metrics.pingPongRate(lines));
        for (int m = 0; m < expected.length; m++) {
            Estimate estimate = finishFold(metrics.get(m), all);
            assertEquals(expected[m], estimate.point(), 1e-12, metrics.get(m).name());
            assertEquals(3, estimate.sampleSize());
            assertEquals(estimate, ColumnMetrics.evaluate(columns, metrics.get(m)));
        }
    }

    //-----------------------------------------------------------------------
    /**
     * Three incidents in the style of the BPI Challenge 2013 log, teams in {@code org:group}: 1-364285768 goes
     * V30, G97, V30 (ping-pong, two changes, one escalation with the order V30/G97/N15), 1-147898401 stays with V30
     * (resolved in first line), 1-506619007 goes V30, G97, N15 (two escalations).
     */
    @Test
    void bpi2013StyleXes_orgGroupIsTheTier() {
        List<Interaction> all = EventLogReader.strict().xes(resource("/itsm/incidents-bpi2013-style.xes"))
                .interactions();
        assertEquals(11, all.size());
        assertEquals("G97", all.get(2).tier().orElseThrow());
        TierPolicy lines = TierPolicy.DEFAULT.withOrder("V30", "G97", "N15");
        assertEquals(1.0 / 3, finishFold(Metrics.firstLevelResolution(lines), all).point(), 1e-12);
        assertEquals(1.0 / 3, finishFold(Metrics.pingPongRate(lines), all).point(), 1e-12);
        assertEquals(4.0 / 3, finishFold(Metrics.teamChanges(lines), all).point(), 1e-12);
        assertEquals(1.0, finishFold(Metrics.escalations(lines), all).point(), 1e-12);
        assertEquals(finishFold(Metrics.escalations(lines), all),
                ColumnMetrics.evaluate(InteractionColumns.of(all), Metrics.escalations(lines)));
    }

    //-----------------------------------------------------------------------
    @Test
    void registry_namesWithColumnAndOrder_resolve() {
        MetricRegistry registry = MetricRegistry.builtIn();
        assertTrue(registry.names().containsAll(List.of("first-level-resolution", "tier-transfers", "escalations",
                "team-changes", "ping-pong-rate")));
        Metric<Interaction, ?, Estimate> named = registry.named("escalations:tier:Service Desk/Application Support/"
                + "Database Team");
        assertEquals("escalations:tier:Service Desk/Application Support/Database Team", named.name());
        assertEquals(5.0 / 7, audit().stream().collect(named.collector()).point(), 1e-12);
        assertEquals("team-changes:stage", registry.named("team-changes:stage").name());
        assertEquals(Metrics.escalations(LINES).name(), named.name());
        assertTrue(MetricRegistry.isWellFormed("ping-pong-rate:tier:L1/L2"));
        assertFalse(MetricRegistry.isWellFormed("ping-pong-rate:tier:L1/L1"));
        assertFalse(MetricRegistry.isWellFormed("ping-pong-rate:tier:L1//L2"));
    }

    @Test
    void registry_badTierNames_unknownListingTheForms() {
        for (String name : List.of("escalations:team", "escalations:tier:L1/L1", "escalations:tier:", "escalate:tier")) {
            var e = assertThrows(UnknownNameException.class, () -> MetricRegistry.builtIn().named(name), name);
            assertTrue(e.knownNames().contains("escalations:<tier|stage>[:<first>/<second>/...]"), name);
        }
    }

    @Test
    void scorecardJson_tierMetricsWithColumnAndOrder_sameOnBothPathsAndByAgent() {
        Scorecard card = Scorecard.parse("""
                {"format_version": 1, "name": "Service desk", "scoring": "weighted-average", "kpis": [
                  {"metric": "first-level-resolution:tier:Service Desk/Application Support/Database Team",
                   "direction": "higher_is_better", "target": 0.7, "green_from": 0.6, "amber_from": 0.4},
                  {"metric": "ping-pong-rate", "direction": "lower_is_better", "target": 0.05,
                   "green_from": 0.1, "amber_from": 0.2}]}
                """, MetricRegistry.builtIn(), ScoringStrategies.builtIn());
        ScorecardResult objects = card.evaluate(audit(), MetricRegistry.builtIn());
        assertEquals(objects, card.evaluate(auditColumns(), MetricRegistry.builtIn()));
        assertEquals(2.0 / 7, objects.kpi("first-level-resolution:tier:Service Desk/Application Support/Database Team")
                .orElseThrow().estimate().point(), 1e-12);
        assertEquals(Status.AMBER, objects.kpi("ping-pong-rate").orElseThrow().status());
        assertEquals(card.evaluate(audit(), MetricRegistry.builtIn(), Breakdown.agent()),
                card.evaluate(auditColumns(), MetricRegistry.builtIn(), Breakdown.agent()));
    }

    @Test
    void scorecardKpi_tierMetricWithOrder_accepted() {
        Kpi kpi = Kpi.of("escalations:tier:L1/L2/L3", Direction.LOWER_IS_BETTER, 0.2, 0.3, 0.5);
        assertEquals("escalations:tier:L1/L2/L3", kpi.metric());
    }

    @Test
    void policy_tierTwiceInTheOrder_rejectedWithIt() {
        var e = assertThrows(IllegalArgumentException.class, () -> TierPolicy.DEFAULT.withOrder("L1", "L2", "L1"));
        assertEquals("tier 'L1' appears twice in the order [L1, L2, L1]", e.getMessage());
    }

    //-----------------------------------------------------------------------
    @Test
    void path_simultaneousSteps_heldTierFirstThenByRank() {
        List<TierPaths.Step> steps = List.of(new TierPaths.Step(1, "L1"), new TierPaths.Step(2, "L1"),
                new TierPaths.Step(2, "L2"), new TierPaths.Step(3, "L3"), new TierPaths.Step(3, "L2"));
        // at 2 the case was with L1: L1 then L2; at 3 with L2: L2 then L3
        assertEquals(List.of("L1", "L2", "L3"), TierMetrics.path(steps, List.of()));
        assertEquals(List.of("L2", "L1"), TierMetrics.path(List.of(new TierPaths.Step(5, "L1"),
                new TierPaths.Step(5, "L2")), List.of("L2", "L1")));
    }

    @Test
    void natural_numbersInsideNamesComparedAsNumbers() {
        assertTrue(TierMetrics.natural("L2", "L10") < 0);
        assertTrue(TierMetrics.natural("1st line", "2nd line") < 0);
        assertTrue(TierMetrics.natural("Tier 3", "tier 12") < 0);
        assertEquals(0, TierMetrics.natural("L1", "L1"));
    }

    @Test
    void noCaseHasATier_emptyEstimates() {
        List<Interaction> untiered = audit().stream().filter(i -> i.tier().isEmpty()).toList();
        assertTrue(finishFold(Metrics.firstLevelResolution(LINES), untiered).isEmpty());
        assertTrue(finishFold(Metrics.escalations(LINES), untiered).isEmpty());
    }
}
