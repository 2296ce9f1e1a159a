package nl.gremium.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.gremium.model.Block;
import nl.gremium.model.SourceFile;
import nl.gremium.parse.ParsedFile;
import org.junit.jupiter.api.Test;

class BundleSplitterTest {
    private final BundleSplitter splitter = new BundleSplitter();

    /** A bundle of an agenda (p1), a two-page letter (p2–3), a three-page report (p4–6) and minutes (p7). */
    private static List<Block> bundle() {
        List<Block> b = new ArrayList<>();
        b.add(Block.heading("Agenda", 1, 1, null));
        b.add(Block.paragraph("Datum: 3 maart 2026", 1));
        b.add(Block.heading("Opening", 1, 2, "1."));
        b.add(Block.heading("Sluiting", 1, 2, "2."));
        b.add(Block.paragraph("Postbus 20011", 2));
        b.add(Block.paragraph("Kenmerk: 2026-0042", 2));
        b.add(Block.paragraph("Geachte voorzitter,", 2));
        b.add(Block.paragraph("Met deze brief informeer ik u over de uitkomsten van het overleg en de", 2));
        b.add(Block.paragraph("gevolgen daarvan voor de bijdrage van uw regio.", 3));
        b.add(Block.paragraph("Hoogachtend,", 3));
        b.add(Block.paragraph("De Minister van Justitie en Veiligheid", 3));
        b.add(Block.heading("Inleiding", 4, 1, null));
        b.add(Block.paragraph("Dit rapport beschrijft de oefeningen van het afgelopen jaar.", 4));
        b.add(Block.heading("Bevindingen", 5, 2, "2."));
        b.add(Block.paragraph("De regio oefent vaker dan voorheen.", 5));
        b.add(Block.heading("Bijlage 1 Overzicht oefeningen", 6, 1, null));
        b.add(Block.paragraph("Een lijst van alle oefeningen volgt hieronder.", 6));
        b.add(Block.heading("Verslag", 7, 1, null));
        b.add(Block.paragraph("Van: Dagelijks bestuur", 7));
        return b;
    }

    @Test
    void splitsAtTitlesLettersAndOpeningsAfterASignature() {
        List<Part> parts = splitter.split(bundle(), 7, null);
        assertEquals(List.of(1, 2, 4, 7), parts.stream().map(Part::pageStart).toList());
        assertEquals(List.of(1, 3, 6, 7), parts.stream().map(Part::pageEnd).toList());
        assertEquals("Geachte voorzitter,", parts.get(1).blocks().get(2).text());
    }

    @Test
    void aReportStartsAtItsCoverNotAtTheSummaryAfterIt() {
        List<Block> report = new ArrayList<>();
        report.add(Block.paragraph("Rekenkamer Oostland", 1));
        report.add(Block.paragraph("Zicht op subsidies", 1));
        report.add(Block.paragraph("Rapport, juni 2026", 1));
        report.add(Block.heading("Samenvatting", 3, 1, null)); // page 2: the blank inside of the cover
        report.add(Block.paragraph("De gemeente verstrekt jaarlijks subsidies aan ruim tweehonderd instellingen.", 3));
        assertEquals(List.of(1), splitter.split(report, 3, new boolean[] {false, false, true}).stream().map(Part::pageStart).toList(),
                "the cover is page 1: no split at the summary, not even in other fonts");

        List<Block> bundle = new ArrayList<>(bundle().subList(0, 11)); // agenda p1, letter p2–3
        report.forEach(b -> bundle.add(new Block(b.type(), b.text(), b.page() + 3, b.level(), b.number(), b.table(), null, List.of())));
        assertEquals(List.of(1, 2, 4), splitter.split(bundle, 6, null).stream().map(Part::pageStart).toList(),
                "in a bundle the report starts at its cover (page 4), not at its summary (page 6)");
    }

    @Test
    void fontChangeSplitsButNotAgainstAMidSentenceContinuation() {
        boolean[] fonts = new boolean[7];
        fonts[2] = true; // page 3 uses other fonts, yet begins mid-sentence
        fonts[4] = true; // page 5 uses other fonts and opens a section
        fonts[6] = true; // page 7 starts the minutes
        List<Integer> starts = splitter.split(bundle(), 7, fonts).stream().map(Part::pageStart).toList();
        // page 3: +3 fonts -4 mid-sentence; page 5: +3 fonts -2 outline continues at 2
        assertEquals(List.of(1, 2, 4, 7), starts);
        fonts[5] = true; // page 6 starts with an annex: +3 fonts -2 annex stays below the threshold
        assertEquals(List.of(1, 2, 4, 7), splitter.split(bundle(), 7, fonts).stream().map(Part::pageStart).toList());
    }

