package nl.gremium.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.gremium.model.Action;
import nl.gremium.model.Block;
import nl.gremium.model.Cell;
import nl.gremium.model.Commitment;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Table;
import org.junit.jupiter.api.Test;

class ActionTableTaggerTest {

    private static List<Cell> row(String... cells) {
        return Arrays.stream(cells).map(Cell::of).toList();
    }

    private static Block table(List<List<Cell>> rows) {
        return Block.table(new Table("t1", null, 1, 1, rows, 1, null, false));
    }

    static final Block ACTION_LIST = table(List.of(
            row("Nr", "Actie", "Wie", "Gereed"),
            row("DB-12", "Het DB legt het AB een voorstel voor over de verdeling van de kosten van de meldkamer.", "Dagelijks bestuur", "Q3 2026"),
            row("DB-13", "De secretaris stuurt de leden de evaluatie van de oefening toe.", "Secretaris", "voor de volgende vergadering"),
            row("DB-14", "Zie boven", "-", "-")));

    static final Block COMMITMENTS = table(List.of(
            row("Nr", "Datum", "Toezegging", "Portefeuillehouder", "Termijn", "Status"),
            row("7", "12 februari 2026", "Wethouder Kok informeert de raad over de evaluatie van het minimabeleid.", "Kok",
                    "juni 2026", "Afgedaan met raadsinformatiebrief van 20 juni 2026"),
            row("8", "9 april 2026", "Het college stuurt de raad een overzicht van de lopende subsidieregelingen.", "Van Dam",
                    "4e kw. 2026", "Open")));

    @Test
    void eachRowOfAnActionListIsATaskOfWhomItsColumnNamesByItsDeadline() {
        List<Action> a = new DocumentTagger().tag(Docs.of(DocKind.decision_list, List.of(Docs.p("Actielijst"), ACTION_LIST), List.of()))
                .actions();

        assertEquals(2, a.size(), a::toString);
        assertEquals("Het DB legt het AB een voorstel voor over de verdeling van de kosten van de meldkamer.", a.get(0).text());
        assertEquals("Dagelijks bestuur", a.get(0).actor());
        assertEquals("Q3 2026", a.get(0).dueText());
        assertEquals(LocalDate.of(2026, 9, 30), a.get(0).due());
        assertEquals("Secretaris", a.get(1).actor());
        assertNull(a.get(1).due(), "a deadline that cannot be reckoned keeps its words only");
    }

    @Test
    void aDescriptionBesideAnActionHolderIsTheTask() {
        Block list = table(List.of(
                row("Nr", "Omschrijving", "Actiehouder", "Datum gereed", "Status"),
                row("3", "Voorstel voor de huisvesting van de meldkamer uitwerken.", "Directeur", "1 maart 2027", "Loopt")));
        List<Action> a = new DocumentTagger().tag(Docs.of(DocKind.minutes, List.of(list), List.of())).actions();
        assertEquals(1, a.size(), a::toString);
        assertEquals("Directeur", a.get(0).actor());
        assertEquals(LocalDate.of(2027, 3, 1), a.get(0).due());
        Block budget = table(List.of(row("Omschrijving", "Verantwoordelijke", "Bedrag"),
                row("Onderhoud van wegen en bruggen", "Team Beheer", "€ 40.000")));
        assertTrue(new DocumentTagger().tag(Docs.of(DocKind.other, List.of(budget), List.of())).actions().isEmpty(),
                "a description beside a budget holder is no task");
        Block whoAndWhen = table(List.of(row("№", "Omschrijving", "Wie", "Termijn", "Status"),
                row("2026-06", "Hoofdstuk eenzaamheid opnemen in de kadernota", "DPG", "1 maart 2027", "open")));
        List<Action> listed = new DocumentTagger().tag(Docs.of(DocKind.minutes, List.of(whoAndWhen), List.of())).actions();
        assertEquals(List.of("DPG"), listed.stream().map(Action::actor).toList(), "a description beside who and when is a task");
    }

