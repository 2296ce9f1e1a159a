package nl.gremium.tag;

import static nl.gremium.tag.Docs.li;
import static nl.gremium.tag.Docs.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.Decision;
import nl.gremium.model.DocKind;
import nl.gremium.model.Outcome;
import nl.gremium.model.Tags;
import org.junit.jupiter.api.Test;

class DictumTaggerTest {

    private static final List<Block> PROPOSAL = List.of(
            p("Voorstel van het college inzake renovatie zwembad De Plas"),
            p("Het zwembad is dertig jaar oud en moet worden gerenoveerd."),
            p("Alles afwegend stelt het college de gemeenteraad voor het volgende besluit te nemen:"),
            p("de gemeenteraad van Vechtland, gezien het voorstel van het college van 3 februari 2026, besluit:"),
            p("I. in te stemmen met de renovatie van zwembad De Plas voor een bedrag van € 4,2 miljoen;"),
            p("II. het college op te dragen de raad halfjaarlijks over de voortgang te"),
            p("informeren;"),
            p("III. de kapitaallasten te dekken uit de reserve sportvoorzieningen."));

    private static Tags tag(List<Block> blocks) {
        return new DocumentTagger().tag(Docs.of(DocKind.proposal, blocks, List.of()));
    }

    /** The proposal above with these lines after its dictum (a stamp, signatures). */
    private static Tags proposalWith(String... lines) {
        List<Block> blocks = new ArrayList<>(PROPOSAL);
        for (String line : lines) {
            blocks.add(p(line));
        }
        return tag(blocks);
    }

    @Test
    void aClauseNumberStandingBeforeItsLetteredClausesIsNoClauseOfItsOwn() {
        Tags t = tag(List.of(p("de gemeenteraad van Vechtland, gezien het voorstel van het college van 3 februari 2026, besluit:"),
                li("I.", "I. het bestemmingsplan Oeverzone vast te stellen;"),
                li("II.", "II. a. dat bij het bestemmingsplan geen exploitatieplan wordt vastgesteld;"),
                li("b.", "b. dat de kosten worden verhaald via een overeenkomst."),
                p("Aldus besloten in de openbare raadsvergadering van 12 maart 2026.")));
        assertEquals(List.of("het bestemmingsplan Oeverzone vast te stellen;",
                        "dat bij het bestemmingsplan geen exploitatieplan wordt vastgesteld;",
                        "dat de kosten worden verhaald via een overeenkomst."),
                t.decisions().stream().map(Decision::text).toList());
    }

    @Test
    void anAdoptedRaadsbesluitHasOneDecisionPerClause() {
        Tags t = proposalWith("Aldus besloten in de openbare raadsvergadering van 12 maart 2026.", "De griffier, De voorzitter,");
        assertEquals(3, t.decisions().size(), t.decisions()::toString);
        assertEquals("in te stemmen met de renovatie van zwembad De Plas voor een bedrag van € 4,2 miljoen;",
                t.decisions().get(0).text());
        assertEquals("het college op te dragen de raad halfjaarlijks over de voortgang te informeren;", t.decisions().get(1).text());
        // the council's adoption stamp ("Aldus besloten …") is the printed outcome of its clauses
        assertEquals(Outcome.adopted, t.decisions().get(0).outcome());
        assertEquals("besloten", t.decisions().get(0).outcomeText());
        assertTrue(t.actions().stream().anyMatch(a -> "het college".equals(a.actor())
                && a.text().startsWith("het college op te dragen")), t.actions()::toString);
    }

    @Test
    void aShortClauseTheProposalPrintedWordForWordIsStillDecided() {
        Tags t = tag(List.of(
                new Block(BlockType.PARAGRAPH, "Het college stelt de raad voor:", 1, null, null, null),
                new Block(BlockType.LIST_ITEM, "1. het speelruimteplan 2034 vast te stellen;", 1, 1, "1.", null),
                new Block(BlockType.LIST_ITEM, "2. een krediet van € 90.000 beschikbaar te stellen voor twee nieuwe speelplekken in de wijk Oost.", 1, 1,
                        "2.", null),
                new Block(BlockType.PARAGRAPH, "De raad van de gemeente Vechtland, gezien het voorstel van het college, besluit:", 3, null, null, null),
                new Block(BlockType.LIST_ITEM, "1. het speelruimteplan 2034 vast te stellen;", 3, 1, "1.", null),
                new Block(BlockType.LIST_ITEM, "2. een krediet van € 90.000 beschikbaar te stellen voor twee nieuwe speelplekken in de wijk Oost.", 3, 1,
                        "2.", null),
                new Block(BlockType.PARAGRAPH, "Aldus besloten in de openbare raadsvergadering van 12 maart 2034.", 3, null, null, null)));
        assertEquals(List.of("het speelruimteplan 2034 vast te stellen;",
                "een krediet van € 90.000 beschikbaar te stellen voor twee nieuwe speelplekken in de wijk Oost."),
                t.decisions().stream().map(Decision::text).toList());
    }

