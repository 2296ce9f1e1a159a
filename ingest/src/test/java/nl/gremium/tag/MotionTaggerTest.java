package nl.gremium.tag;

import static nl.gremium.tag.Docs.h;
import static nl.gremium.tag.Docs.li;
import static nl.gremium.tag.Docs.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.Cell;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Motion;
import nl.gremium.model.Outcome;
import nl.gremium.model.Table;
import nl.gremium.model.Tags;
import org.junit.jupiter.api.Test;

class MotionTaggerTest {

    private static Tags tag(LogicalDocument doc) {
        return new DocumentTagger().tag(doc);
    }

    private static final List<Block> MOTION = List.of(
            p("Stuknummer: M7 LV"),
            p("Motie: Bankjes langs de Vechtkade"),
            p("Indiener: Anna de Wit, Leefbaar Vechtland"),
            p("De raad van de gemeente Vechtland, in vergadering bijeen op 4 maart 2026, ter bespreking van de "
                    + "Kadernota openbare ruimte,"),
            p("Constaterende dat,"),
            li("•", "er langs de Vechtkade geen zitplaatsen zijn;"),
            p("Verzoekt het college,"),
            li("•", "voor de zomer van 2026 tien bankjes langs de Vechtkade te plaatsen;"),
            li("•", "de raad voor 1 oktober over de kosten te informeren."),
            p("En gaat over tot de orde van de dag."),
            p("Anna de Wit Karel Smit"),
            p("Leefbaar Vechtland VVD"));

    @Test
    void submittersPrintedOneANameAndPartyPerLineAreReadApart() {
        Tags t = tag(Docs.of(DocKind.amendment, List.of(
                Block.heading("Amendement", 1, 1, null),
                p("De raad van de gemeente Zeeweide, in vergadering bijeen op 9 november 2026, besluit het ontwerpbesluit als volgt"
                        + " te wijzigen: beslispunt 2 te schrappen."),
                p("Ingediend door: K. Bos, ChristenUnie H. Yilmaz, GroenLinks")), List.of()));
        Motion m = t.motions().get(0);
        assertEquals(List.of("K. Bos", "H. Yilmaz"), m.submitters());
        assertEquals(List.of("ChristenUnie", "GroenLinks"), m.parties());
    }

    @Test
    void anUnstampedMotionsRequestsAreActionsOfThePartyAsked() {
        Tags t = tag(Docs.of(DocKind.motion, MOTION, List.of()));
        assertTrue(t.decisions().isEmpty(), t.decisions()::toString);
        assertEquals(2, t.actions().size(), t.actions()::toString);
        assertEquals("voor de zomer van 2026 tien bankjes langs de Vechtkade te plaatsen;", t.actions().get(0).text());
        assertEquals("het college", t.actions().get(0).actor());
        assertEquals("M7 LV", t.actions().get(1).agendaItem());
        Motion m = t.motions().get(0);
        assertEquals(DocKind.motion, m.kind());
        assertEquals("M7 LV", m.number());
        assertEquals("Motie: Bankjes langs de Vechtkade", m.title());
        assertEquals(List.of("Anna de Wit"), m.submitters());
        assertEquals(List.of("Leefbaar Vechtland", "VVD"), m.parties());
        assertNull(m.outcome());
    }

    @Test
    void aRegistrationNumberPrintedAgainstTheItemCodeIsNoPartOfIt() {
        for (String stamp : List.of("K.4 PvdA458812", "K.4 PvdA 458812", "K.4 PvdA")) {
            List<Block> blocks = new ArrayList<>(MOTION.subList(1, MOTION.size()));
            blocks.add(0, p(stamp));
            Motion m = tag(Docs.of(DocKind.motion, blocks, List.of())).motions().get(0);
            assertEquals("K.4 PvdA", m.number(), stamp);
        }
        List<Block> d66 = new ArrayList<>(MOTION.subList(1, MOTION.size()));
        d66.add(0, p("B.2 D66"));
        assertEquals("B.2 D66", tag(Docs.of(DocKind.motion, d66, List.of())).motions().get(0).number());
    }

