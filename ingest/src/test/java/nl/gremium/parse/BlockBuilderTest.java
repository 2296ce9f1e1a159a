package nl.gremium.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.tables.ItemLabels;
import nl.gremium.tables.PrintSizes;
import nl.gremium.text.BlockText;
import nl.gremium.text.PageFurniture;
import org.junit.jupiter.api.Test;

/** The layout heuristics on PDF-like paragraphs (lines as Tika prints them), without Tika. */
class BlockBuilderTest {

    private static List<Block> pdf(String... paragraphs) {
        int page = 1;
        List<RawBlock> raws = new ArrayList<>();
        for (String p : paragraphs) {
            if (p.equals("<page>")) {
                page++;
            } else {
                raws.add(new RawBlock(RawBlock.Kind.PARAGRAPH, p, page, 0, null, null));
            }
        }
        return new BlockBuilder(true, List.of(), false, PrintSizes.NONE, ItemLabels.NONE).build(raws);
    }

    private static String shape(List<Block> blocks) {
        StringBuilder s = new StringBuilder();
        for (Block b : blocks) {
            s.append(b.page()).append(' ').append(b.type().name().charAt(0))
                    .append(b.number() == null ? "" : "[" + b.number() + "]").append(' ').append(b.text()).append('\n');
        }
        return s.toString();
    }

    @Test
    void headingLineAboveTextIsSplitOffWithItsNumber() {
        assertEquals("""
                1 H[1] 1. Algemeen
                1 H[1.1] 1.1. Opening
                1 H[2] 2. Verslag vergadering 14 mei 2026
                1 P Het bestuur stelt het verslag ongewijzigd vast.
                """, shape(pdf("1. Algemeen\n1.1. Opening",
                "2. Verslag vergadering 14 mei 2026\nHet bestuur stelt het verslag ongewijzigd vast.")));
    }

    @Test
    void aLetteredItemAfterItsPredecessorStartsANewItemAlsoWhenThatOneWrapped() {
        assertEquals("""
                1 L[a.] a. Zienswijze op de begroting 2027 van de Regionale Uitvoeringsdienst (raadsvoorstel 2026- 041)
                1 L[b.] b. Wijziging Verordening op de raadscommissies 2026
                """, shape(pdf("a. Zienswijze op de begroting 2027 van de Regionale Uitvoeringsdienst (raadsvoorstel 2026-\n041)"
                + "\nb. Wijziging Verordening op de raadscommissies 2026")));
    }

    @Test
    void aMotionsClauseLeadStartsAParagraphUnderAFieldThatRunsOn() {
        assertEquals("""
                1 P Onderwerp: veerpont Oudeweg – Nieuwland
                1 P constaterende dat:
                1 P de veerdienst per 1 juli stopt;
                """, shape(pdf("Onderwerp: veerpont Oudeweg – Nieuwland\nconstaterende dat:", "de veerdienst per 1 juli stopt;")));
    }

    @Test
    void numberedItemsRightUnderAFormFieldAreAListOfTheirOwn() {
        assertEquals("""
                1 P Locatie: raadzaal, gemeentehuis
                1 L[1.] 1. Opening
                1 L[2.] 2. Vaststelling van de agenda
                1 L[3.] 3. Voorstel tot vaststelling van de jaarrekening 2027 van de
                """, shape(pdf("Locatie: raadzaal, gemeentehuis\n1. Opening\n2. Vaststelling van de agenda\n"
                + "3. Voorstel tot vaststelling van de jaarrekening 2027 van de")));
        // a wrapped item's second line that happens to start with the next number stays with it
        assertEquals("""
                1 P Kosten: zie de begroting
                1 L[1.] 1. De kosten bedragen in totaal 2. 400 euro per jaar.
                """, shape(pdf("Kosten: zie de begroting\n1. De kosten bedragen in totaal\n2. 400 euro per jaar.")));
    }

    @Test
    void numberedItemsAfterAColonAreListItemsNotHeadings() {
        assertEquals("""
                1 P Het dagelijks bestuur wordt voorgesteld:
                1 L[1.] 1. In te stemmen met de tweede voortgangsrapportage 2026
                1 L[2.] 2. Het algemeen bestuur voor te stellen de rapportage vast te stellen.
                1 H[4] 4. Conclusies en aanbevelingen
                """, shape(pdf("Het dagelijks bestuur wordt voorgesteld:",
                "1. In te stemmen met de tweede voortgangsrapportage 2026",
                "2. Het algemeen bestuur voor te stellen de rapportage vast te stellen.",
                "4. Conclusies en aanbevelingen")));
    }

