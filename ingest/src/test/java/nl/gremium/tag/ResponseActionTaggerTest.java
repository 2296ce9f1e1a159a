package nl.gremium.tag;

import static nl.gremium.tag.Docs.h;
import static nl.gremium.tag.Docs.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.gremium.model.Action;
import nl.gremium.model.Block;
import nl.gremium.model.Cell;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Table;
import org.junit.jupiter.api.Test;

class ResponseActionTaggerTest {

    @Test
    void commitmentsOfTheReactionWithTheReactingBodyAsActor() {
        LogicalDocument doc = Docs.of(DocKind.report, List.of(
                h("5", "Conclusies", 1),
                p("Wij zien dat de gemeente de doelen niet haalt."),
                h("6", "Reactie van het college", 1),
                p("Wij danken de rekenkamer voor het zorgvuldige onderzoek."),
                p("Wij nemen de eerste aanbeveling over en leggen de doelen vast in de programmabegroting."),
                p("De tweede aanbeveling nemen wij niet over, omdat de raad al jaarlijks wordt geïnformeerd."),
                p("Wij zullen de raad voor de zomer een uitvoeringsplan sturen."),
                h("7", "Nawoord van de rekenkamer", 1),
                p("De rekenkamer zal de opvolging over twee jaar onderzoeken.")), List.of());
        List<Action> actions = new DocumentTagger().tag(doc).actions();
        List<Action> reaction = actions.stream().filter(a -> "het college".equals(a.actor())).toList();
        assertEquals(2, reaction.size(), actions::toString);
        assertTrue(reaction.stream().anyMatch(a -> a.text().startsWith("Wij nemen de eerste aanbeveling over")), actions::toString);
        assertTrue(reaction.stream().anyMatch(a -> a.text().startsWith("Wij zullen de raad")), actions::toString);
        assertTrue(actions.stream().noneMatch(a -> a.text().contains("nemen wij niet over")), actions::toString);
    }

    @Test
    void aCommitmentWhosePronounFollowsAFrontedDate() {
        LogicalDocument doc = Docs.of(DocKind.report, List.of(
                h("6", "Reactie van het college", 1),
                p("Wij nemen deze aanbeveling over. Met ingang van 1 september 2026 zetten wij twee extra consulenten in."),
                p("In 2025 hebben wij al een extra consulent aangesteld.")), List.of());
        List<Action> actions = new DocumentTagger().tag(doc).actions();
        assertTrue(actions.stream().anyMatch(a -> a.text().startsWith("Met ingang van 1 september 2026 zetten wij")
                && "het college".equals(a.actor()) && LocalDate.of(2026, 9, 1).equals(a.due())), actions::toString);
        assertTrue(actions.stream().noneMatch(a -> a.text().contains("hebben wij al")), actions::toString);
    }

    @Test
    void aBareAdoptionGivesWayToTheNextSentenceThatSaysWhatIsTakenOn() {
        LogicalDocument doc = Docs.of(DocKind.report, List.of(
                h("6", "Reactie van het college", 1),
                p("Aanbeveling 2 nemen wij over. Vanaf het schooljaar 2027 nemen wij in elke overeenkomst afspraken over leerlingenvervoer op."),
                p("Aanbeveling 3 nemen wij gedeeltelijk over. Wij zullen de verordening zo aanpassen dat kleine subsidies direct worden vastgesteld."),
                p("Aanbeveling 4 nemen wij over.")), List.of());
        assertEquals(List.of("Vanaf het schooljaar 2027 nemen wij in elke overeenkomst afspraken over leerlingenvervoer op.",
                "Wij zullen de verordening zo aanpassen dat kleine subsidies direct worden vastgesteld.", "Aanbeveling 4 nemen wij over."),
                new DocumentTagger().tag(doc).actions().stream().map(Action::text).toList());
    }

    @Test
    void theReactionColumnOfATableAndAnInvertedAdoption() {
        Table table = new Table("t1", null, 4, 4, List.of(
                List.of(new Cell("Aanbeveling", null), new Cell("Reactie college", null)),
                List.of(new Cell("Start de handhaving binnen zes weken.", null),
                        new Cell("Het college zal hiervoor in 2026 een extra handhaver aanstellen.", null)),
                List.of(new Cell("Publiceer de inspectierapporten.", null),
                        new Cell("Dit gebeurt al sinds 2024.", null))), 1, null, false);
        LogicalDocument doc = Docs.of(DocKind.report, List.of(
                h("5", "Reactie van Gedeputeerde Staten", 1),
                p("De aanbevelingen nemen wij over."),
                h("6", "Overzicht", 1),
                Block.table(table)), List.of());
        List<Action> actions = new DocumentTagger().tag(doc).actions();
        assertEquals(2, actions.size(), actions::toString);
        assertEquals("Gedeputeerde Staten", actions.get(0).actor());
        assertEquals("Het college", actions.get(1).actor());
    }