    @Test
    void theClosingFormulaAfterTheLastRequestIsNoRequest() {
        Tags t = tag(Docs.of(DocKind.motion, List.of(
                p("Motie: Veilige fietsroutes naar school"),
                p("Provinciale Staten van Vechtland, in vergadering bijeen op 2 juni 2026,"),
                p("Verzoeken Gedeputeerde Staten:"),
                p("- voor 1 december 2026 een plan voor veilige fietsroutes voor te leggen;"),
                p("- Provinciale Staten jaarlijks over de uitvoering te informeren;"),
                p("en gaan over tot de orde van de dag.")), List.of()));
        assertEquals(2, t.actions().size(), t.actions()::toString);
        assertEquals("Gedeputeerde Staten", t.actions().get(1).actor());
    }

    @Test
    void requestsWhoseBulletsWereDrawnAsGraphicsAreCutAtTheirSemicolons() {
        Tags t = tag(Docs.of(DocKind.motion, List.of(
                p("Motie vreemd aan de orde van de dag"),
                p("Provinciale Staten van Vechtland, in vergadering bijeen op 2 juni 2026,"),
                p("verzoeken het college van Gedeputeerde Staten:"),
                p("met de vervoerder te overleggen over het behoud van de buurtbus; Provinciale Staten voor 1 oktober 2026 over de "
                        + "uitkomst te informeren, en gaan over tot de orde van de dag.")), List.of()));
        assertEquals(List.of("met de vervoerder te overleggen over het behoud van de buurtbus;",
                "Provinciale Staten voor 1 oktober 2026 over de uitkomst te informeren"),
                t.actions().stream().map(a -> a.text()).toList());
        assertEquals("het college van Gedeputeerde Staten", t.actions().get(1).actor());
    }

    @Test
    void aRejectedMotionIsOneDecisionWithItsTitleAndNoActions() {
        List<Block> blocks = new ArrayList<>(MOTION);
        blocks.add(p("Aldus verworpen in de openbare raadsvergadering van 4 maart 2026"));
        Tags t = tag(Docs.of(DocKind.motion, blocks, List.of()));
        assertEquals(1, t.decisions().size(), t.decisions()::toString);
        assertEquals("Motie: Bankjes langs de Vechtkade", t.decisions().get(0).text());
        assertEquals(Outcome.rejected, t.decisions().get(0).outcome());
        assertEquals("verworpen", t.decisions().get(0).outcomeText());
        assertEquals("M7 LV", t.decisions().get(0).agendaItem());
        assertTrue(t.actions().isEmpty(), t.actions()::toString);
        assertEquals(Outcome.rejected, t.motions().get(0).outcome());
    }

    @Test
    void aRotatedStampBrokenOverTwoLinesStillRejectsTheMotion() {
        List<Block> blocks = new ArrayList<>(MOTION);
        blocks.add(p("Toelichting: de wethouder ontraadt de motie."));
        blocks.add(p("VER WO"));
        blocks.add(p("RPE N raad 04-03-2026 · 9 voor / 14 tegen"));
        Tags t = tag(Docs.of(DocKind.motion, blocks, List.of()));
        assertEquals(Outcome.rejected, t.motions().get(0).outcome());
        assertEquals(1, t.decisions().size(), t.decisions()::toString);
        assertTrue(t.actions().isEmpty(), t.actions()::toString);
        assertEquals("VERWORPEN raad 04-03-2026", OutcomeStamp.joined("VER WO", "RPE N raad 04-03-2026"));
        assertEquals("VER WO", OutcomeStamp.joined("VER WO", "GEN raad"), "only an outcome word is put together");
    }

