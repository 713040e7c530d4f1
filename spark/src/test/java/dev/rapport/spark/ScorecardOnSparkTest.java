package dev.rapport.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.core.Direction;
import dev.rapport.core.Interaction;
import dev.rapport.core.UnreadableInputException;
import dev.rapport.data.ColumnMapping;
import dev.rapport.data.EventLogReader;
import dev.rapport.metrics.Breakdown;
import dev.rapport.metrics.MetricRegistry;
import dev.rapport.metrics.Scorecard;
import dev.rapport.metrics.ScorecardResult;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** A scorecard over a Dataset is the library's scorecard, JSON byte for byte; rows that do not map are counted. */
class ScorecardOnSparkTest {

    private static final Scorecard CARD = Scorecard.builder("Service quality")
            .kpi("nps", Direction.HIGHER_IS_BETTER, 10, -10, -20)
            .kpi("csat", Direction.HIGHER_IS_BETTER, 0.70, 0.60, 0.45)
            .kpi("fcr", Direction.HIGHER_IS_BETTER, 0.60, 0.50, 0.40)
            .kpi("resolution-rate", Direction.HIGHER_IS_BETTER, 0.65, 0.50, 0.40)
            .kpi("wait-p90", Direction.LOWER_IS_BETTER, 30, 60, 120)
            .kpi("resolution-time-mean", Direction.LOWER_IS_BETTER, 3600, 7200, 86400)
            .build();

    /** The help desk's own column names, its day-first times in its zone. */
    private static final ColumnMapping HELPDESK = ColumnMapping.builder()
            .column("case_id", "Ticket").column("interaction_id", "Event").column("customer_id", "Requester")
            .column("timestamp", "When").column("touchpoint", "Where").column("channel", "Via")
            .column("outcome", "Status").column("wait_seconds", "Wait (s)").column("handle_seconds", "Handle (s)")
            .column("agent", "Agent Name").column("nps", "Score")
            .timestampPattern("dd/MM/yyyy HH:mm", "Europe/Paris").build();

    @Test
    void overall_sameJsonAsOneMachine() {
        List<Interaction> interactions = Contacts.library(Contacts.generated());
        ScorecardResult expected = CARD.evaluate(interactions, MetricRegistry.builtIn());
        SparkResult<ScorecardResult> actual = RapportSpark.canonical()
                .scorecard(Contacts.shuffled(Contacts.spark(Contacts.generated()), 3, 1), CARD);
        assertEquals(expected.toJson(), actual.result().toJson());
        assertEquals(interactions.size(), actual.rows().accepted());
    }

    @Test
    void byChannel_sameJsonAsOneMachineBrokenDownByChannel() {
        List<Interaction> interactions = Contacts.library(Contacts.generated());
        ScorecardResult expected = CARD.evaluate(interactions, MetricRegistry.builtIn(), Breakdown.channel());
        SparkResult<ScorecardResult> actual = RapportSpark.canonical()
                .scorecard(Contacts.shuffled(Contacts.spark(Contacts.generated()), 2, 2), CARD, "channel");
        assertEquals(expected.toJson(), actual.result().toJson());
    }

    @Test
    void aHelpDeskExportThroughItsMapping_countsTheRowsItCannotMap() {
        Dataset<Row> rows = Contacts.spark(Contacts.resource("helpdesk.csv"));
        List<Interaction> interactions = EventLogReader.lenient().withMapping(HELPDESK)
                .csv(Contacts.resource("helpdesk.csv")).interactions();
        SparkResult<ScorecardResult> actual = RapportSpark.of(HELPDESK).scorecard(rows.repartition(2), CARD);

        assertEquals(CARD.evaluate(interactions, MetricRegistry.builtIn()).toJson(), actual.result().toJson());
        RowCounts counts = actual.rows();
        assertEquals(9, counts.rows());
        assertEquals(interactions.size(), counts.accepted());
        assertEquals(counts.rows(), counts.accepted() + counts.rejected());
        assertEquals(Map.of("Score must be a number, was 'eleven'", 1L,
                "missing value for required column 'Requester'", 1L,
                "unknown outcome 'solved'; expected one of resolved, unresolved, transferred, escalated, abandoned", 1L,
                "unparseable timestamp 'yesterday'", 1L), counts.reasons());
        assertEquals("Score must be a number, was 'eleven' in row [Ticket=T-7, Event=e-9, Requester=gina,"
                + " When=09/01/2026 10:10, Where=chat, Via=Chat, Status=Resolved, Wait (s)=8, Handle (s)=240,"
                + " Agent Name=Ann, Score=eleven]", counts.examples().get(0));
        assertEquals(4, counts.examples().size());
        // the only e-mail row is rejected: no e-mail group, as no interaction has that channel
        assertEquals(List.of("Chat", "Phone", "Web"), List.copyOf(RapportSpark.of(HELPDESK)
                .scorecard(rows, CARD, "Via").result().groups().keySet()));
    }

