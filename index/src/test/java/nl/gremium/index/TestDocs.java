package nl.gremium.index;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.gremium.model.Action;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Amount;
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

/**
 * A small board archive written for these tests (our own sentences): a decision list, minutes, an
 * inspection report, a ministry letter, an agenda and an older decision list, as the pipeline would
 * store them. Counts the tests rely on are stated beside each document.
 */
final class TestDocs {
    static final String ORG = "Veiligheidsregio Noordoost";
    static final LocalDate DB_DATE = LocalDate.of(2025, 9, 4);

    private TestDocs() {}

    static List<LogicalDocument> all() {
        return List.of(decisionList(), minutes(), inspection(), letter(), agenda(), oldDecisions());
    }

    static void write(DataStore store) {
        all().forEach(store::write);
    }

    /** 1 document, 4 agenda items, 3 decisions, 1 action. */
    static LogicalDocument decisionList() {
        Doc d = new Doc("a1", DocKind.decision_list, "Besluitenlijst dagelijks bestuur 4 september 2025",
                "Dagelijks bestuur", DB_DATE, null);
        d.item("1", "Opening en mededelingen", 1, "De voorzitter opent de vergadering om 9.30 uur.");
        d.item("2", "Jaarstukken 2024", 1, "Het dagelijks bestuur heeft besloten de jaarstukken 2024 vast te stellen "
                + "en ter vaststelling aan te bieden aan het algemeen bestuur. Het positieve resultaat van "
                + "€ 412.000 wordt toegevoegd aan de algemene reserve.");
        d.item("3", "Vastgoedbeleid brandweerkazernes", 2, "Het dagelijks bestuur stemt in met het vastgoedbeleid "
                + "voor de brandweerkazernes. De nieuwbouw van kazerne Dalfsen-Noord start in 2026; de renovatie "
                + "van de post Hardenberg volgt in 2027.");
        d.item("4", "Risicocommunicatie", 2, "Het bestuur neemt kennis van de voortgang van de campagne "
                + "risicocommunicatie en vraagt de directie om een evaluatie.");
        d.decisions.add(new Decision("d1", "Het dagelijks bestuur heeft besloten de jaarstukken 2024 vast te stellen en "
                + "ter vaststelling aan te bieden aan het algemeen bestuur.", "2", "Jaarstukken 2024",
                "Dagelijks bestuur", DB_DATE, null, Outcome.adopted, 1, null));
        d.decisions.add(new Decision("d2", "Het dagelijks bestuur stemt in met het vastgoedbeleid voor de "
                + "brandweerkazernes en de nieuwbouw van kazerne Dalfsen-Noord.", "3",
                "Vastgoedbeleid brandweerkazernes", "Dagelijks bestuur", DB_DATE, null, Outcome.adopted, 2, null));
        d.decisions.add(new Decision("d3", "Het bestuur neemt kennis van de voortgang van de campagne "
                + "risicocommunicatie.", "4", "Risicocommunicatie", "Dagelijks bestuur", DB_DATE, null,
                Outcome.noted, 2, null));
        d.actions.add(new Action("x1", "De directie levert voor 1 december een evaluatie van de campagne aan.",
                "directie", LocalDate.of(2025, 12, 1), "voor 1 december", "4", 2));
        return d.build();
    }