    @Test
    void anAdoptedMotionsRequestsAreStillTheTasksOfThePartyAsked() {
        List<Block> blocks = new ArrayList<>(MOTION);
        blocks.add(p("AANGENOMEN in de raadsvergadering van 4 maart 2026"));
        Tags t = tag(Docs.of(DocKind.motion, blocks, List.of()));
        assertEquals(List.of(Outcome.adopted), t.decisions().stream().map(d -> d.outcome()).toList(), t.decisions()::toString);
        assertEquals(List.of("voor de zomer van 2026 tien bankjes langs de Vechtkade te plaatsen;",
                "de raad voor 1 oktober over de kosten te informeren."), t.actions().stream().map(a -> a.text()).toList());
        assertEquals("het college", t.actions().get(0).actor());
    }

    @Test
    void aScannedStampsWordInCapitalsWithItsDateIsTheOutcomeWhateverOcrMadeOfTheRest() {
        List<Block> blocks = new ArrayList<>(MOTION);
        blocks.add(p("AANGENOMEN aten PS 12 maart 2026 tem"));
        Tags t = tag(Docs.of(DocKind.motion, blocks, List.of()));
        assertEquals(List.of(Outcome.adopted), t.decisions().stream().map(d -> d.outcome()).toList(), t.decisions()::toString);
    }

    @Test
    void theClerksResultLineUnderTheVotesIsTheOutcomeOfAnUnstampedMotion() {
        List<Block> blocks = new ArrayList<>(MOTION);
        blocks.add(p("Voor: 21 — Leefbaar Vechtland, VVD"));
        blocks.add(p("De motie is verworpen met 9 stemmen voor en 21 stemmen tegen."));
        Tags t = tag(Docs.of(DocKind.motion, blocks, List.of()));
        assertEquals(List.of(Outcome.rejected), t.decisions().stream().map(d -> d.outcome()).toList(), t.decisions()::toString);
        // a consideration about another motion is no result of this one
        List<Block> considering = new ArrayList<>(MOTION);
        considering.add(4, p("De motie over de kade is in 2025 aangenomen."));
        assertTrue(tag(Docs.of(DocKind.motion, considering, List.of())).decisions().isEmpty());
    }

    @Test
    void aMotionTitledByItsNumberTakesTheSubjectUnderItsKindsBrokenHeading() {
        Tags t = tag(Docs.of(DocKind.motion, List.of(
                p("Motie nr. M2026-07"),
                h(null, "MOTIE VREEMD AAN DE", 1),
                p("ORDE VAN DE DAG"),
                p("Speeltuin Oosterpark blijft open"),
                p("De raad van de gemeente Zeewolde, in vergadering bijeen op 4 maart 2026,"),
                p("verzoekt het college de speeltuin open te houden,"),
                p("VERWORPEN")), List.of()));
        assertEquals(List.of("Speeltuin Oosterpark blijft open"), t.decisions().stream().map(d -> d.text()).toList());
    }

    @Test
    void aMotionWithoutAKindLineIsTitledAboveTheOpeningNotByItsRunningFooter() {
        Tags t = tag(Docs.of(DocKind.motion, List.of(
                p("Registratie griffie PS/2026/0412"),
                p("Buurtbus in elke kern"),
                p("Provinciale Staten van Zeewolde, in vergadering bijeen op 4 maart 2026, constaterende dat"),
                li("•", "• de buurtbus in drie kernen stopt;"),
                p("Motie M4-2 - Provinciale Staten van Zeewolde 1/2 verzoekt Gedeputeerde Staten"),
                li("1.", "1. de buurtbus te behouden, en gaat over tot de orde van de dag."),
                p("AANGENOMEN 4 maart 2026"),
                p("Motie M4-2 - Provinciale Staten van Zeewolde 212")), List.of()));
        assertEquals(List.of("Buurtbus in elke kern"), t.decisions().stream().map(d -> d.text()).toList());
    }