    @Test
    void itemsAfterALeadInsColonOrAnItemsSemicolonAreListItemsInOneParagraph() {
        assertEquals("""
                1 P Zonder stemming worden de volgende voorstellen aangenomen:
                1 L[a.] a. Statenvoorstel 2027-11, Zienswijze begroting 2028 van de omgevingsdienst;
                1 L[b.] b. Statenvoorstel 2027-12, Benoeming van een lid van de auditcommissie.
                """, shape(pdf("Zonder stemming worden de volgende voorstellen aangenomen:\na. Statenvoorstel 2027-11, Zienswijze "
                + "begroting 2028 van de\nomgevingsdienst;\nb. Statenvoorstel 2027-12, Benoeming van een lid van de auditcommissie.")));
    }

    @Test
    void recommendationsNumberedWithALetterAfterTheNumberAreListItems() {
        String out = shape(pdf("Aan de raad", "1a. Vraag het college om het bereik van de hulp in de begroting op te nemen.",
                "1b. Betrek de doelen bij het nieuwe beleidsplan.", "Aan het college",
                "2. Leg bij huishoudens met een huurachterstand altijd een huisbezoek af."));
        assertTrue(out.contains("L[1a.] 1a. Vraag het college"), out);
        assertTrue(out.contains("L[1b.] 1b. Betrek de doelen"), out);
    }

    @Test
    void hyphenatedLineBreaksKeepTheHyphenAndWrappedItemsStayWhole() {
        List<Block> blocks = pdf("- In te stemmen met het overhevelen van de niet bestede BDuR-\ngelden naar de reserve en"
                + "\nhet overschot terug te betalen.\n- Noord- en\nOost-Gelderland blijven apart.");
        assertEquals(2, blocks.size());
        assertEquals("- In te stemmen met het overhevelen van de niet bestede BDuR-gelden naar de reserve en "
                + "het overschot terug te betalen.", blocks.get(0).text());
        assertEquals("- Noord- en Oost-Gelderland blijven apart.", blocks.get(1).text());
        assertEquals(BlockType.LIST_ITEM, blocks.get(1).type());
    }

    @Test
    void furnitureNeverEntersASentenceThatContinuesOnTheNextPage() {
        assertEquals("""
                1 P De prognose voor het meerjarig kader is als volgt vastgesteld door het ministerie.
                1 P Pagina 1 van 2
                2 P -Concept-
                2 H[5.2] 5.2. Begroting
                """, shape(pdf("De prognose voor het meerjarig kader is\nPagina 1 van 2", "<page>",
                "-Concept-", "als volgt vastgesteld door het ministerie.", "5.2. Begroting")));
    }

    @Test
    void aSentenceCutAfterAConjunctionGoesOnInTheNextParagraphEvenWithACapital() {
        assertEquals("""
                1 P Omdat het tekort overal speelt, beveelt de inspectie de minister van Justitie en Veiligheid aan om afspraken te maken.
                1 P Postbus 20,
                1 P Den Haag
                """, shape(pdf("Omdat het tekort overal speelt, beveelt de inspectie de minister van Justitie en",
                "Veiligheid aan om afspraken te maken.", "Postbus 20,", "Den Haag")));
    }

    @Test
    void aSentenceCutBeforeItsDateGoesOnInTheNextParagraph() {
        assertEquals("""
                1 P Ik zeg toe dat het college de raad vóór 1 april 2030 een uitwerking toestuurt.
                1 P De voorzitter: dan gaan we stemmen.
                """, shape(pdf("Ik zeg toe dat het college de raad vóór", "1 april 2030 een uitwerking toestuurt.",
                "De voorzitter: dan gaan we stemmen.")));
    }

