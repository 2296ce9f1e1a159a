package nl.gremium.tag;

import static nl.gremium.tag.Docs.h;
import static nl.gremium.tag.Docs.li;
import static nl.gremium.tag.Docs.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Recommendation;
import org.junit.jupiter.api.Test;

class RecommendationDeadlinesTest {

    private static List<Recommendation> tagged(LogicalDocument doc) {
        TagDraft draft = new TagDraft(doc.id());
        DocumentView view = new DocumentView(doc);
        new RecommendationTagger().tag(view, draft);
        new RecommendationDeadlines().tag(view, draft);
        return draft.recommendations;
    }

    @Test
    void ownDeadlineElseTheResponseDeadlineOfItsAddressee() {
        LogicalDocument doc = Docs.of(DocKind.inspection_report, List.of(
                h("5", "Aanbevelingen", 1),
                h(null, "Aan de besturen van de veiligheidsregio's", 2),
                li("1.", "Oefen het crisisplan jaarlijks met de netbeheerders."),
                li("2.", "Leg de afspraken over reservebrandstof vóór 1 juli 2026 vast in het regionaal crisisplan."),
                h(null, "Aan de minister van Justitie en Veiligheid", 2),
                li("3.", "Zorg voor een landelijke regeling voor reservebrandstof."),
                h("6", "Vervolg", 1),
                p("De inspectie vraagt de besturen om vóór 1 maart 2026 te laten weten hoe zij de aanbevelingen opvolgen.")),
                List.of());
        List<Recommendation> r = tagged(doc);
        assertEquals(3, r.size(), r::toString);
        assertEquals(LocalDate.of(2026, 3, 1), r.get(0).due(), "the boards' response deadline");
        assertEquals("vóór 1 maart 2026", r.get(0).dueText());
        assertEquals(LocalDate.of(2026, 7, 1), r.get(1).due(), "its own deadline wins");
        assertNull(r.get(2).due(), "the boards' deadline does not bind the minister");
    }

    @Test
    void aResponseSentenceThatNamesNobodyBindsEveryAddressee() {
        assertTrue(RecommendationDeadlines.concerns("Wij verwachten vóór 1 mei 2026 een reactie op de aanbevelingen.",
                "Aan de minister van Justitie en Veiligheid", "Inspectie Justitie en Veiligheid"));
        assertFalse(RecommendationDeadlines.concerns("Het college reageert vóór 1 mei 2026 op de aanbevelingen.",
                "Aan de raad", "Rekenkamer Oosterwolde"));
        assertTrue(RecommendationDeadlines.concerns("De inspectie verwacht vóór 1 mei 2026 een reactie op de aanbevelingen.",
                "Aan de minister van Justitie en Veiligheid", "Inspectie Justitie en Veiligheid"),
                "the issuer that asks names no one who must respond");
    }
}