    @Test
    void aMotionTitledUnderItsRunningHeaderAboveItsKindLine() {
        Tags t = tag(Docs.of(DocKind.motion, List.of(
                p("Motie M 2026-04 – blad 1 van 2"),
                p("Motienummer M 2026-04"),
                h(null, "Veilige fietsroutes naar school", 1),
                p("Motie vreemd aan de orde van de dag"),
                p("Provinciale Staten van Zeewolde, in vergadering bijeen op 4 maart 2026,"),
                p("Verzoeken het college van Gedeputeerde Staten:"),
                li("1.", "de oversteken in 2027 veilig te maken,"),
                p("VERWORPEN")), List.of()));
        assertEquals(List.of("Veilige fietsroutes naar school"), t.decisions().stream().map(d -> d.text()).toList(),
                t.decisions()::toString);
    }

    @Test
    void aStampGivingTheDayOfTheVoteIsTheMotionsOutcome() {
        List<Block> blocks = new ArrayList<>(MOTION);
        blocks.add(p("Aangenomen op 4 maart 2026"));
        Tags t = tag(Docs.of(DocKind.motion, blocks, List.of()));
        assertEquals(List.of(Outcome.adopted), t.decisions().stream().map(d -> d.outcome()).toList(), t.decisions()::toString);
        assertEquals("Aangenomen", t.decisions().get(0).outcomeText());
    }

    @Test
    void aParliamentaryMotionsRequestParagraphsAreActions() {
        Tags t = tag(Docs.of(DocKind.motion, List.of(
                p("36 123 Regels over de waterkwaliteit"),
                p("Nr. 17 MOTIE VAN HET LID JANSEN"),
                p("De Kamer,"),
                p("gehoord de beraadslaging,"),
                p("overwegende dat veel sloten te veel mest bevatten;"),
                p("verzoekt de regering, om met de waterschappen een meetnet op te zetten en de Kamer jaarlijks te informeren;"),
                p("en gaat over tot de orde van de dag."),
                p("Jansen")), List.of()));
        assertEquals(1, t.actions().size(), t.actions()::toString);
        assertEquals("de regering", t.actions().get(0).actor());
        assertTrue(t.actions().get(0).text().startsWith("verzoekt de regering, om met de waterschappen"));
        Motion m = t.motions().get(0);
        assertEquals("36 123, nr. 17", m.number());
        assertEquals(List.of("JANSEN"), m.submitters());

        Tags closing = tag(Docs.of(DocKind.motion, List.of(
                p("Nr. 18 MOTIE VAN HET LID DE GROOT"),
                p("De Kamer,"),
                p("verzoekt de regering, een plan voor het behoud van vrijwilligers op te stellen, en gaat over tot de orde van de dag.")),
                List.of()));
        assertEquals("verzoekt de regering, een plan voor het behoud van vrijwilligers op te stellen", closing.actions().get(0).text(),
                "the closing formula on the request's own line is no part of it");
    }

    @Test
    void anAdoptedAmendmentsClausesAreDecisionsAndItsChangeLineIsNot() {
        Tags t = tag(Docs.of(DocKind.amendment, List.of(
                p("Amendement: Speeltuin in elke wijk"),
                p("Indiener: Piet Bakker (CDA)"),
                p("De raad van de gemeente Vechtland, in vergadering bijeen op 4 maart 2026,"),
                p("Besluit om: beslispunt 4 toe te voegen:"),
                p("4. In elke wijk uiterlijk in 2028 een speeltuin aan te leggen; 5. hiervoor € 200.000 te reserveren."),
                p("Toelichting"),
                p("Kinderen moeten dichtbij huis kunnen spelen, zo vindt de fractie."),
                p("Piet Bakker"),
                p("CDA"),
                p("Uitslag stemming: aangenomen")), List.of()));
        assertEquals(2, t.decisions().size(), t.decisions()::toString);
        assertEquals("In elke wijk uiterlijk in 2028 een speeltuin aan te leggen;", t.decisions().get(0).text());
        assertEquals("hiervoor € 200.000 te reserveren.", t.decisions().get(1).text());
        assertEquals(Outcome.adopted, t.decisions().get(0).outcome());
        assertEquals(List.of("CDA"), t.motions().get(0).parties());
        assertEquals(DocKind.amendment, t.motions().get(0).kind());
    }

