package nl.gremium.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.gremium.model.Action;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Block;
import nl.gremium.model.Decision;
import nl.gremium.model.DocKind;
import nl.gremium.model.FundingFact;
import nl.gremium.model.FundingKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Metadata;
import nl.gremium.model.Outcome;
import nl.gremium.model.Recommendation;
import nl.gremium.model.SourceFile;
import nl.gremium.model.Tags;
import nl.gremium.store.DataStore;
import nl.gremium.store.RecommendationStatus;
import nl.gremium.store.StatusEntry;
import nl.gremium.store.StatusStore;

/**
 * A small board's paper trail, written with the real record model and data store: an inspection
 * report with follow-up in two later minutes, an advisory report taken up by a proposal (and an
 * agenda from before the report that must not count), a report without follow-up, two funding
 * letters that revise each other, and decisions of two bodies. The expected values in the tests
 * follow from these documents by hand.
 */
final class AnalyticsFixture {
    static final LocalDate AS_OF = LocalDate.of(2025, 11, 15);
    static final String INSPECTIE = "Inspectie Justitie en Veiligheid";
    static final String REGIO = "Veiligheidsregio Noordoost";

    private AnalyticsFixture() {}

    static void write(DataStore store) {
        store.write(doc("insp", DocKind.inspection_report, INSPECTIE, null, LocalDate.of(2025, 3, 1),
                "Rapport Toezicht op de voorbereiding op langdurige stroomuitval",
                List.of(Block.paragraph("De Inspectie onderzocht de voorbereiding van de regio’s op langdurige "
                        + "stroomuitval. De aanbevelingen staan hieronder.", 1)),
                List.of(), tags(List.of(), List.of(
                        rec("r1", "Stel een continuïteitsplan op voor de eigen crisisorganisatie.", "stroomuitval"),
                        rec("r2", "Oefen bovenregionaal met het scenario langdurige stroomuitval.", "stroomuitval")),
                        List.of(), List.of())));
        store.write(doc("advies", DocKind.report, REGIO, null, LocalDate.of(2025, 1, 10),
                "Rapport Risicogericht adviseren",
                List.of(Block.paragraph("Het team omgevingsveiligheid adviseert op alle aanvragen.", 1)), List.of(),
                tags(List.of(), List.of(new Recommendation("r3", "Ontwikkel standaardadviezen.", "2", null, null,
                        "Rapport Risicogericht adviseren", LocalDate.of(2025, 1, 10), "omgevingsveiligheid", 3)),
                        List.of(), List.of())));
        store.write(doc("water", DocKind.report, "Adviescommissie Water", null, LocalDate.of(2025, 3, 1),
                "Evaluatie oefening Watersnood",
                List.of(Block.paragraph("De commissie evalueerde de oefening.", 1)), List.of(),
                tags(List.of(), List.of(new Recommendation("r4", "Betrek de waterschappen eerder.", "1",
                        "Adviescommissie Water", "het dagelijks bestuur", "Evaluatie oefening Watersnood",
                        LocalDate.of(2025, 3, 1), "oefenen", 2)), List.of(), List.of())));
        // before the advisory report: mentions it, but cannot be follow-up
        store.write(doc("agenda-dec", DocKind.agenda, REGIO, "Algemeen bestuur", LocalDate.of(2024, 12, 1),
                "Agenda algemeen bestuur 1 december 2024", List.of(),
                List.of(item("4", "Risicogericht adviseren", "Presentatie over risicogericht adviseren.")),
                Tags.EMPTY));
        store.write(doc("voorstel", DocKind.proposal, REGIO, "Algemeen bestuur", LocalDate.of(2025, 2, 1),
                "Voorstel risicogericht adviseren",
                List.of(Block.paragraph("Het bestuur wordt voorgesteld kennis te nemen van het rapport Risicogericht "
                        + "adviseren en in te stemmen met de voorgestelde werkwijze.", 1)), List.of(), Tags.EMPTY));
        store.write(doc("ab-apr", DocKind.minutes, REGIO, "Algemeen bestuur", LocalDate.of(2025, 4, 10),
                "Verslag algemeen bestuur 10 april 2025", List.of(),
                List.of(item("2", "Vaststellen verslag vergadering 6 maart 2025", "Het verslag wordt vastgesteld."),
                        item("3", "Ingekomen stukken", "Het bestuur neemt kennis van de ingekomen stukken."),
                        item("5.1", "Inspectierapport stroomuitval", "Het algemeen bestuur neemt kennis van het rapport "
                                + "van de Inspectie JenV over de voorbereiding op langdurige stroomuitval en stemt in "
                                + "met de actiepunten.")),
                tags(List.of(
                        decision("d1", "Het algemeen bestuur neemt kennis van het inspectierapport over stroomuitval.",
                                "5.1", "Inspectierapport stroomuitval", "Algemeen bestuur", LocalDate.of(2025, 4, 10),
                                Outcome.noted),
                        decision("d2", "Het algemeen bestuur besluit conform voorstel.", "6", "Begroting",
                                "Algemeen bestuur", LocalDate.of(2025, 4, 10), Outcome.adopted),
                        decision("d3", "Het algemeen bestuur besluit met inachtneming van het amendement.", "7",
                                "Huisvesting", "Algemeen bestuur", LocalDate.of(2025, 4, 10), Outcome.adopted_amended)),
                        List.of(), List.of(new Action("a1", "De secretaris stuurt de actiepunten aan de colleges.",
                                "De secretaris", null, null, "5.1", 2)), List.of())));
        store.write(doc("ab-okt", DocKind.minutes, REGIO, "Algemeen bestuur", LocalDate.of(2025, 10, 2),
                "Verslag algemeen bestuur 2 oktober 2025", List.of(),
                List.of(item("2", "Vaststellen verslag vergadering 10 april 2025", "Het verslag wordt vastgesteld."),
                        item("3", "Ingekomen stukken", "Geen opmerkingen."),
                        item("4", "Voortgang aanbevelingen Inspectie", "De aanbevelingen van de Inspectie over "
                                + "langdurige stroomuitval zijn inmiddels volledig uitgevoerd.")),
                tags(List.of(
                        decision("d4", "Het algemeen bestuur besluit conform voorstel.", "5", "Jaarrekening",
                                "Algemeen bestuur", LocalDate.of(2025, 10, 2), Outcome.adopted),
                        decision("d5", "Het algemeen bestuur neemt kennis van de voortgangsrapportage.", "4",
                                "Voortgang aanbevelingen Inspectie", "Algemeen bestuur", LocalDate.of(2025, 10, 2),
                                Outcome.noted)), List.of(), List.of(), List.of())));
        store.write(doc("db-mei", DocKind.decision_list, REGIO, "Dagelijks bestuur", LocalDate.of(2025, 5, 20),
                "Besluitenlijst dagelijks bestuur 20 mei 2025", List.of(), List.of(),
                tags(List.of(
                        decision("d6", "Het dagelijks bestuur besluit conform voorstel.", null, "Inkoop",
                                "Dagelijks bestuur", LocalDate.of(2025, 5, 20), Outcome.adopted),
                        decision("d7", "Het dagelijks bestuur wijst het verzoek af.", null, "Subsidie",
                                "Dagelijks bestuur", LocalDate.of(2025, 5, 20), Outcome.rejected)),
                        List.of(), List.of(), List.of())));
        LocalDate jan = LocalDate.of(2025, 1, 15);
        LocalDate jun = LocalDate.of(2025, 6, 10);
        store.write(doc("bdur-jan", DocKind.letter, "Ministerie van Justitie en Veiligheid", null, jan,
                "Januaribrief BDuR 2025", List.of(), List.of(), tags(List.of(), List.of(), List.of(), List.of(
                        fund("f1", "Groningen", 2025, "1000000", FundingKind.allocation, "bdur-jan", jan),
                        fund("f2", "Groningen", 2026, "1010000", FundingKind.forecast, "bdur-jan", jan),
                        fund("f3", "Drenthe", 2025, "500000", FundingKind.allocation, "bdur-jan", jan)))));
        store.write(doc("bdur-jun", DocKind.letter, "Ministerie van Justitie en Veiligheid", null, jun,
                "Junibrief BDuR 2025", List.of(), List.of(), tags(List.of(), List.of(), List.of(), List.of(
                        fund("f1", "Groningen", 2025, "1020000.50", FundingKind.definitive, "bdur-jun", jun),
                        new FundingFact("f5", "Groningen", 2025, "BDuR", new BigDecimal("20000.50"), FundingKind.correction,
                                "bdur-jun", null, jun, "t1", 3, "Correctie"),
                        fund("f2", "Groningen", 2026, "1010000", FundingKind.forecast, "bdur-jun", jun),
                        fund("f3", "Groningen", 2027, "1030000", FundingKind.forecast, "bdur-jun", jun),
                        fund("f4", "Drenthe", 2025, "495000", FundingKind.definitive, "bdur-jun", jun)))));
    }