    /** 1 document, 2 agenda items, 1 decision, 1 action, 1 amount. */
    static LogicalDocument minutes() {
        Doc d = new Doc("b2", DocKind.minutes, "Verslag algemeen bestuur 9 juli 2025", "Algemeen bestuur",
                LocalDate.of(2025, 7, 9), null);
        d.item("5", "Begrotingswijziging 2025", 3, "De portefeuillehouder licht de begrotingswijziging toe. "
                + "De extra lasten van € 1,2 miljoen voor de meldkamer worden gedekt uit de reserve.");
        d.item("6", "Rondvraag", 4, "Een lid vraagt naar de bereikbaarheid van de kazerne in Ommen. "
                + "De voorzitter zegt toe dit na te gaan. <script>alert('x')</script> staat letterlijk in de notulen.");
        d.decisions.add(new Decision("e1", "Het algemeen bestuur heeft de begrotingswijziging 2025 vastgesteld.", "5",
                "Begrotingswijziging 2025", "Algemeen bestuur", LocalDate.of(2025, 7, 9), null, Outcome.adopted, 3, null));
        d.actions.add(new Action("y1", "De voorzitter gaat de bereikbaarheid van de kazerne in Ommen na.",
                "voorzitter", null, null, "6", 4));
        d.amounts.add(new Amount("m1", "€ 1,2 miljoen", new BigDecimal("1200000"),
                "De extra lasten van € 1,2 miljoen voor de meldkamer worden gedekt uit de reserve.", 2025,
                "meldkamer", null, 3));
        return d.build();
    }

    /** 1 document, 2 agenda items (sections), 2 recommendations. */
    static LogicalDocument inspection() {
        Doc d = new Doc("c3", DocKind.inspection_report, "Rapport versterking crisisbeheersing", null,
                null, LocalDate.of(2025, 6, 20));
        d.org = "Inspectie Justitie en Veiligheid";
        d.item("3", "Bevindingen", 5, "De voorbereiding op langdurige stroomuitval verschilt sterk per gemeente.");
        d.item("4", "Aanbevelingen", 6, "De inspectie doet twee aanbevelingen aan de besturen.");
        d.recommendations.add(new Recommendation("r1", "Zorg ervoor dat alle gemeenten in de regio actuele "
                + "continuïteitsplannen hebben voor langdurige stroomuitval en oefen die jaarlijks.", "1",
                "Inspectie Justitie en Veiligheid", "Algemeen bestuur", "Rapport versterking crisisbeheersing",
                LocalDate.of(2025, 6, 20), "continuïteit", 6));
        d.recommendations.add(new Recommendation("r2", "Beleg de regie op de informatievoorziening tijdens een "
                + "crisis bij één functionaris.", "2", "Inspectie Justitie en Veiligheid", "Algemeen bestuur",
                "Rapport versterking crisisbeheersing", LocalDate.of(2025, 6, 20), "informatie", 6));
        return d.build();
    }

    /** 1 document, no agenda items, 2 funding facts. */
    static LogicalDocument letter() {
        Doc d = new Doc("d4", DocKind.letter, "Brief Brede Doeluitkering Rampenbestrijding 2025", null, null,
                LocalDate.of(2025, 6, 2));
        d.org = "Ministerie van Justitie en Veiligheid";
        d.blocks.add(Block.paragraph("Hierbij informeer ik u over de hoogte van de Brede Doeluitkering "
                + "Rampenbestrijding (BDuR) voor 2025 en de verwachte bedragen voor 2026.", 1));
        // a scanned Woo release: two passages blacked out, one with its ground printed in the box
        d.blocks.add(Block.paragraph("Contactpersoon " + Block.REDACTED + ", telefoon " + Block.REDACTED + ".", 2)
                .withOcr(0.9, List.of("5.1.2e", "")));
        d.funding.add(new FundingFact("f1", ORG, 2025, "BDuR", new BigDecimal("8123000"), FundingKind.allocation,
                d.id(), d.title, LocalDate.of(2025, 6, 2), "t1", 2));
        d.funding.add(new FundingFact("f2", ORG, 2026, "BDuR", new BigDecimal("8301000"), FundingKind.forecast,
                d.id(), d.title, LocalDate.of(2025, 6, 2), "t1", 2));
        return d.build();
    }

    /** 1 document, 2 agenda items, no records: mentions the annual accounts only as an agenda title. */
    static LogicalDocument agenda() {
        Doc d = new Doc("e5", DocKind.agenda, "Agenda algemeen bestuur 24 september 2025", "Algemeen bestuur",
                LocalDate.of(2025, 9, 24), null);
        d.item("7", "Jaarstukken 2024", 1, "Voorstel: de jaarstukken 2024 vaststellen.");
        d.item("8", "Vergaderschema 2026", 1, "Voorstel: het vergaderschema 2026 vaststellen.");
        return d.build();
    }