    @Test
    void aShortStampLineAdoptsAnAmendmentAndItsLeadInLineIsNoClause() {
        Tags t = tag(Docs.of(DocKind.amendment, List.of(
                p("Amendement"),
                p("De raad van de gemeente Vechtland, in vergadering bijeen op 2 november 2026, besluit het raadsbesluit als volgt te wijzigen:"),
                p("Aan het besluit wordt een nieuw beslispunt toegevoegd:"),
                li("4.", "4. € 150.000 uit de algemene reserve beschikbaar te stellen voor de bibliotheek."),
                p("Toelichting"),
                p("De bibliotheek is nu drie dagen per week open."),
                p("Aangenomen in de vergadering van 2 november 2026 Stemmen voor: 24, stemmen tegen: 13")), List.of()));
        assertEquals(1, t.decisions().size(), t.decisions()::toString);
        assertEquals("€ 150.000 uit de algemene reserve beschikbaar te stellen voor de bibliotheek.", t.decisions().get(0).text());
        assertEquals(Outcome.adopted, t.decisions().get(0).outcome());
    }

    @Test
    void aListedChangeNamingAPartOfADictumClauseLeadsInAndIsNoClauseOfItsOwn() {
        Tags t = tag(Docs.of(DocKind.amendment, List.of(
                p("Amendement: Groen bij de haven"),
                p("De raad van de gemeente Vechtland, in vergadering bijeen op 9 april 2026, ter bespreking van het voorstel inzake het havenplan,"),
                p("Besluit:"),
                li("●", "Dictum II. b. als volgt te wijzigen:"),
                li("o", "bij de herinrichting van de haven ten minste twintig bomen te planten;"),
                p("Toelichting"),
                p("De kade is nu vrijwel zonder schaduw."),
                p("Aangenomen")), List.of()));
        assertEquals(1, t.decisions().size(), t.decisions()::toString);
        assertEquals("bij de herinrichting van de haven ten minste twintig bomen te planten;", t.decisions().get(0).text());
    }

    @Test
    void anUnstampedAmendmentProposesAndDecidesNothing() {
        Tags t = tag(Docs.of(DocKind.amendment, List.of(
                p("Amendement: Speeltuin in elke wijk"),
                p("Besluit om: beslispunt 4 toe te voegen:"),
                p("4. In elke wijk uiterlijk in 2028 een speeltuin aan te leggen."),
                p("Uitslag stemming:")), List.of()));
        assertTrue(t.decisions().isEmpty(), t.decisions()::toString);
        assertTrue(t.actions().isEmpty(), t.actions()::toString);
        assertNull(t.motions().get(0).outcome());
    }

    @Test
    void aSubmitterLabelAloneOnItsLineTakesTheNextLineAsItsValue() {
        Motion m = tag(Docs.of(DocKind.motion, List.of(
                p("Motie: Schaduw op het schoolplein"),
                p("De raad van de gemeente Vechtland, in vergadering bijeen op 4 maart 2026,"),
                p("verzoekt het college in 2027 op elk schoolplein bomen te planten,"),
                p("en gaat over tot de orde van de dag."),
                p("Ingediend door:"),
                p("ChristenUnie, P. Smeets")), List.of())).motions().get(0);
        assertEquals(List.of("P. Smeets"), m.submitters());
        assertTrue(m.parties().contains("ChristenUnie"), m.parties()::toString);
    }

    @Test
    void theOutcomesPrintedSideBySideOnTheFormAreNoStamp() {
        List<Block> blocks = new ArrayList<>(MOTION);
        blocks.add(p("Aangenomen / Verworpen"));
        Tags t = tag(Docs.of(DocKind.motion, blocks, List.of()));
        assertTrue(t.decisions().isEmpty(), t.decisions()::toString);
        assertNull(t.motions().get(0).outcome());
        assertEquals(2, t.actions().size(), "an unvoted motion still asks");
        blocks.set(blocks.size() - 1, p("Uitslag stemming: aangenomen/verworpen/ingetrokken"));
        assertNull(tag(Docs.of(DocKind.motion, blocks, List.of())).motions().get(0).outcome());
        blocks.set(blocks.size() - 1, p("Uitslag stemming: verworpen met 12 stemmen voor"));
        assertEquals(Outcome.rejected, tag(Docs.of(DocKind.motion, blocks, List.of())).motions().get(0).outcome());
    }