    static void setStatuses(DataStore store) {
        new StatusStore(store).append(new StatusEntry("r2", RecommendationStatus.in_progress, "team vakbekwaamheid",
                LocalDate.of(2026, 6, 1), "oefening pas in 2026 gepland", "anna", Instant.parse("2025-11-01T10:00:00Z")));
    }

    private static Recommendation rec(String id, String text, String theme) {
        return new Recommendation(id, text, id.substring(1), INSPECTIE, "de veiligheidsregio’s",
                "Rapport Toezicht op de voorbereiding op langdurige stroomuitval", LocalDate.of(2025, 3, 1), theme, 4);
    }

    private static Decision decision(String id, String text, String item, String itemTitle, String body,
                                     LocalDate date, Outcome o) {
        return new Decision(id, text, item, itemTitle, body, date, null, o, 1, null);
    }

    private static FundingFact fund(String id, String org, int year, String value, FundingKind kind, String doc,
                                    LocalDate date) {
        return new FundingFact(id, org, year, "BDuR", new BigDecimal(value), kind, doc, null, date, "t1", 3);
    }

    private static AgendaItem item(String number, String title, String text) {
        return new AgendaItem(number, title, text, 1, 1, 0, 1);
    }

    private static Tags tags(List<Decision> d, List<Recommendation> r, List<Action> a, List<FundingFact> f) {
        return new Tags(d, r, a, List.of(), List.of(), f);
    }

    static LogicalDocument doc(String id, DocKind kind, String org, String body, LocalDate date, String title,
                               List<Block> blocks, List<AgendaItem> items, Tags tags) {
        List<Block> all = new ArrayList<>(blocks);
        for (AgendaItem i : items) {
            all.add(Block.heading(i.number() + " " + i.title(), 1, 1, i.number()));
            all.add(Block.paragraph(i.text(), 1));
        }
        boolean letter = kind == DocKind.letter || kind == DocKind.report || kind == DocKind.inspection_report;
        return new LogicalDocument(id, new SourceFile("/in/" + id + ".pdf", id + ".pdf", id, 1, "application/pdf", 1),
                1, 1, 1, kind, new Metadata(title, org, body, letter ? null : date, letter ? date : null, "nld", false),
                all, items, tags);
    }
}