    @Test
    void anArticlesHeadingPrintedTwiceIsNoRunningHeaderAndEndsTheDictum() {
        Tags t = tag(List.of(
                new Block(BlockType.PARAGRAPH, "Samenvatting", 1, null, null, null),
                new Block(BlockType.HEADING, "Artikel 1 Werkgroepen", 1, 1, null, null),
                new Block(BlockType.PARAGRAPH, "Het presidium stelt voor twee werkgroepen in te stellen.", 1, null, null, null),
                new Block(BlockType.PARAGRAPH, "Elke fractie levert een lid voor elke werkgroep.", 1, null, null, null),
                new Block(BlockType.PARAGRAPH, "De griffie ondersteunt beide werkgroepen.", 1, null, null, null),
                new Block(BlockType.PARAGRAPH, "De werkgroepen bereiden de begroting en de woonvisie voor.", 2, null, null, null),
                new Block(BlockType.PARAGRAPH, "Zij rapporteren twee keer per jaar aan de raad.", 2, null, null, null),
                new Block(BlockType.PARAGRAPH, "Het presidium legt de raad daarom dit besluit voor:", 2, null, null, null),
                new Block(BlockType.PARAGRAPH, "De raad van de gemeente Vechtland, gelet op artikel 82 van de Gemeentewet,", 2, null, null, null),
                new Block(BlockType.PARAGRAPH, "Besluit: vast te stellen de Verordening werkgroepen 2034", 2, null, null, null),
                new Block(BlockType.PARAGRAPH, "Artikel 1 Werkgroepen", 2, null, null, null),
                new Block(BlockType.LIST_ITEM, "1. de werkgroep Financiën;", 2, 1, "1.", null),
                new Block(BlockType.LIST_ITEM, "2. de werkgroep Wonen.", 2, 1, "2.", null),
                new Block(BlockType.PARAGRAPH, "Aldus besloten in de openbare raadsvergadering van 12 maart 2034.", 3, null, null, null)));
        assertEquals(List.of("vast te stellen de Verordening werkgroepen 2034"), t.decisions().stream().map(Decision::text).toList());
    }

    @Test
    void aDateWrappedOntoALineOfItsOwnIsNoClauseNumber() {
        Tags t = tag(List.of(
                p("de gemeenteraad van Vechtland, gezien het voorstel van het college van 3 februari 2026, besluit:"),
                p("I. tot herziening van de volgende plannen:"),
                li("-", "- Bestemmingsplan Haven, vastgesteld bij raadsbesluit 87, d.d."),
                p("20 december 2018;"),
                p("II. het bestemmingsplan Haven 2026 vast te stellen."),
                p("Aldus besloten in de openbare raadsvergadering van 12 maart 2026.")));
        assertTrue(t.decisions().stream().noneMatch(d -> d.text().startsWith("december")), t.decisions()::toString);
        assertTrue(t.decisions().stream().anyMatch(d -> d.text().equals("het bestemmingsplan Haven 2026 vast te stellen.")),
                t.decisions()::toString);
    }

