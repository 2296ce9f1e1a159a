package nl.gremium.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.gremium.model.Action;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Amount;
import nl.gremium.model.Block;
import nl.gremium.model.Cell;
import nl.gremium.model.Decision;
import nl.gremium.model.DocKind;
import nl.gremium.model.FundingFact;
import nl.gremium.model.FundingKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Metadata;
import nl.gremium.model.Motion;
import nl.gremium.model.Outcome;
import nl.gremium.model.Recommendation;
import nl.gremium.model.SourceFile;
import nl.gremium.model.Table;
import nl.gremium.model.Tags;
import nl.gremium.store.DataStore;

/**
 * A small data folder written in the stored format, for the HTTP tests that need exact, known
 * content (ids, a hostile string, two letters that revise each other). The browser tests use the
 * real ingest of samples/ instead.
 */
final class WebFixture {
    static final String HOSTILE = "Zie <script>alert('x')</script> en <img src=x onerror=alert(1)> \"quotes\" & meer.";
    static final String MINUTES = "aaaaaaaaaaaaaaaa-01";
    static final String PROPOSAL = "bbbbbbbbbbbbbbbb-01";
    static final String REPORT = "cccccccccccccccc-01";
    static final String LETTER_1 = "dddddddddddddddd-01";
    static final String LETTER_2 = "eeeeeeeeeeeeeeee-01";
    static final String DECISION_ID = "d1";
    static final String REC_ID = "cccccccccccccccc-01-r1";
    static final LocalDate MEETING = LocalDate.of(2025, 7, 9);
    /** A council's motion without a stamp and the decision list of the same council that records its outcome. */
    static final String MOTION = "1111111111111111-01";
    static final String COUNCIL_LIST = "2222222222222222-01";
    static final String COUNCIL_ROW = COUNCIL_LIST + "#d5a5a5a5a";

    private WebFixture() {}