    @Test
    void aSpeechOpeningWithASalutationInMinutesStartsNoDocument() {
        List<Block> minutes = new ArrayList<>();
        minutes.add(Block.paragraph("Vergadering gemeenteraad Zeeweide gehouden op donderdag 4 september 2025", 1));
        minutes.add(Block.paragraph("De voorzitter opent de vergadering en geeft het woord aan de eerste inspreker.", 1));
        minutes.add(Block.paragraph("Geachte leden van de raad, beste inwoners op de tribune. Ik spreek hier namens de "
                + "bewonersvereniging van de Oosterkade, die al jaren vraagt om een veilige oversteek bij de school en "
                + "die nu hoopt dat u vandaag eindelijk besluit.", 2));
        minutes.add(Block.paragraph("De voorzitter. Dank u wel. Dan gaan we naar het volgende agendapunt.", 2));
        assertEquals(1, splitter.split(minutes, 2, null).size());
        // a speech typed into the minutes as sentences: "Geachte voorzitter. …" is a sentence, not a letter's line
        List<Block> typed = new ArrayList<>(minutes.subList(0, 2));
        typed.add(Block.paragraph("Geachte voorzitter en geachte leden. Allereerst dank aan alle insprekers.", 2));
        typed.add(Block.paragraph("Wij steunen het voorstel, maar vragen om een evaluatie na een jaar.", 2));
        assertEquals(1, splitter.split(typed, 2, null).size());
        List<Block> letter = new ArrayList<>(minutes.subList(0, 2));
        letter.add(Block.paragraph("Geachte leden van de raad,", 2));
        letter.add(Block.paragraph("Hierbij ontvangt u de jaarstukken van de gemeenschappelijke regeling.", 2));
        assertEquals(2, splitter.split(letter, 2, null).size(), "a letter's salutation line still starts a document");
    }

    @Test
    void aLetterQuotedInAReportsChapterStartsNoDocument() {
        List<Block> report = new ArrayList<>();
        report.add(Block.paragraph("Rekenkamer Dalveen | Wie helpt wie?", 1));
        report.add(Block.heading("2 Conclusies", 1, 1, "2"));
        report.add(Block.paragraph("De gemeente bereikt de helft van de huishoudens met schulden.", 1));
        report.add(Block.paragraph("Rekenkamer Dalveen | Wie helpt wie?", 2));
        report.add(Block.heading("3 Reactie van het college", 2, 1, "3"));
        report.add(Block.paragraph("Het college heeft op 2 mei gereageerd. Hieronder is de reactie opgenomen.", 2));
        report.add(Block.paragraph("Geachte rekenkamer,", 2));
        report.add(Block.paragraph("Wij danken u voor het onderzoek en nemen de aanbevelingen over.", 2));
        report.add(Block.paragraph("Met vriendelijke groet, burgemeester en wethouders van Dalveen", 2));
        assertEquals(1, splitter.split(report, 2, null).size(), splitter.score(report, 2, null).toString());
    }

    @Test
    void aMotionPastedIntoMinutesInItsOwnFontsStartsNoDocument() {
        List<Block> minutes = new ArrayList<>();
        minutes.add(Block.paragraph("1", 1));
        minutes.add(Block.paragraph("Vergadering gemeenteraad Zeeweide gehouden op donderdag 4 september 2025", 1));
        minutes.add(Block.paragraph("De voorzitter. Ik breng de motie van de heer Smit in stemming. Die luidt als volgt.", 1));
        minutes.add(Block.paragraph("De raad van de gemeente Zeeweide, in vergadering bijeen op 4 september 2025, ter bespreking van", 2));
        minutes.add(Block.paragraph("Raadsvoorstel Verkeersplan Oosterkade 2026.", 2));
        minutes.add(Block.paragraph("verzoekt het college de oversteek bij de school veilig te maken,", 2));
        minutes.add(Block.paragraph("De voorzitter. De motie is aangenomen.", 3));
        boolean[] fonts = {false, true, false};
        assertEquals(1, splitter.split(minutes, 3, fonts).size());
        List<Block> notes = new ArrayList<>(minutes);
        notes.set(1, Block.paragraph("Overzicht van de stemmingen in september", 1));
        assertEquals(2, splitter.split(notes, 3, fonts).size(), "outside minutes new fonts still start a document");
    }