    @Test
    void aRequestGoingStraightOnWithWhatIsAskedIsAnActionAndTheDatedLineIsNoSubmitter() {
        Tags t = tag(Docs.of(DocKind.motion, List.of(
                p("36 480 Natuurbeheer"),
                p("Nr. 23 MOTIE VAN DE LEDEN DE GROOT EN VAN DAM Voorgesteld 11 maart 2026"),
                p("De Kamer, gehoord de beraadslaging,"),
                p("overwegende dat het aantal boswachters al jaren daalt;"),
                p("verzoekt de regering de mogelijkheden te onderzoeken om met de provincies een opleiding tot boswachter te starten;"),
                p("verzoekt de minister van Landbouw uiterlijk in het najaar een plan naar de Kamer te sturen,"),
                p("en gaat over tot de orde van de dag."),
                p("De Groot Van Dam")), List.of()));
        assertEquals(2, t.actions().size(), t.actions()::toString);
        assertEquals("de regering", t.actions().get(0).actor());
        assertEquals("de minister van Landbouw", t.actions().get(1).actor(), "the party's name is read whole");
        Motion m = t.motions().get(0);
        assertEquals(List.of("DE GROOT", "VAN DAM"), m.submitters());
        assertEquals("Nr. 23 MOTIE VAN DE LEDEN DE GROOT EN VAN DAM", m.title());
    }

    @Test
    void aStampThatComesLastOnItsPageIsNoClauseAndTheClausesGoOnOverleaf() {
        Tags t = tag(Docs.of(DocKind.amendment, List.of(
                p("Amendement A2"),
                p("Speelplek aan de Dorpsweg"),
                p("De raad van de gemeente Vechtland, in vergadering bijeen op 6 maart 2031, besluit het ontwerpbesluit als volgt te wijzigen:"),
                li("1.", "1. Aan beslispunt 1 wordt toegevoegd: “met dien verstande dat de speelplek blijft”."),
                li("2.", "2. Er wordt een beslispunt 4 toegevoegd: “de kosten van € 20.000 te dekken uit de reserve”."),
                p("AANGENO MEN in de openbare raadsvergadering van 6 maart 2031"),
                p("Stemmen: 20 voor, 9 tegen"),
                p("De griffier, J. de Boer"),
                Block.listItem("3. Er wordt een beslispunt 5 toegevoegd: “het college op te dragen de buurt te betrekken”.", 2, 1, "3."),
                p("Toelichting"),
                p("De speelplek is de enige in het dorp.")), List.of()));
        assertEquals(3, t.decisions().size(), t.decisions()::toString);
        assertTrue(t.decisions().get(2).text().startsWith("Er wordt een beslispunt 5 toegevoegd"), t.decisions()::toString);
        assertEquals(Outcome.adopted, t.decisions().get(0).outcome());
        assertEquals("AANGENOMEN in de openbare raadsvergadering van 6 maart 2031", OutcomeStamp.joined("AANGENO MEN in de openbare raadsvergadering van 6 maart 2031"));
        assertEquals("GS MEN in de vergadering", OutcomeStamp.joined("GS MEN in de vergadering"), "only an outcome word is put together");
    }