    @Test
    void aReactionThatDoesNotNameItsBodyKeepsThePronounNotTheAuthor() {
        LogicalDocument doc = Docs.of(DocKind.report, List.of(
                h("3", "Aanbevelingen", 1),
                p("Wij bevelen het college aan het beleid binnen een jaar te evalueren."),
                h("4", "Bestuurlijke reactie", 1),
                p("Wij zullen het inhuurbeleid voor 1 april 2027 aan de raad voorleggen.")), List.of());
        List<Action> actions = new DocumentTagger().tag(doc).actions();
        assertEquals(List.of("Wij"), actions.stream().filter(a -> a.text().contains("inhuurbeleid")).map(Action::actor).toList(),
                "the document's organisation wrote the report, not the reaction: " + actions);
    }

    @Test
    void aReactionThatOpensWithItsBodyGivesThePronounsToIt() {
        LogicalDocument doc = Docs.of(DocKind.report, List.of(
                h("3", "Aanbevelingen", 1),
                p("Wij bevelen het college aan het beleid binnen een jaar te evalueren."),
                h("4", "Bestuurlijke reactie", 1),
                p("Het college dankt de rekenkamer voor het heldere rapport. Wij zullen het inhuurbeleid voor 1 april 2027 aan"
                        + " de raad voorleggen."),
                h("5", "Nawoord", 1),
                p("Wij zullen de uitvoering over een jaar opnieuw bekijken.")), List.of());
        List<Action> actions = new DocumentTagger().tag(doc).actions();
        assertEquals(List.of("Het college"), actions.stream().filter(a -> a.text().contains("inhuurbeleid")).map(Action::actor).toList(),
                actions::toString);
    }

    @Test
    void aManagementLettersReactionColumnCommitsSentenceBySentence() {
        Table table = new Table("t1", null, 2, 2, List.of(
                List.of(new Cell("Bevinding", null), new Cell("Aanbeveling", null), new Cell("Reactie dagelijks bestuur", null)),
                List.of(new Cell("Facturen worden laat betaald.", null), new Cell("Bewaak de betaaltermijn.", null),
                        new Cell("Het DB neemt de aanbeveling over. De afdeling Financiën rapporteert vanaf 2027 elk kwartaal over de betaaltermijn.", null))),
                1, null, false);
        LogicalDocument doc = Docs.of(DocKind.letter, List.of(p("Geacht bestuur,"), Block.table(table), p("Met vriendelijke groet,")), List.of());
        List<Action> actions = new DocumentTagger().tag(doc).actions();
        assertEquals(List.of("De afdeling Financiën rapporteert vanaf 2027 elk kwartaal over de betaaltermijn."),
                actions.stream().map(Action::text).toList());
    }

    @Test
    void aReactionLetterQuotesTheRecommendationsItsTableAnswersAndCommitsInWhatItWillDo() {
        Table table = new Table("t1", null, 1, 1, List.of(
                List.of(new Cell("Nr.", null), new Cell("Aanbeveling rekenkamer", null), new Cell("Standpunt college", null),
                        new Cell("Wat gaan wij doen", null)),
                List.of(new Cell("1", null), new Cell("Stel een kader voor de inhuur van externen op.", null), new Cell("Overnemen", null),
                        new Cell("Het college stelt vóór 1 juli 2026 een inhuurkader vast.", null))),
                1, null, false);
        LogicalDocument letter = Docs.of(DocKind.letter, List.of(p("Geachte leden van de raad,"), Block.table(table),
                p("Met vriendelijke groet,")), List.of());
        LogicalDocument doc = letter.withMetadata(letter.metadata().withTitle("Bestuurlijke reactie op het rapport Grip op inhuur"));
        var tags = new DocumentTagger().tag(doc);
        assertEquals(List.of(), tags.recommendations(), "quoted, not made");
        assertEquals(List.of("Het college stelt vóór 1 juli 2026 een inhuurkader vast."), tags.actions().stream().map(Action::text).toList());
        assertEquals(1, new DocumentTagger().tag(letter).recommendations().size(), "a letter titled otherwise makes them");
    }

    @Test
    void aFollowUpTablesNextStepsColumnCommitsWhereItNamesAStepAhead() {
        Table table = new Table("t1", null, 1, 1, List.of(
                List.of(new Cell("Aanbeveling", null), new Cell("Status", null), new Cell("Vervolg", null)),
                List.of(new Cell("1. Stel een kader voor inhuur vast.", null), new Cell("Afgerond", null),
                        new Cell("Het kader wordt in het tweede kwartaal van 2035 geëvalueerd.", null)),
                List.of(new Cell("2. Registreer alle inhuur centraal.", null), new Cell("Afgerond", null),
                        new Cell("Geen; de registratie is onderdeel van de reguliere bedrijfsvoering.", null))),
                1, null, false);
        LogicalDocument doc = Docs.of(DocKind.letter, List.of(p("Geachte leden van de raad,"), Block.table(table),
                p("Met vriendelijke groet,")), List.of());
        assertEquals(List.of("Het kader wordt in het tweede kwartaal van 2035 geëvalueerd."),
                new DocumentTagger().tag(doc).actions().stream().map(Action::text).toList());
    }
}