    @Test
    void aScannedPageWhosePageNumberOcrMisreadContinuesItsLetter() {
        List<Block> letter = new ArrayList<>();
        letter.add(Block.paragraph("Geachte heer Jansen,", 1));
        letter.add(Block.paragraph("Op 3 maart 2026 heeft u verzocht om openbaarmaking van de verslagen.", 1));
        letter.add(Block.paragraph("Pagina 1 van 2", 1));
        letter.add(Block.heading("Wijze van openbaarmaking", 2, 1, null));
        letter.add(Block.paragraph("De documenten ontvangt u per e-mail.", 2));
        letter.add(Block.paragraph("Hoogachtend,", 2));
        letter.add(Block.paragraph("Pagina S van 6", 2)); // a scanned page (the letter's fifth): OCR read its 5 as S
        boolean[] fonts = {false, true}; // its text layer brings its own fonts: +3, and +1 for the heading
        assertEquals(1, splitter.split(letter, 2, fonts).size(), "the page count continues, also as OCR read it");
        letter.set(6, Block.paragraph("Pagina l van 6", 2));
        assertEquals(2, splitter.split(letter, 2, fonts).size(), "an OCR'd 'l van 6' is a restart like '1 van 6'");
    }

    @Test
    void aPageThatPrintsNoCountContinuesThePreviousPagesOneOfTwo() {
        List<Block> letter = new ArrayList<>();
        letter.add(Block.paragraph("Geachte heer Jansen,", 1));
        letter.add(Block.paragraph("Er zijn geen documenten over de verbouwing aangetroffen.", 1));
        letter.add(Block.paragraph("Pagina 1 van 2", 1));
        letter.add(Block.paragraph("De Minister van Wegen en Kusten, namens deze,", 2));
        letter.add(Block.paragraph("Tegen dit besluit kunt u binnen zes weken bezwaar maken.", 2));
        boolean[] fonts = {false, true}; // the signature page's own fonts: +3
        assertEquals(1, splitter.split(letter, 2, fonts).size(), "page 1 of 2 says page 2 is its own");
    }

    @Test
    void aRunningTitleAtopEveryPageSplitsNothingWhoseDashedPageNumbersGoOn() {
        List<Block> list = new ArrayList<>();
        list.add(Block.paragraph("zaaknr. Z/33/0712- 1 - gemeente Oudemeer GRIFFIE", 1));
        list.add(Block.paragraph("Besluitenlijst van de openbare vergadering van de raad van Oudemeer, gehouden op 3 maart 2033", 1));
        list.add(Block.heading("1. Opening", 1, 1, null));
        for (int page = 2; page <= 3; page++) {
            list.add(Block.paragraph("Besluitenlijst raadsvergadering 3 maart 2033 gemeente Oudemeer zaaknr. Z/33/0712- " + page + " -", page));
            list.add(Block.paragraph("Besluit: aangenomen met algemene stemmen.", page));
            list.add(Block.heading(page + ". Voorstel " + page, page, 1, null));
        }
        assertEquals(1, splitter.split(list, 3, null).size());
        // the same layout, the third page numbered anew: another list starts there
        list.set(6, Block.paragraph("Besluitenlijst raadsvergadering 3 maart 2033 gemeente Oudemeer zaaknr. Z/33/0713- 1 -", 3));
        assertEquals(List.of(1, 3), splitter.split(list, 3, null).stream().map(Part::pageStart).toList());
    }

    @Test
    void aTitleRepeatedAtopTheFollowingPagesIsARunningHeaderAlsoWithoutPageNumbers() {
        List<Block> list = new ArrayList<>();
        list.add(Block.heading("Besluitenlijst vergadering dagelijks bestuur", 1, 1, null));
        list.add(Block.heading("1. Opening", 1, 1, "1"));
        list.add(Block.paragraph("Besluit: de agenda wordt vastgesteld.", 1));
        for (int page = 2; page <= 3; page++) {
            list.add(Block.paragraph("Besluitenlijst DB 12 maart 2033", page));
            list.add(Block.paragraph("Besluit: het bestuur stemt in met het voorstel.", page));
        }
        assertEquals(1, splitter.split(list, 3, null).size());
    }