    static void write(DataStore store) {
        String decision = "Het algemeen bestuur besluit de jaarrekening 2024 vast te stellen.";
        List<Block> minutes = List.of(
                Block.heading("Verslag vergadering algemeen bestuur 9 juli 2025", 1, 1, null),
                Block.heading("Opening", 1, 2, "1"),
                Block.paragraph("De voorzitter opent de vergadering. " + HOSTILE, 1),
                Block.heading("Jaarrekening 2024", 2, 2, "2"),
                Block.paragraph("De jaarrekening sluit met een positief resultaat van € 1.250.000. " + decision, 2),
                Block.listItem("De secretaris stuurt het verslag voor 1 september 2025 aan de gemeenten.", 2, 1, "-"));
        Tags mt = new Tags(
                List.of(new Decision(DECISION_ID, decision, "2", "Jaarrekening 2024", "Algemeen bestuur", MEETING, null, Outcome.adopted, 2, null)),
                List.of(),
                List.of(new Action("a1", "De secretaris stuurt het verslag voor 1 september 2025 aan de gemeenten.", "secretaris",
                        LocalDate.of(2025, 9, 1), "voor 1 september 2025", "2", 2)),
                List.of(new Amount("m1", "€ 1.250.000", new BigDecimal("1250000"), "De jaarrekening sluit met een positief resultaat van € 1.250.000.",
                        2024, null, null, 2)),
                List.of(), List.of());
        store.write(new LogicalDocument(MINUTES, source("aaaaaaaaaaaaaaaa", "verslag-ab.txt"), 1, 1, 2, DocKind.minutes,
                new Metadata("Verslag algemeen bestuur 9 juli 2025", "Veiligheidsregio Testland", "Algemeen bestuur", MEETING, null, "nld", false),
                minutes, List.of(new AgendaItem("1", "Opening", "", 1, 1, 1, 3), new AgendaItem("2", "Jaarrekening 2024", "", 2, 2, 3, 6)), mt));

        store.write(new LogicalDocument(PROPOSAL, source("bbbbbbbbbbbbbbbb", "voorstel-jaarrekening.txt"), 1, 1, 1, DocKind.proposal,
                new Metadata("Jaarrekening 2024", "Veiligheidsregio Testland", "Algemeen bestuur", MEETING, null, "nld", false),
                List.of(Block.heading("Jaarrekening 2024", 1, 1, null), Block.paragraph("Voorgesteld besluit: de jaarrekening vaststellen.", 1)),
                List.of(), Tags.EMPTY));

        String rec = "Zorg voor een actueel continuïteitsplan voor de meldkamer.";
        store.write(new LogicalDocument(REPORT, source("cccccccccccccccc", "inspectierapport.txt"), 1, 1, 1, DocKind.inspection_report,
                new Metadata("Rapport continuïteit meldkamer", "Inspectie Justitie en Veiligheid", null, null, LocalDate.of(2025, 3, 1), "nld", false),
                List.of(Block.heading("Aanbevelingen", 1, 1, "4"), Block.listItem("1. " + rec, 1, 1, "1.")),
                List.of(), new Tags(List.of(), List.of(new Recommendation(REC_ID, rec, "1", "Inspectie Justitie en Veiligheid",
                        "Veiligheidsregio Testland", "Rapport continuïteit meldkamer", LocalDate.of(2025, 3, 1), "continuïteit", 1)),
                        List.of(), List.of(), List.of(), List.of())));

        LocalDate council = LocalDate.of(2025, 10, 2);
        Metadata councilMeta = new Metadata("Motie Speelplekken in elke wijk", "Gemeente Testdorp", "Gemeenteraad", council, null, "nld", false);
        store.write(new LogicalDocument(MOTION, source("1111111111111111", "motie-m7-speelplekken.pdf"), 1, 1, 1, DocKind.motion,
                councilMeta, List.of(Block.heading("Motie M7 Speelplekken in elke wijk", 1, 1, null),
                        Block.paragraph("De raad verzoekt het college in iedere wijk een speelplek in te richten.", 1)), List.of(),
                new Tags(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(new Motion(MOTION + "#v1",
                        DocKind.motion, "M7", "Speelplekken in elke wijk", List.of("Pim Zand"), List.of("PvdD"), null, null, 1)))));
        String row = "Motie M7 Speelplekken in elke wijk (PvdD)";
        store.write(new LogicalDocument(COUNCIL_LIST, source("2222222222222222", "besluitenlijst-raad.pdf"), 1, 1, 1,
                DocKind.decision_list, new Metadata("Besluitenlijst raad 2 oktober 2025", "Gemeente Testdorp", "Gemeenteraad",
                council, null, "nld", false),
                List.of(Block.heading("Besluitenlijst raad 2 oktober 2025", 1, 1, null), Block.paragraph(row + " Aangenomen", 1)), List.of(),
                new Tags(List.of(new Decision(COUNCIL_ROW, row, "M7", null, "Gemeenteraad", council, null, Outcome.adopted, 1,
                        "Aangenomen")), List.of(), List.of(), List.of(), List.of(), List.of())));

        store.write(letter(LETTER_1, "dddddddddddddddd", "Meicirculaire BDuR 2025", LocalDate.of(2025, 5, 30),
                new String[] {"27.700.000", "28.100.000"}, new BigDecimal("27700000"), new BigDecimal("28100000")));
        store.write(letter(LETTER_2, "eeeeeeeeeeeeeeee", "Septembercirculaire BDuR 2025", LocalDate.of(2025, 9, 15),
                new String[] {"27.900.000", "28.400.000"}, new BigDecimal("27900000"), new BigDecimal("28400000")));
    }

    private static LogicalDocument letter(String id, String hash, String title, LocalDate date, String[] printed, BigDecimal y2025, BigDecimal y2026) {
        Table t = new Table("t1", "Bijdrage BDuR per regio", 1, 1, List.of(
                List.of(Cell.of("Regio"), Cell.of("2025"), Cell.of("2026")),
                List.of(Cell.of("Veiligheidsregio Testland"), new Cell(printed[0], y2025), new Cell(printed[1], y2026))), 1, null, true);
        List<FundingFact> f = List.of(
                new FundingFact(id + "-f1", "Veiligheidsregio Testland", 2025, "BDuR", y2025, FundingKind.allocation, id, title, date, "t1", 1),
                new FundingFact(id + "-f2", "Veiligheidsregio Testland", 2026, "BDuR", y2026, FundingKind.forecast, id, title, date, "t1", 1));
        return new LogicalDocument(id, source(hash, title.toLowerCase(Locale.ROOT).replace(' ', '-') + ".pdf"), 1, 1, 1, DocKind.letter,
                new Metadata(title, "Ministerie van Justitie en Veiligheid", null, null, date, "nld", false),
                List.of(Block.paragraph("Hierbij ontvangt u de bijdragen per regio.", 1), Block.table(t)), List.of(),
                new Tags(List.of(), List.of(), List.of(), List.of(), List.of(), f));
    }

    static SourceFile source(String hashPrefix, String name) {
        return new SourceFile("/in/" + name, name, hashPrefix.repeat(4), 1000, "text/plain", 2);
    }
}