    /** 1 document, 1 agenda item, 1 decision whose text names no subject (the agenda item does), dated 2023. */
    static LogicalDocument oldDecisions() {
        Doc d = new Doc("f6", DocKind.decision_list, "Besluitenlijst dagelijks bestuur 14 maart 2023",
                "Dagelijks bestuur", LocalDate.of(2023, 3, 14), null);
        d.item("3", "Jaarrekening 2022", 1, "Het dagelijks bestuur besluit de jaarrekening 2022 vast te stellen.");
        d.decisions.add(new Decision("g1", "Het dagelijks bestuur besluit conform voorstel.", "3", null, "Dagelijks bestuur", LocalDate.of(2023, 3, 14), null, Outcome.adopted, 1, null));
        return d.build();
    }

    /** Builder of a test document: a heading block plus one paragraph per agenda item. */
    /**
     * A note stamped confidential, not in {@link #all()}: 1 document, 1 agenda item, 1 decision; the only
     * text with the word "piketvergoeding".
     */
    static LogicalDocument confidentialNote() {
        Doc d = new Doc("c9", DocKind.report, "Notitie piketvergoeding bevelvoerders", "Dagelijks bestuur", DB_DATE, null);
        d.confidential = true;
        d.blocks.add(Block.paragraph("Behandelaar " + Block.REDACTED + ".", 1).withOcr(0.9, List.of("5.1.2e")));
        d.item("1", "Piketvergoeding", 1, "Het dagelijks bestuur heeft besloten de piketvergoeding van de "
                + "bevelvoerders te verhogen; de jaarstukken 2024 bieden daarvoor ruimte.");
        d.decisions.add(new Decision("d1", "Het dagelijks bestuur heeft besloten de piketvergoeding te verhogen.", "1",
                "Piketvergoeding", "Dagelijks bestuur", DB_DATE, null, Outcome.adopted, 1, null));
        return d.build();
    }

    static final class Doc {
        final String key;
        final DocKind kind;
        final String title;
        final String body;
        final LocalDate meeting;
        final LocalDate dated;
        String org = ORG;
        boolean confidential;
        final List<Block> blocks = new ArrayList<>();
        final List<AgendaItem> items = new ArrayList<>();
        final List<Decision> decisions = new ArrayList<>();
        final List<Recommendation> recommendations = new ArrayList<>();
        final List<Action> actions = new ArrayList<>();
        final List<Amount> amounts = new ArrayList<>();
        final List<FundingFact> funding = new ArrayList<>();

        Doc(String key, DocKind kind, String title, String body, LocalDate meeting, LocalDate dated) {
            this.key = key;
            this.kind = kind;
            this.title = title;
            this.body = body;
            this.meeting = meeting;
            this.dated = dated;
            blocks.add(Block.heading(title, 1, 1, null));
        }

        String id() {
            return LogicalDocument.idFor(sha(), 1);
        }

        private String sha() {
            return (key + "0".repeat(64)).substring(0, 64);
        }

        void item(String number, String heading, int page, String text) {
            int start = blocks.size();
            blocks.add(Block.heading(heading, page, 2, number));
            blocks.add(Block.paragraph(text, page));
            items.add(new AgendaItem(number, heading, text, page, page, start, blocks.size()));
        }

        LogicalDocument build() {
            int pages = blocks.stream().mapToInt(Block::page).max().orElse(1);
            SourceFile src = new SourceFile("/in/" + key + ".pdf", key + ".pdf", sha(), 1000, "application/pdf", pages);
            return new LogicalDocument(id(), src, 1, 1, pages, kind,
                    new Metadata(title, org, body, meeting, dated, "nld", confidential), blocks, items,
                    new Tags(decisions, recommendations, actions, amounts, List.of(), funding));
        }
    }
}