    @Test
    void aWooDecisionsInventoryStaysWithItsLetterThoughItsRowsComeFirst() {
        List<Block> letter = new ArrayList<>();
        letter.add(Block.paragraph("Geachte heer Smit,", 1));
        letter.add(Block.paragraph("Ik maak de verslagen van de projectgroep deels openbaar.", 1));
        letter.add(Block.paragraph("Hoogachtend,", 1));
        letter.add(Block.paragraph("De Minister van Wegen en Kusten, namens deze,", 1));
        // a table read cell by cell: its rows come before its heading
        letter.add(Block.paragraph("Verslag projectgroep Havenkwartier 4 april 2024", 2));
        letter.add(Block.paragraph("Deels openbaar", 2));
        letter.add(Block.paragraph("Datum", 2));
        letter.add(Block.paragraph("Kenmerk", 2));
        letter.add(Block.paragraph("Bijlage 2 — Inventarislijst", 2));
        letter.add(Block.paragraph("Verslag projectgroep Havenkwartier 9 mei 2024", 2));
        assertEquals(1, splitter.split(letter, 2, null).size());
        List<Block> noInventory = new ArrayList<>(letter);
        noInventory.remove(8);
        assertEquals(2, splitter.split(noInventory, 2, null).size(), "without the inventory's heading the minutes' title starts one");
    }

    @Test
    void anAnnexALetterEnclosesStaysWithItUnderTheRepeatedLetterhead() {
        List<Block> letter = new ArrayList<>();
        letter.add(Block.paragraph("Geachte mevrouw De Wit,", 1));
        letter.add(Block.paragraph("Hierbij ontvangt u mijn besluit op uw verzoek van 2 maart 2026.", 1));
        letter.add(Block.paragraph("Hoogachtend,", 1));
        letter.add(Block.paragraph("De directeur Vergunningen", 1));
        letter.add(Block.paragraph("Bijlagen:", 1));
        letter.add(Block.listItem("- Bijlage 1: Relevante wetsartikelen", 1, 1, null));
        letter.add(Block.paragraph("Dienst Vergunningen Oostland", 2));
        letter.add(Block.paragraph("Datum 12 maart 2026", 2));
        letter.add(Block.paragraph("Ons kenmerk DV-2026-118", 2));
        letter.add(Block.heading("Bijlage nummer 1", 2, 1, null));
        letter.add(Block.paragraph("Artikel 5.1 van de wet luidt als volgt.", 2));
        // page 2: +2 letterhead, +2 previous page ends a document, -2 the annex the letter encloses
        assertEquals(1, splitter.split(letter, 2, null).size());
        List<Block> unannounced = new ArrayList<>(letter);
        unannounced.remove(5);
        unannounced.remove(4);
        assertEquals(2, splitter.split(unannounced, 2, null).size(), "without the letter's list of annexes it is a new document");
    }

    @Test
    void aLongReportStaysOnePart() {
        List<Block> report = new ArrayList<>();
        report.add(Block.heading("Evaluatie oefenbeleid", 1, 1, null));
        report.add(Block.heading("Inleiding", 2, 1, null));
        report.add(Block.paragraph("Deze evaluatie kijkt terug op vijf jaar oefenen.", 2));
        for (int p = 3; p <= 12; p++) {
            report.add(Block.heading("Hoofdstuk over thema " + p, p, 1, (p - 1) + "."));
            report.add(Block.paragraph("De bevindingen over dit thema staan hieronder beschreven.", p));
        }
        assertEquals(1, splitter.split(report, 12, null).size());
        assertEquals(1, splitter.split(List.of(Block.paragraph("Eén pagina.", 1)), 1, null).size());
    }

    @Test
    void theFontCueComesFromTheParseWorkerAndNoPdfIsOpenedHere() throws IOException {
        // the path names no file: the splitter must take the cue from the parsed file, not read the PDF again
        SourceFile gone = new SourceFile("/nonexistent/bundel.pdf", "bundel.pdf", "0".repeat(64), 1, "application/pdf", 7);
        boolean[] cue = BundleSplitter.fontChanges(new ParsedFile(gone, bundle(), 0, 0, null, List.of(5)));
        BundleSplitter.PageScore page5 = splitter.score(bundle(), 7, cue).stream().filter(p -> p.page() == 5).findFirst().orElseThrow();
        assertTrue(page5.cues().contains("+3 new font objects (another source file)"), "the worker's cue reaches page 5: " + page5);
        assertEquals(null, BundleSplitter.fontChanges(new ParsedFile(gone, bundle(), 0, 0, null, null)), "no cue, none invented");
        assertEquals(4, splitter.split(new ParsedFile(gone, bundle(), 0, 0, null, List.of(2, 4, 7))).size(),
                "splitting a parsed file needs no file on disk");
        // and nothing in this package can open one: PDFBox is read in the isolated parse worker only
        try (Stream<Path> sources = Files.list(Path.of("src", "main", "java", "nl", "gremium", "split"))) {
            for (Path source : sources.toList()) {
                assertFalse(Files.readString(source).contains("org.apache.pdfbox"), source + " uses PDFBox in the main process");
            }
        }
    }
}