    @Test
    void aBoardsDatedRecordThatItDecidedAsProposedAdoptsTheProposedClauses() {
        Tags t = tag(List.of(
                p("Voorstel aan het algemeen bestuur"),
                p("Het dagelijks bestuur stelt het algemeen bestuur voor:"),
                li("1.", "een krediet van € 3,1 miljoen beschikbaar te stellen voor de vervanging van gemaal De Vliet;"),
                li("2.", "kennis te nemen van de planning."),
                p("Toelichting"),
                p("Het gemaal is vijftig jaar oud."),
                p("Besluit"),
                p("Het algemeen bestuur heeft in zijn vergadering van 4 november 2027 besloten overeenkomstig het voorstel.")));
        assertEquals(List.of("een krediet van € 3,1 miljoen beschikbaar te stellen voor de vervanging van gemaal De Vliet;",
                "kennis te nemen van de planning."), t.decisions().stream().map(Decision::text).toList());
        assertEquals(Outcome.adopted, t.decisions().get(0).outcome());
        assertEquals("besloten overeenkomstig het voorstel", t.decisions().get(0).outcomeText());
        // undated, it is a form's blank and adopts nothing
        assertEquals(List.of(), tag(List.of(p("Het dagelijks bestuur stelt het algemeen bestuur voor:"),
                li("1.", "kennis te nemen van de planning."), p("Het algemeen bestuur heeft besloten overeenkomstig het voorstel."))).decisions());
    }

    @Test
    void anAmendedRaadsbesluitsStarredStampIsNoClause() {
        Tags t = proposalWith("*Aldus geamendeerd besloten in de openbare raadsvergadering van 12 maart 2026.");
        assertEquals(3, t.decisions().size(), t.decisions()::toString);
        assertEquals(Outcome.adopted_amended, t.decisions().get(2).outcome());
    }

    @Test
    void theOpeningMayRunOnSemicolonsAsMostCouncilsPrintIt() {
        Tags t = tag(List.of(
                p("Raadsbesluit"),
                p("De raad van de gemeente Vechtland; gelezen het voorstel van burgemeester en wethouders van 3 februari 2026; "
                        + "gelet op artikel 189 van de Gemeentewet; besluit:"),
                li("1.", "1. een krediet van € 800.000 beschikbaar te stellen voor de brug over de Vecht;"),
                li("2.", "2. de begrotingswijziging vast te stellen."),
                p("Aldus besloten in de openbare raadsvergadering van 12 maart 2026.")));
        assertEquals(2, t.decisions().size(), t.decisions()::toString);
        assertEquals("de begrotingswijziging vast te stellen.", t.decisions().get(1).text());
    }

    @Test
    void anUnadoptedProposalsDictumIsNoDecision() {
        assertTrue(tag(PROPOSAL).decisions().isEmpty());
        assertTrue(proposalWith("Aldus besloten in de openbare raadsvergadering van [datum].").decisions().isEmpty(),
                "an undated stamp is a template");
        for (String stamp : List.of("Aldus besloten in de openbare vergadering van ........................ 2026.",
                "Aldus besloten in de openbare raadsvergadering van ……… 2026.", "Aldus besloten in de openbare vergadering van [datum] 2026.")) {
            assertTrue(proposalWith(stamp).decisions().isEmpty(), "the year printed beside the open day makes no date: " + stamp);
        }
    }

    @Test
    void aRejectedProposalIsOneDecision() {
        Tags t = proposalWith("Aldus verworpen in de openbare raadsvergadering van 12 maart 2026.");
        assertEquals(1, t.decisions().size(), t.decisions()::toString);
        assertEquals(Outcome.rejected, t.decisions().get(0).outcome());
    }

    @Test
    void anExecutivesOwnDictumIsItsDecisionWithoutStamp() {
        Tags t = tag(List.of(
                p("Nota aan Gedeputeerde Staten"),
                p("Voorstel"),
                p("Het college besluit: 1 De subsidie aan Stichting Vechtoever vast te stellen op € 80.000."),
                li("2", "De gedeputeerde te mandateren de beschikking te ondertekenen."),
                p("Argumenten"),
                p("De stichting heeft haar verantwoording op tijd ingediend.")));
        assertEquals(2, t.decisions().size(), t.decisions()::toString);
        assertEquals("De subsidie aan Stichting Vechtoever vast te stellen op € 80.000.", t.decisions().get(0).text());
        assertTrue(t.actions().stream().anyMatch(a -> "De gedeputeerde".equals(a.actor())), t.actions()::toString);
    }

    @Test
    void aProposedCollegeDecisionIsNoDecision() {
        Tags t = tag(List.of(
                p("Collegevoorstel"),
                p("Het college wordt voorgesteld te besluiten:"),
                p("Het college besluit: 1. de nota vast te stellen.")));
        assertTrue(t.decisions().isEmpty(), t.decisions()::toString);
    }
}