    @Test
    void aSentenceGoesOnInABracketedLowerCaseWordButNotInALettersItem() {
        assertEquals("""
                1 P Wij doen twee nieuwe aanbevelingen. Aanbevelingen uit 2029 die (deels) niet zijn opgevolgd, komen hierin terug.
                1 P Wij vragen het bestuur het volgende
                1 P (a) de planning te delen;
                """, shape(pdf("Wij doen twee nieuwe aanbevelingen. Aanbevelingen uit 2029 die", "(deels) niet zijn opgevolgd, komen hierin terug.",
                "Wij vragen het bestuur het volgende", "(a) de planning te delen;")));
    }

    @Test
    void shortTitleAboveTextOrAListIsAHeadingButALabelIsNot() {
        List<Block> blocks = pdf(
                "Aan de minister en staatssecretaris van Justitie en Veiligheid\n- Geef in de agenda alsnog expliciet als kader aan dat",
                "Bespreking\nDe heer Snijders geeft aan dat de jaarrekening 2024 van de veiligheidsregio afsluit met een positief saldo.",
                "Datum: 9 juli 2025\nAanwezig: de burgemeesters van de elf gemeenten in de regio en de directeur.");
        assertEquals(List.of(BlockType.HEADING, BlockType.LIST_ITEM, BlockType.HEADING, BlockType.PARAGRAPH,
                BlockType.PARAGRAPH, BlockType.PARAGRAPH), blocks.stream().map(Block::type).toList());
    }

    @Test
    void formFieldLinesStaySeparate() {
        assertEquals(List.of("Aan: Dagelijks bestuur", "Van: M. de Vries, directeur", "Datum: 1 december 2025",
                        "De notitie beschrijft de voortgang van de actiepunten. Let op: de planning is krap."),
                pdf("Aan: Dagelijks bestuur\nVan: M. de Vries, directeur\nDatum: 1 december 2025",
                        "De notitie beschrijft de voortgang van de actiepunten. Let op:\nde planning is krap.").stream()
                        .map(Block::text).toList());
    }

    @Test
    void letteredItemNumbersStartHeadingsButOrdinalsDoNot() {
        List<Block> blocks = pdf("3. Hamerstukken\n3a. Raadsvoorstel aanpassing parkeertarieven\nBesluit: conform voorstel.",
                "2e kwartaal 2026 in cijfers\nDe cijfers over het tweede kwartaal volgen later.");
        assertEquals(Arrays.asList("3", "3a", null, null), blocks.stream().map(Block::number).toList());
        assertEquals(List.of(BlockType.HEADING, BlockType.HEADING, BlockType.PARAGRAPH, BlockType.PARAGRAPH),
                blocks.stream().map(Block::type).toList());
        assertEquals(2, blocks.get(1).level(), "a lettered item sits one level under its number");
        assertEquals("Besluit: conform voorstel.", blocks.get(2).text(), "the item's text is not part of its heading");
    }

    @Test
    void theClerksClosingFormulaIsAParagraphOfItsOwn() {
        List<Block> blocks = pdf("besluit:\n1. de verordening vast te stellen;\n2. de begroting te wijzigen.\n"
                + "Aldus besloten in de openbare vergadering van 12 maart 2026.\nDe griffier, De voorzitter,");
        assertEquals("2. de begroting te wijzigen.", blocks.get(2).text(), blocks.stream().map(Block::text).toList().toString());
        assertEquals("Aldus besloten in de openbare vergadering van 12 maart 2026. De griffier, De voorzitter,", blocks.get(3).text());
    }

    @Test
    void theLabelOfAnAnswerStandsAloneSoTheAnswerIsNotGluedToItsQuestion() {
        List<Block> blocks = pdf("Vraag 4\nKent het college de klachten van bewoners over de bus?\nAntwoord\n"
                + "Ja. Wij spreken de vervoerder hierover in maart aan.\nAntwoord 5:\nNee.");
        assertEquals(List.of("Kent het college de klachten van bewoners over de bus?", "Antwoord",
                "Ja. Wij spreken de vervoerder hierover in maart aan.", "Antwoord 5:", "Nee."),
                blocks.stream().map(Block::text).toList().subList(1, 6));
    }