    @Test
    void theSignatoriesTableAfterTheClosingFormulaIsNoRequest() {
        List<Block> blocks = new ArrayList<>(List.of(
                p("Motie: Veilige fietsroutes naar school"),
                p("Provinciale Staten van Vechtland, in vergadering bijeen op 2 juni 2026,"),
                p("verzoeken Gedeputeerde Staten"),
                li("1.", "1. voor 1 december 2026 een plan voor veilige fietsroutes voor te leggen;"),
                li("2.", "2. Provinciale Staten jaarlijks over de uitvoering te informeren, en gaan over tot de orde van de dag.")));
        blocks.add(Block.table(new Table("t1", null, 1, 1, List.of(
                List.of(Cell.of("Indiener"), Cell.of("Fractie")),
                List.of(Cell.of("P. de Boer"), Cell.of("Groen Vechtland")),
                List.of(Cell.of("J. Aydin"), Cell.of("Vechtland Sociaal"))), 1, null, false)));
        Tags t = tag(Docs.of(DocKind.motion, blocks, List.of()));
        assertEquals(2, t.actions().size(), t.actions()::toString);
    }

    @Test
    void aRotatedStampsDateOnTheLineBelowItsWordStillDecides() {
        List<Block> blocks = new ArrayList<>(MOTION);
        blocks.add(p("VERWO RPEN in de vergad ering van PS d.d. 12-03-"));
        blocks.add(p("2026 voor 1 9 – te gen 24"));
        Tags t = tag(Docs.of(DocKind.motion, blocks, List.of()));
        assertEquals(List.of(Outcome.rejected), t.decisions().stream().map(d -> d.outcome()).toList(), t.decisions()::toString);
    }

    @Test
    void anAdoptedAmendmentsQuotedClauseOrderingTheCollegeIsItsTask() {
        Tags t = tag(Docs.of(DocKind.amendment, List.of(
                p("Amendement: Jongerenwerk in elke wijk"),
                p("De raad van de gemeente Vechtland, in vergadering bijeen op 4 maart 2026,"),
                p("besluit het ontwerpbesluit als volgt te wijzigen:"),
                li("1.", "1. Na beslispunt 3 wordt een nieuw beslispunt 4 toegevoegd, luidende:"),
                p("‘4. het college op te dragen in de begroting 2027 een voorstel op te nemen voor de dekking van het jongerenwerk.’"),
                p("Uitslag stemming: aangenomen")), List.of()));
        assertEquals(List.of("het college"), t.actions().stream().map(a -> a.actor()).toList(), t.actions()::toString);
    }

    @Test
    void aRunningLineNamingOnlyTheNumberAndTheCouncilIsNoTitle() {
        Tags t = tag(Docs.of(DocKind.motion, List.of(
                p("Motie M26-04 \u2013 Provinciale Staten van Lauwerland"),
                p("Statenvergadering 11 maart 2026"),
                p("Motie: Snelfietspad langs de Lauwe"),
                p("Provinciale Staten van Lauwerland, in vergadering bijeen op 11 maart 2026,"),
                p("Verzoeken Gedeputeerde Staten,"),
                li("\u2022", "voor 1 juli 2026 een trac\u00e9studie te laten uitvoeren;"),
                p("En gaan over tot de orde van de dag.")), List.of()));
        assertEquals("Motie: Snelfietspad langs de Lauwe", t.motions().get(0).title());
    }

    @Test
    void aKindLineWithOnlyItsNumberTakesTheSubjectOfTheGridUnderIt() {
        Table grid = new Table("t1", null, 1, 1, List.of(
                List.of(Cell.of("Onderwerp"), Cell.of("Behoud zwembad Oosterwijk")),
                List.of(Cell.of("Ingediend door"), Cell.of("Dorpsbelangen, SP"))), 0, null, false);
        Tags t = tag(Docs.of(DocKind.amendment, List.of(
                p("VERWORPEN in de raadsvergadering van 5 maart 2026"),
                p("AMENDEMENT A4"),
                Block.table(grid),
                p("De raad van de gemeente Zeeweide, in vergadering bijeen op 5 maart 2026, besluit het ontwerpbesluit als volgt"
                        + " te wijzigen: beslispunt 3 te schrappen.")), List.of()));
        assertEquals("AMENDEMENT A4 Behoud zwembad Oosterwijk", t.motions().get(0).title());
    }
}