    @Test
    void aCommitmentsColumnHeadedByWhoPromisedNamesWho() {
        for (String who : List.of("Door", "Gedeputeerde", "Wethouder")) {
            Block list = table(List.of(
                    row("Nr.", "Toezegging", who, "Termijn"),
                    row("T26-04", "De commissie informeren over de aanbesteding van de veerdienst", "Kramer", "juni 2026")));
            List<Action> a = new DocumentTagger().tag(Docs.of(DocKind.minutes, List.of(Docs.p("Lijst van toezeggingen"), list), List.of()))
                    .actions();
            assertEquals(List.of("Kramer"), a.stream().map(Action::actor).toList(), who);
        }
        Block list = table(List.of(row("Nr.", "Toezegging", "Doorlooptijd", "Termijn"),
                row("1", "De commissie informeren over de veerdienst", "Lang", "juni 2026")));
        assertTrue(!"Lang".equals(new DocumentTagger().tag(Docs.of(DocKind.minutes, List.of(list), List.of())).actions().get(0).actor()),
                "a lead time is no one");
    }

    @Test
    void aDecisionListWithAnActionHolderGivesEachDecisionAndTheStepItsCellNames() {
        Block list = table(List.of(
                row("nr", "onderwerp", "besluit", "actiehouder", "gereed"),
                row("1", "Jaarstukken 2026", "Conform. Het DB stelt de jaarstukken voorlopig vast. De secretaris zendt ze vóór 15 april "
                        + "aan de raden.", "Secretaris", "15-04-2027"),
                row("2", "Aanbesteding werkkleding", "Ingestemd met de gunning. Contractwaarde ten hoogste € 90.000.", "Inkoop",
                        "01-06-2027"),
                row("3", "Opening", "Vastgesteld.", "–", "–")));
        var tags = new DocumentTagger().tag(Docs.of(DocKind.decision_list, List.of(list), List.of()));
        assertEquals(List.of("Jaarstukken 2026", "Aanbesteding werkkleding", "Opening"),
                tags.decisions().stream().map(d -> d.text()).toList(), "the subjects decided, not the steps");
        assertEquals(List.of("De secretaris zendt ze vóór 15 april aan de raden."), tags.actions().stream().map(Action::text).toList(),
                "a note without a verb names no step");
        assertEquals("Secretaris", tags.actions().get(0).actor());
    }

    @Test
    void aTableWithoutAWhoDeadlineOrStatusColumnIsNoActionList() {
        Block budget = table(List.of(
                row("Omschrijving", "Actie", "Bedrag"),
                row("Onderhoud wegen en bruggen", "Campagne veilig fietsen 2026", "€ 40.000")));
        assertTrue(new DocumentTagger().tag(Docs.of(DocKind.other, List.of(budget), List.of())).actions().isEmpty());
    }

    @Test
    void aCommitmentsListGivesCommitmentsWithTheStatusItPrints() {
        LogicalDocument list = Docs.of(DocKind.other, List.of(Docs.p("Lijst van toezeggingen"), COMMITMENTS), List.of());
        List<Commitment> c = Commitments.in(list);

        assertEquals(2, c.size(), c::toString);
        assertEquals("Kok", c.get(0).who());
        assertEquals(LocalDate.of(2026, 6, 30), c.get(0).due());
        assertEquals("Afgedaan met raadsinformatiebrief van 20 juni 2026", c.get(0).printedStatus());
        assertEquals(Commitments.LIST_CUE, c.get(0).cue());
        assertEquals(LocalDate.of(2026, 12, 31), c.get(1).due());
        assertEquals("Open", c.get(1).printedStatus());
        assertTrue(Commitments.in(Docs.of(DocKind.decision_list, List.of(ACTION_LIST), List.of())).isEmpty(),
                "an action list's tasks are no commitments to the board");
    }
}
