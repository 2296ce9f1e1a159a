package nl.gremium.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.gremium.fixtures.Corpus;
import nl.gremium.model.Amount;
import nl.gremium.model.Block;
import nl.gremium.model.Cell;
import nl.gremium.model.DocKind;
import nl.gremium.model.FundingFact;
import nl.gremium.model.FundingKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Metadata;
import nl.gremium.model.SourceFile;
import nl.gremium.model.Table;
import nl.gremium.parse.ParseFailure;
import nl.gremium.parse.TikaDocumentParser;
import nl.gremium.store.Json;
import nl.gremium.tables.TableAnalyzer;
import nl.gremium.tables.TableAnalyzerTest;
import nl.gremium.text.DutchNumber;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class FundingTaggerTest {

    static LogicalDocument doc(String title, LocalDate date, List<Block> blocks) {
        return new LogicalDocument("abc-01", new SourceFile("x.pdf", "x.pdf", "abc", 1, "application/pdf", 1), 1, 1, 1,
                null, new Metadata(title, null, null, null, date, "nld", false), blocks, List.of(), null);
    }

    @Test
    void factsFromAnEuroTableAndFromASentenceNamingOneRegion() {
        List<Block> blocks = new TableAnalyzer().analyze(List.of(
                Block.heading("Bijlage 2: raming BDuR-bijdrage (x € 1.000)", 2, 2, null),
                Block.table(TableAnalyzerTest.table(2, 0, "Nr.|Regio|2026|2027", "1|Twente|8.115|8.120",
                        "2|Zeeland|-|9.674", "|Totaal|8.115|17.794"))));
        LogicalDocument d = doc("Decemberbrief BDuR", LocalDate.of(2025, 12, 10), blocks);
        Amount text = new Amount("a1", "€ 100.000", new BigDecimal("100000"),
                "De correctie op de bijdrage voor Veiligheidsregio Zeeland bedraagt in 2025 € 100.000.", null, null, null, 1);
        Amount balance = new Amount("a2", "633.000 euro", new BigDecimal("633000"),
                "De jaarrekening 2024 van Veiligheidsregio IJsselland sluit af met een positief saldo van 633.000 euro.",
                2024, null, null, 1);
        List<FundingFact> facts = new FundingTagger().extract(d, List.of(text, balance));

        assertEquals(List.of("Twente 2026 8115000", "Twente 2027 8120000", "Zeeland 2027 9674000",
                        "Zeeland 2025 100000"),
                facts.stream().map(f -> f.organisation() + " " + f.year() + " " + f.value().toPlainString()).toList());
        assertEquals(List.of("abc-01#f1", "abc-01#f2", "abc-01#f3", "abc-01#f4"), facts.stream().map(FundingFact::id).toList());
        FundingFact first = facts.get(0);
        assertEquals("BDuR", first.stream(), "one stream per regulation");
        assertEquals("raming BDuR-bijdrage", first.component(), "the caption's subject is the drill-down");
        assertEquals(FundingKind.forecast, first.kind(), "'raming' in the caption");
        assertEquals("t1", first.tableId());
        assertEquals(2, first.page());
        assertEquals(LocalDate.of(2025, 12, 10), first.docDate());
        assertEquals(FundingKind.correction, facts.get(3).kind());
        assertEquals(null, facts.get(3).tableId());
        assertEquals("BDuR", facts.get(3).stream(), "the scheme named in the title");
    }

    @Test
    void streamNamesStayShort() {
        assertEquals("Raming", FundingTagger.subject(
                "Bijlage 2: Raming BDuR 2026–2029 per veiligheidsregio Bedragen in euro's, exclusief loon- en prijsbijstelling."));
        assertEquals("loon- en prijsbijstelling", FundingTagger.subject(
                "Bijlage 1 bij de junibrief 2025: loon- en prijsbijstelling 2025"));
        assertEquals("Bijdrage", FundingTagger.purpose("Bijdrage 2025 (€)", "x"));
        assertEquals("Raming", FundingTagger.purpose("Bijgestelde raming 2026", "x"),
                "a revised figure stays in the stream of the figure it revises");
        assertEquals("Raming", FundingTagger.purpose("2027", "bijgestelde raming"));
        assertEquals("te verwachten bijdrage", FundingTagger.purpose("2027", "te verwachten bijdrage"));
        assertEquals("te verwachten bijdrage 1)", FundingTagger.purpose("1)", "te verwachten bijdrage"));
    }

    @Test
    void kindFollowsWordingThenYear() {
        assertEquals(FundingKind.correction, FundingTagger.kind("Nacalculatie 2024", 2024, 2025));
        assertEquals(FundingKind.allocation, FundingTagger.kind("Bijdrage 2026", 2026, 2025));
        assertEquals(FundingKind.forecast, FundingTagger.kind("Bijdrage 2027", 2027, 2025));
        assertEquals(FundingKind.forecast, FundingTagger.kind("Meerjarige raming 2026", 2026, 2025));
        assertEquals(FundingKind.definitive, FundingTagger.kind("Bijdrage na correctie", 2025, 2025));
        assertEquals(FundingKind.definitive, FundingTagger.kind("Definitieve vaststelling 2024", 2024, 2025));
    }

    @Test
    void columnHeadersAreComponentsOfOneStreamAndCorrectionsAreTheirOwnKind() {
        List<Block> blocks = new TableAnalyzer().analyze(List.of(
                Block.heading("Bijlage 1: correctie BDuR-uitkering 2025 per veiligheidsregio (in €)", 1, 2, null),
                Block.table(TableAnalyzerTest.table(1, 0, "Veiligheidsregio|Bijdrage voorjaarsbrief|Correctie|Bijdrage na correctie",
                        "Heuvelland|5.100.000|+32.000|5.132.000", "Kustzone|4.000.000|-8.000|3.992.000"))));
        List<FundingFact> facts = new FundingTagger().extract(doc("Najaarsbrief BDuR 2025", LocalDate.of(2025, 11, 3), blocks),
                List.of());
        assertEquals(6, facts.size());
        assertTrue(facts.stream().allMatch(f -> "BDuR".equals(f.stream()) && f.year() == 2025), "one stream, the caption's year");
        assertEquals(List.of("Bijdrage voorjaarsbrief allocation", "Correctie correction", "Bijdrage na correctie definitive"),
                facts.stream().filter(f -> f.organisation().equals("Heuvelland"))
                        .map(f -> f.component() + " " + f.kind()).toList());
    }

    @Test
    void programmeLinesOfAnnualAccountsAreNotOrganisations() {
        List<Block> blocks = new TableAnalyzer().analyze(List.of(
                Block.heading("Overzicht lasten per programma 2024 (in €)", 1, 2, null),
                Block.table(TableAnalyzerTest.table(1, 0, "Programma|Begroting 2024|Realisatie 2024",
                        "Risicobeheersing|1.200.000|1.150.000", "Incidentbestrijding|8.400.000|8.520.000",
                        "Ondersteuning|2.000.000|1.990.000"))));
        assertEquals(List.of(), new FundingTagger().extract(doc("Jaarstukken 2024", LocalDate.of(2025, 4, 1), blocks), List.of()));
        List<Block> named = new TableAnalyzer().analyze(List.of(
                Block.heading("Gemeentelijke bijdragen 2026 (in €)", 1, 2, null),
                Block.table(TableAnalyzerTest.table(1, 0, "|Bijdrage 2026", "Gemeente Oostdorp|410.000",
                        "Gemeente Westmeer|390.000"))));
        // under their bare names, as a sentence's fact ("de gemeente Oostdorp ontvangt …") names them: one history each
        assertEquals(List.of("Oostdorp", "Westmeer"), new FundingTagger()
                .extract(doc("Begroting 2026", LocalDate.of(2025, 4, 1), named), List.of()).stream()
                .map(FundingFact::organisation).toList(), "labels that name organisations are recipients without a header");
    }

    @Test
    void aSignedOrIntroducedChangeInTheTextIsTheCorrectionAndTheAmountAfterItTheDefinitive() {
        String sentence = "Na correctie ontvangt Veiligheidsregio Heuvelland voor 2025 een BDuR-bijdrage van € 5.132.000, "
                + "een verhoging van € 32.000.";
        Amount total = new Amount("a1", "€ 5.132.000", new BigDecimal("5132000"), sentence, 2025, null, null, 1);
        Amount change = new Amount("a2", "€ 32.000", new BigDecimal("32000"), sentence, 2025, null, null, 1);
        Amount signed = new Amount("a3", "+€ 12.500", new BigDecimal("12500"),
                "De uitkering aan Veiligheidsregio Kustzone voor 2025 wijzigt met +€ 12.500.", 2025, null, null, 1);
        List<FundingFact> facts = new FundingTagger().extract(doc("Najaarsbrief BDuR 2025", LocalDate.of(2025, 11, 3), List.of()),
                List.of(total, change, signed));
        assertEquals(List.of("Heuvelland definitive", "Heuvelland correction", "Kustzone correction"),
                facts.stream().map(f -> f.organisation() + " " + f.kind()).toList());
    }

    @Test
    void aGrantSentenceWithoutAYearTakesTheTitlesYearElseTheLettersDate() {
        String sentence = "Ik ken de gemeente Zeeweide een specifieke uitkering toe van € 80.000 voor de fietsroute.";
        Amount grant = new Amount("a1", "€ 80.000", new BigDecimal("80000"), sentence, null, null, null, 1);
        assertEquals(List.of("Zeeweide 2027 SPUK"), new FundingTagger()
                .extract(doc("Beschikking specifieke uitkering fietsroutes 2027", LocalDate.of(2026, 12, 1), List.of()), List.of(grant))
                .stream().map(f -> f.organisation() + " " + f.year() + " " + f.stream()).toList());
        assertEquals(List.of("Zeeweide 2026"), new FundingTagger()
                .extract(doc("Beschikking op uw aanvraag", LocalDate.of(2026, 12, 1), List.of()), List.of(grant))
                .stream().map(f -> f.organisation() + " " + f.year()).toList());
        assertEquals(List.of(), new FundingTagger()
                .extract(doc("Bijdragen 2026 en 2027", LocalDate.of(2026, 12, 1), List.of()), List.of(grant)),
                "a title with two years does not say which");
    }

    @Test
    void aVerbOfReceivingNamesNoStreamAFundingNounDoes() {
        String receives = "Veiligheidsregio Kustland ontvangt hieruit in 2026 € 310.000.";
        String contribution = "Veiligheidsregio Kustland ontvangt in 2026 een bijdrage van € 310.000.";
        List<String> streams = new ArrayList<>();
        for (String sentence : List.of(receives, contribution)) {
            Amount a = new Amount("a1", "€ 310.000", new BigDecimal("310000"), sentence, null, null, null, 1);
            new FundingTagger().extract(doc("Versterking brandweerzorg", LocalDate.of(2026, 3, 12), List.of()), List.of(a))
                    .forEach(f -> streams.add(f.organisation() + " " + f.year() + " " + f.stream()));
        }
        assertEquals(List.of("Kustland 2026 null", "Kustland 2026 bijdrage"), streams);
    }

    @Test
    void aSentenceNamingNoOneIsAboutTheLettersAddresseeElseTheCouncilsOwnFundGrant() {
        List<Block> head = List.of(Block.paragraph("Aan het dagelijks bestuur van Waterschap Maas en Peel Postbus 20 5900 AA Venlo", 1),
                Block.paragraph("Geacht bestuur,", 1));
        LogicalDocument letter = new LogicalDocument("abc-01", new SourceFile("x.pdf", "x.pdf", "abc", 1, "application/pdf", 1),
                1, 1, 1, DocKind.letter, new Metadata("Vaststelling subsidie beekherstel 2026", "Provincie Limburg", null, null,
                LocalDate.of(2026, 10, 2), "nld", false), head, List.of(), null);
        String fixed = "Gedeputeerde Staten stellen de subsidie vast op € 640.000.";
        assertEquals(List.of("Maas en Peel 2026 640000 definitive"), new FundingTagger().extract(letter,
                List.of(new Amount("a1", "€ 640.000", new BigDecimal("640000"), fixed, null, null, null, 1))).stream()
                .map(f -> f.organisation() + " " + f.year() + " " + f.value() + " " + f.kind()).toList());

        LogicalDocument council = new LogicalDocument("abc-02", new SourceFile("y.pdf", "y.pdf", "abd", 1, "application/pdf", 1),
                1, 1, 1, DocKind.letter, new Metadata("Septembercirculaire gemeentefonds 2026", "Gemeente Lingewaard", null, null,
                LocalDate.of(2026, 9, 30), "nld", false), List.of(Block.paragraph("Geachte leden van de raad,", 1)), List.of(), null);
        String up = "De algemene uitkering uit het gemeentefonds stijgt in 2026 met € 410.000.";
        String down = "De integratie-uitkering sociaal domein daalt in 2027 met € 55.000.";
        String later = "Voor 2028 verwachten wij een algemene uitkering van € 61.200.000.";
        assertEquals(List.of("Lingewaard 2026 Gemeentefonds 410000 correction", "Lingewaard 2027 Gemeentefonds -55000 correction",
                "Lingewaard 2028 Gemeentefonds 61200000 forecast"), new FundingTagger().extract(council, List.of(
                        new Amount("a1", "€ 410.000", new BigDecimal("410000"), up, 2026, null, null, 1),
                        new Amount("a2", "€ 55.000", new BigDecimal("55000"), down, 2027, null, null, 1),
                        new Amount("a3", "€ 61.200.000", new BigDecimal("61200000"), later, 2028, null, null, 1))).stream()
                .map(f -> f.organisation() + " " + f.year() + " " + f.stream() + " " + f.value() + " " + f.kind()).toList());
        assertEquals(List.of(), new FundingTagger().extract(doc("Septembercirculaire gemeentefonds 2026", LocalDate.of(2026, 9, 30),
                List.of()), List.of(new Amount("a1", "€ 410.000", new BigDecimal("410000"), up, 2026, null, null, 1))),
                "without an organisation of its own the document says nothing about whose grant it is");
    }

    @Test
    void aGrantSplitOverTheYearsInATableFundsTheAddresseeYearByYear() {
        Table split = new Table("t1", null, 1, 1, List.of(
                List.of(Cell.of("Jaar"), Cell.of("Bedrag")),
                List.of(Cell.of("2026"), new Cell("€ 30.000", new BigDecimal("30000"))),
                List.of(Cell.of("2027"), new Cell("€ 25.000", new BigDecimal("25000"))),
                List.of(Cell.of("2028"), new Cell("€ 20.000", new BigDecimal("20000")))), 1, null, true);
        List<Block> blocks = List.of(Block.paragraph("Aan het dagelijks bestuur van Waterschap Maas en Peel Postbus 20 5900 AA Venlo", 1),
                Block.paragraph("Geacht bestuur,", 1),
                Block.paragraph("Wij verlenen u een subsidie van ten hoogste € 75.000 voor het programma beekherstel. "
                        + "Het bedrag is als volgt over de jaren verdeeld:", 1),
                Block.table(split));
        LogicalDocument letter = new LogicalDocument("abc-03", new SourceFile("z.pdf", "z.pdf", "abe", 1, "application/pdf", 1),
                1, 1, 1, DocKind.letter, new Metadata("Verlening subsidie beekherstel 2026-2028", "Provincie Limburg", null, null,
                LocalDate.of(2026, 1, 20), "nld", false), blocks, List.of(), null);
        assertEquals(List.of("Maas en Peel 2026 subsidie 30000 allocation", "Maas en Peel 2027 subsidie 25000 allocation",
                "Maas en Peel 2028 subsidie 20000 allocation"), new FundingTagger().extract(letter, List.of()).stream()
                .map(f -> f.organisation() + " " + f.year() + " " + f.stream() + " " + f.value() + " " + f.kind()).toList());
    }

    @Test
    void aMinistersGrantLetterFundsTheOrganisationOfTheBodyInItsAddressWindow() {
        List<Block> head = List.of(Block.paragraph("Ministerie van Infrastructuur en Waterstaat", 1),
                Block.paragraph("College van burgemeester en wethouders van de gemeente Vechtland Postbus 40 7700 AA Vechtland", 1),
                Block.paragraph("Geacht college,", 1));
        LogicalDocument letter = new LogicalDocument("abc-03", new SourceFile("z.pdf", "z.pdf", "abe", 1, "application/pdf", 1),
                1, 1, 1, DocKind.letter, new Metadata("Vaststelling specifieke uitkering fietsenstallingen 2024",
                "Ministerie van Infrastructuur en Waterstaat", null, null, LocalDate.of(2025, 11, 4), "nld", false), head,
                List.of(), null);
        String granted = "Bij besluit van 3 april 2024 heb ik u een specifieke uitkering verleend van € 900.000.";
        String fixed = "Ik stel de specifieke uitkering vast op € 871.250.";
        String paid = "Het bedrag is in drie termijnen van € 300.000 aan u betaald.";
        String all = "De uitkering voor alle deelnemende gemeenten samen bedraagt € 14.000.000.";
        assertEquals(List.of("Vechtland 2024 900000 allocation", "Vechtland 2024 871250 definitive"), new FundingTagger().extract(letter,
                List.of(new Amount("a1", "€ 900.000", new BigDecimal("900000"), granted, null, null, null, 1),
                        new Amount("a2", "€ 871.250", new BigDecimal("871250"), fixed, null, null, null, 1),
                        new Amount("a3", "€ 300.000", new BigDecimal("300000"), paid, null, null, null, 1),
                        new Amount("a4", "€ 14.000.000", new BigDecimal("14000000"), all, null, null, null, 1))).stream()
                .map(f -> f.organisation() + " " + f.year() + " " + f.value() + " " + f.kind()).toList(),
                "an instalment is part of the grant, and a sum for all municipalities is not the addressee's");
        assertEquals(List.of(), new FundingTagger().extract(new LogicalDocument("abc-04", letter.source(), 1, 1, 1, DocKind.letter,
                new Metadata("Subsidie 2024", "Gemeente Vechtland", null, null, LocalDate.of(2024, 2, 1), "nld", false),
                List.of(Block.paragraph("Burgemeester en wethouders van de gemeente Vechtland", 1), Block.paragraph("Geachte heer,", 1)),
                List.of(), null), List.of(new Amount("a1", "€ 5.000", new BigDecimal("5000"), "Wij verlenen u een subsidie van € 5.000.",
                null, null, null, 1))), "the sender's own letterhead is no address");
    }

    @Test
    void whatTheSenderSaysItReceivesFundsTheSendersOwnOrganisation() {
        LogicalDocument letter = new LogicalDocument("abc-05", new SourceFile("r.pdf", "r.pdf", "abf", 1, "application/pdf", 1),
                1, 1, 1, DocKind.letter, new Metadata("Raadsinformatiebrief subsidie fietsparkeren 2026", "Gemeente Steenwold", null, null,
                LocalDate.of(2026, 2, 10), "nld", false), List.of(Block.paragraph("Aan de gemeenteraad", 1),
                Block.paragraph("Geachte leden van de raad,", 1)), List.of(), null);
        String received = "De gemeente ontvangt van de provincie een subsidie van € 250.000 voor de nieuwe fietsenstalling.";
        String theirs = "De provincie stelt in totaal € 4.000.000 subsidie beschikbaar voor fietsparkeren in de regio.";
        assertEquals(List.of("Steenwold 2026 250000"), new FundingTagger().extract(letter, List.of(
                        new Amount("a1", "€ 250.000", new BigDecimal("250000"), received, null, null, null, 1),
                        new Amount("a2", "€ 4.000.000", new BigDecimal("4000000"), theirs, null, null, null, 1))).stream()
                .map(f -> f.organisation() + " " + f.year() + " " + f.value()).toList());
    }

    @Test
    void aRegioDealIsASchemeNotARegion() {
        String sentence = "De provincie Gelderland levert een bijdrage van € 2.000.000 aan de Regio Deal Achterhoek.";
        assertEquals(List.of("Gelderland"), new FundingTagger().extract(doc("Regio Deal 2025", LocalDate.of(2025, 3, 1), List.of()),
                List.of(new Amount("a1", "€ 2.000.000", new BigDecimal("2000000"), sentence, null, null, null, 1))).stream()
                .map(FundingFact::organisation).toList());
    }

    /**
     * Doc 04's annexes, parsed by the real parser: for the region in the first body row of the first annex,
     * every value column of every gold annex table (header year, else the caption's last year) must have a
     * fact with the gold cell's value and a stream naming the column, and there must be no other facts for
     * it. Expectations come from the gold file, not from this code.
     */
    @Test
    void oneRegionAcrossTheBdurAnnexesOfTheCorpus() throws IOException, ParseFailure {
        Path corpus = Corpus.locate().orElse(null);
        Assumptions.assumeTrue(corpus != null && Files.isDirectory(corpus.resolve("gold")), "corpus not present");
        Path goldFile;
        try (var files = Files.list(corpus.resolve("gold"))) {
            goldFile = files.filter(p -> p.getFileName().toString().startsWith("04-")).findFirst().orElseThrow();
        }
        JsonNode gold = Json.mapper().readTree(goldFile.toFile());
        Path pdf = corpus.resolve(gold.path("file").asText());
        JsonNode goldTables = gold.path("tables");
        LogicalDocument d = doc(null, null, new TikaDocumentParser().parse(pdf).blocks());
        List<FundingFact> facts = new FundingTagger().extract(d, List.of());

        String region = goldTables.get(0).path("cells_sample").get(0).get(0).asText();
        List<FundingFact> mine = facts.stream().filter(f -> f.organisation().equals(region)).toList();
        List<String> missing = new ArrayList<>();
        int expected = 0;
        for (int ti = 0; ti < goldTables.size(); ti++) {
            JsonNode gt = goldTables.get(ti);
            JsonNode header = gt.path("header").get(0);
            JsonNode row = firstRowOf(gt, region);
            List<Integer> captionYears = FundingTagger.years(gt.path("caption").asText());
            for (int c = 0; c < header.size(); c++) {
                String h = header.get(c).asText();
                var value = DutchNumber.parse(row.get(c).asText());
                if (value.isEmpty() || h.matches("(?i)nr\\.?")) {
                    continue;
                }
                List<Integer> hy = FundingTagger.years(h);
                int year = hy.size() == 1 ? hy.get(0) : captionYears.get(captionYears.size() - 1); // the annex's own year comes last
                String column = h.replaceAll("\\d{4}", "").strip().toLowerCase(Locale.ROOT);
                String tableId = "t" + (ti + 1);
                expected++;
                boolean found = mine.stream().anyMatch(f -> f.year() == year && tableId.equals(f.tableId())
                        && f.value().compareTo(value.get()) == 0
                        && (f.stream() + " " + f.component()).toLowerCase(Locale.ROOT).contains(column));
                if (!found) {
                    missing.add(gt.path("id").asText() + " / " + h + " / " + year + " = " + value.get());
                }
            }
        }
        System.out.println(region + ": " + mine.size() + " facts, e.g. " + mine.stream().limit(3)
                .map(f -> f.year() + " " + f.stream() + " " + f.value() + " " + f.kind()).collect(Collectors.joining("; ")));
        assertTrue(expected >= 20, "gold annexes hold the region's figures");
        assertEquals(List.of(), missing);
        assertEquals(expected, mine.size(), "no facts beyond the annex cells");
    }

    private static JsonNode firstRowOf(JsonNode goldTable, String region) {
        for (JsonNode row : goldTable.path("cells_sample")) {
            for (JsonNode cell : row) {
                if (cell.asText().equals(region)) {
                    return row;
                }
            }
        }
        throw new AssertionError("region " + region + " not in the sample of " + goldTable.path("id"));
    }
}