    @Test
    void aLetterheadStackedUnderTheAddressGivesEachFieldAndThePlaceAndDateAParagraph() {
        List<Block> blocks = pdf("Aan het algemeen bestuur van de GGD Noord\nPostbus 77\n9400 AB Assen\nAssen, 4 maart 2026\n"
                + "Zaaknummer Z-2026-0413\nOnderwerp: jaarverslag\n2025 en zienswijze", "Geacht bestuur,",
                "Wij sturen u het verslag. De stukken liggen ter inzage; de\nDatum van de vergadering volgt later.");
        assertEquals(List.of("Aan het algemeen bestuur van de GGD Noord Postbus 77 9400 AB Assen", "Assen, 4 maart 2026",
                "Zaaknummer Z-2026-0413", "Onderwerp: jaarverslag 2025 en zienswijze", "Geacht bestuur,",
                "Wij sturen u het verslag. De stukken liggen ter inzage; de Datum van de vergadering volgt later."),
                blocks.stream().map(Block::text).toList(), blocks.stream().map(Block::text).toList().toString());
    }

    @Test
    void aMeetingRecordsDateFieldUnderItsTitleIsAParagraphOfItsOwn() {
        List<Block> blocks = pdf("Openbare besluitenlijst van het college\nVergaderdatum: dinsdag 13 oktober 2026\nLocatie: raadzaal");
        assertEquals(List.of("Openbare besluitenlijst van het college", "Vergaderdatum: dinsdag 13 oktober 2026", "Locatie: raadzaal"),
                blocks.stream().map(Block::text).toList(), blocks.stream().map(Block::text).toList().toString());
    }

    @Test
    void aDecisionLabelStartsAParagraphRightUnderAnItemTitle() {
        List<Block> blocks = pdf("2. Beantwoording vragen over de kermis\nBesluit: Conform advies.\nActie: de griffie plant een overleg.");
        assertEquals(List.of("Besluit: Conform advies.", "Actie: de griffie plant een overleg."),
                blocks.stream().map(Block::text).toList().subList(1, 3), blocks.stream().map(Block::text).toList().toString());
    }

    @Test
    void aReportsChaptersNumberedWithoutADotAreHeadingsButAPlainNumberedLineIsNot() {
        List<Block> blocks = pdf("1 Inleiding\nDe rekenkamer onderzocht het minimabeleid.\n2 Bereik van de regelingen\n"
                + "Veel inwoners kennen de regelingen niet.\n3 Aanbevelingen\nWij bevelen de raad aan het bereik te laten meten.\n"
                + "In 2026 ontvingen\n12 Inwoners een brief over de regeling.");
        assertEquals(Arrays.asList("1", "2", "3"), blocks.stream().filter(b -> b.type() == BlockType.HEADING).map(Block::number).toList(),
                blocks.stream().map(Block::text).toList().toString());
        assertEquals("Bereik van de regelingen", BlockText.withoutNumber(blocks.get(2)), "the chapter after the last one");
    }

    @Test
    void aChapterHeadingPrintedAsAParagraphOfItsOwnIsAHeadingToo() {
        List<Block> blocks = pdf("1 Inleiding", "De rekenkamer onderzocht het onderhoud van de bruggen.", "2 Bevindingen",
                "Bij vier bruggen is het onderhoud achterstallig.", "3 Reactie van het college",
                "Het college herkent het beeld.", "12 Bruggen", "zijn in 2025 geschouwd.");
        assertEquals(Arrays.asList("1", "2", "3"), blocks.stream().filter(b -> b.type() == BlockType.HEADING).map(Block::number).toList(),
                blocks.stream().map(Block::text).toList().toString());
    }

    @Test
    void aCoversPlaceAndMonthStandApartFromTheTitleAbove() {
        List<Block> blocks = pdf("Inspectie Zorg en Welzijn", "Toezicht op de wijkverpleging in de regio Kempenland\nEindhoven, juni 2026",
                "Samenvatting");
        assertEquals(List.of("Inspectie Zorg en Welzijn", "Toezicht op de wijkverpleging in de regio Kempenland", "Eindhoven, juni 2026",
                "Samenvatting"), blocks.stream().map(Block::text).toList());
    }

    @Test
    void aShortLeadInLineEndingInAColonStandsAlone() {
        List<Block> blocks = pdf("Op grond hiervan doen wij drie aanbevelingen.\nAan de raad:\n"
                + "1. Vraag het college om een jaarlijkse rapportage.\nAan het college:\n2. Leg het beleid vast.");
        assertEquals(List.of("Op grond hiervan doen wij drie aanbevelingen.", "Aan de raad:",
                "1. Vraag het college om een jaarlijkse rapportage.", "Aan het college:", "2. Leg het beleid vast."),
                blocks.stream().map(Block::text).toList());
    }

