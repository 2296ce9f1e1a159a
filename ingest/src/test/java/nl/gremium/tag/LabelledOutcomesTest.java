package nl.gremium.tag;

import static nl.gremium.tag.Docs.h;
import static nl.gremium.tag.Docs.p;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Block;
import nl.gremium.model.Cell;
import nl.gremium.model.Decision;
import nl.gremium.model.DocKind;
import nl.gremium.model.Outcome;
import nl.gremium.model.Table;
import nl.gremium.model.Tags;
import org.junit.jupiter.api.Test;

class LabelledOutcomesTest {

    @Test
    void minutesClosingAnItemWithItsOutcomeAloneDecideTheItemsTitle() {
        Tags tags = new DocumentTagger().tag(Docs.of(DocKind.minutes, List.of(
                h("2", "Verslag van de vergadering van 11 februari 2026", 1),
                p("Besluit: conform."),
                h("3", "Krediet gemaal De Hoek", 1),
                p("Mevrouw Meijer stelt voor het krediet te splitsen. Het bestuur neemt dit voorstel niet over."),
                p("Besluit: aangenomen met 14 stemmen voor en 3 stemmen tegen."),
                h("4", "Rondvraag", 1),
                p("Akkoord."),
                p("De heer Dijkstra vraagt naar de dijkversterking.")), List.of(
                new AgendaItem("2", "Verslag van de vergadering van 11 februari 2026", "", 1, 1, 0, 2),
                new AgendaItem("3", "Krediet gemaal De Hoek", "", 1, 1, 2, 5),
                new AgendaItem("4", "Rondvraag", "", 1, 1, 5, 8))));
        List<Decision> d = tags.decisions();
        assertEquals(3, d.size(), d::toString);
        Map<String, Outcome> byText = d.stream().collect(Collectors.toMap(Decision::text, Decision::outcome));
        assertEquals(Outcome.adopted, byText.get("Verslag van de vergadering van 11 februari 2026"), d::toString);
        assertEquals(Outcome.adopted, byText.get("Krediet gemaal De Hoek"), d::toString);
        assertEquals(Outcome.rejected, byText.get("Het bestuur neemt dit voorstel niet over."), "not taking a suggestion over rejects it");
    }

    @Test
    void minutesOpeningWithTheirDecisionsInATableRecordEachRowOnce() {
        Block table = Block.table(new Table("t1", null, 1, 1, List.of(
                cells("Agp.", "Onderwerp", "Besluit"),
                cells("2", "Verslag vergadering 3 juli 2026", "vastgesteld"),
                cells("4", "Tweede begrotingswijziging 2026", "vastgesteld (5 voor, 1 tegen)"),
                cells("6", "Tarievennota 2027", "aangehouden tot 4 december 2026")), 1, null, false));
        Tags tags = new DocumentTagger().tag(Docs.of(DocKind.minutes, List.of(table,
                h("4", "Tweede begrotingswijziging 2026", 1),
                p("Na een korte toelichting komt het voorstel in stemming. Het voorstel wordt met zes stemmen voor en twee tegen aangenomen.")),
                List.of(new AgendaItem("2", "Verslag vergadering 3 juli 2026", "", 1, 1, 0, 1),
                        new AgendaItem("4", "Tweede begrotingswijziging 2026", "", 1, 1, 1, 3),
                        new AgendaItem("6", "Tarievennota 2027", "", 1, 1, 3, 3))));
        List<Decision> d = tags.decisions();
        assertEquals(List.of("Verslag vergadering 3 juli 2026", "Tweede begrotingswijziging 2026", "Tarievennota 2027"),
                d.stream().map(Decision::text).toList(), "the account's vote on item 4 is the table's row, not a second decision");
        assertEquals(Outcome.deferred, d.get(2).outcome(), "aangehouden tot a date");
    }

    private static List<Cell> cells(String... texts) {
        return Arrays.stream(texts).map(Cell::of).toList();
    }

    @Test
    void aParagraphEndingOnItsOutcomeAloneDecidesItsSubItemOrItsItem() {
        Tags tags = new DocumentTagger().tag(Docs.of(DocKind.minutes, List.of(
                h("4", "Hamerstukken", 1),
                p("4a. Benoeming van mevrouw K. Smit tot lid van de auditcommissie. Conform besloten."),
                h("5", "Zienswijze begroting 2032 van de Gemeenschappelijke Regeling Belastingen", 1),
                p("De bijdrage van het waterschap stijgt met 3 procent. Conform besloten (geen zienswijze)."),
                h("6", "Rondvraag", 1),
                p("De heer Dijkstra vraagt naar de dijkversterking. De voorzitter antwoordt dat de planning klopt.")), List.of(
                new AgendaItem("4", "Hamerstukken", "", 1, 1, 0, 2),
                new AgendaItem("5", "Zienswijze begroting 2032 van de Gemeenschappelijke Regeling Belastingen", "", 1, 1, 2, 4),
                new AgendaItem("6", "Rondvraag", "", 1, 1, 4, 6))));
        List<Decision> d = tags.decisions();
        assertEquals(List.of("Benoeming van mevrouw K. Smit tot lid van de auditcommissie.",
                "Zienswijze begroting 2032 van de Gemeenschappelijke Regeling Belastingen"), d.stream().map(Decision::text).toList(), d::toString);
        assertEquals(List.of("4a", "5"), d.stream().map(Decision::agendaItem).toList());
    }
}