    @Test
    void strict_failsTheJobNamingTheRowsValues() {
        Dataset<Row> rows = Contacts.spark(Contacts.resource("helpdesk.csv"))
                .where("Event = 'e-6'");
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> RapportSpark.of(HELPDESK).strict().named("helpdesk").scorecard(rows, CARD));
        assertEquals("helpdesk: unparseable timestamp 'yesterday' in row [Ticket=T-4, Event=e-6, Requester=erin,"
                + " When=yesterday, Where=chat, Via=Chat, Status=Resolved, Wait (s)=12, Handle (s)=180,"
                + " Agent Name=Ann, Score=8]", e.getMessage());
    }

    @Test
    void groupingByAColumnTheDatasetLacks_namesItsColumns() {
        Dataset<Row> rows = Contacts.spark(Contacts.resource("helpdesk.csv"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RapportSpark.of(HELPDESK).scorecard(rows, CARD, "Region"));
        assertEquals("cannot group by 'Region': the dataset has no such column; its columns are Ticket, Event,"
                + " Requester, When, Where, Via, Status, Wait (s), Handle (s), Agent Name, Score", e.getMessage());
    }

    @Test
    void tiersReasonsAndInitiators_readAsTheCsvReaderReadsThem() {
        // a ticketing export with the optional tier, reason and initiator columns (one ticket without a tier)
        Scorecard tiers = Scorecard.builder("Tiered support")
                .kpi("first-level-resolution", Direction.HIGHER_IS_BETTER, 0.7, 0.5, 0.3)
                .kpi("escalations:tier:L1/L2/L3", Direction.LOWER_IS_BETTER, 0.2, 0.5, 1.0)
                .kpi("ping-pong-rate", Direction.LOWER_IS_BETTER, 0.05, 0.1, 0.2)
                .kpi("proactive-contact-rate", Direction.HIGHER_IS_BETTER, 0.3, 0.2, 0.1)
                .build();
        List<Interaction> interactions = EventLogReader.strict().csv(Contacts.resource("tickets-tiers.csv"))
                .interactions();
        ScorecardResult expected = tiers.evaluate(interactions, MetricRegistry.builtIn());
        SparkResult<ScorecardResult> actual = RapportSpark.canonical()
                .scorecard(Contacts.spark(Contacts.resource("tickets-tiers.csv")).repartition(3), tiers, "channel");

        assertEquals(tiers.evaluate(interactions, MetricRegistry.builtIn(), Breakdown.channel()).toJson(),
                actual.result().toJson());
        assertEquals(9, actual.rows().accepted());
        // by hand: T-1 stays in L1 (FLR 1 of 3 tiered tickets; T-4 has no tier), T-2 goes L1 L2 L1 L2 (ping-pong),
        // T-3 goes L1 L3; 4 of 9 contacts started by the company
        assertEquals(1.0 / 3, expected.kpi("first-level-resolution").orElseThrow().estimate().point(), 1e-12);
        assertEquals(1.0 / 3, expected.kpi("ping-pong-rate").orElseThrow().estimate().point(), 1e-12);
        assertEquals(4.0 / 9, expected.kpi("proactive-contact-rate").orElseThrow().estimate().point(), 1e-12);
    }
}