    @Test
    void anAmountOrNumberContinuesALineThatRunsOnButNotALabel() {
        List<Block> blocks = pdf("Het Rijk kent de gemeente voor de aanpak van laaggeletterdheid een bijdrage toe van",
                "€ 1,5 miljoen voor 2025 en 2026.", "Datum", "4 maart 2025");
        assertEquals(List.of("Het Rijk kent de gemeente voor de aanpak van laaggeletterdheid een bijdrage toe van "
                + "€ 1,5 miljoen voor 2025 en 2026.", "Datum", "4 maart 2025"), blocks.stream().map(Block::text).toList());
    }

    @Test
    void aLongLineCutBeforeItsYearGoesOnButAShortLineOrANumberedTitleDoesNot() {
        assertEquals("""
                1 P Besluit: het bestuur besluit de opdracht voor het onderhoud van de gemalen over de jaren 2027 tot en met 2030 te gunnen aan Firma Klei.
                1 P Planning
                1 P 2027 start de bouw.
                1 P De raad heeft het besluit over de nieuwe opzet van de begroting voor de jaren
                1 P 2028 Nieuwe opzet
                """, shape(pdf("Besluit: het bestuur besluit de opdracht voor het onderhoud van de gemalen over de jaren",
                "2027 tot en met 2030 te gunnen aan Firma Klei.", "Planning", "2027 start de bouw.",
                "De raad heeft het besluit over de nieuwe opzet van de begroting voor de jaren", "2028 Nieuwe opzet")));
    }

    @Test
    void aDictumsClausesNumberedInCapitalsAreItemsAndAClausesLastWordsGoOn() {
        assertEquals("""
                1 P Ik heb besloten:
                1 L[I.] I. aan uw gemeente een bijdrage te verlenen van ten hoogste € 40.000 voor het project ‘Plein van Oudeveen’;
                1 L[II.] II. de aanvraag af te wijzen voor zover die de grond betreft.
                1 P I. Jansen
                """, shape(pdf("Ik heb besloten:", "I. aan uw gemeente een bijdrage te verlenen van ten hoogste € 40.000 voor het project ‘Plein van",
                "Oudeveen’;", "II. de aanvraag af te wijzen voor zover die de grond betreft.", "I. Jansen")));
    }

    @Test
    void anAgendapuntLabelMakesTheLineAnItemHeading() {
        List<Block> blocks = pdf("Agendapunt 2 Vaststelling agenda\nConform vastgesteld.\nAgendapunt 3: Ingekomen stukken\n"
                + "De lijst wordt voor kennisgeving aangenomen.\nPunt 4 van de agenda vervalt.");
        assertEquals(Arrays.asList("2", null, "3", null), blocks.stream().map(Block::number).toList(),
                blocks.stream().map(Block::text).toList().toString());
        assertEquals(BlockType.HEADING, blocks.get(0).type(), "even when the heading is the longest line of its paragraph");
        assertEquals("Vaststelling agenda", BlockText.withoutNumber(blocks.get(0)));
        assertEquals("Ingekomen stukken", BlockText.withoutNumber(blocks.get(2)));
    }

    @Test
    void pageFurniturePatterns() {
        for (String s : List.of("Pagina 4 van 7", "-Concept-", "Kenmerk / vervolgblad 2 van 5", "12", "- 3 -",
                "Content overslaan", "Ga direct naar de inhoud", "Printversie", "Motie M 2026-04 – blad 2 van 3",
                "Jaarverslag 2026 | pagina 4 van 9", "Motie M2031-04 · pagina 1", "Adviesraad Noordstad • advies 2026-02 • 2/3")) {
            assertEquals(true, PageFurniture.is(s), s);
        }
        for (String s : List.of("Concept-collegevoorstel", "2025", "1. Opening", "Pagina's van het verslag",
                "Menukaart van de kantine", "De inhoud van het menu", "De raad leest blad 2 van 3 van de nota",
                "De raad leest de nota tot pagina 12", "Motie Groen Noordstad aangenomen – 21/14")) {
            assertEquals(false, PageFurniture.is(s), s);
        }
    }
}
