package nl.gremium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import nl.gremium.analytics.Evidence;
import nl.gremium.model.Block;
import nl.gremium.model.Commitment;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Metadata;
import nl.gremium.model.Tags;
import nl.gremium.store.RecommendationStatus;
import org.junit.jupiter.api.Test;

class FollowUpFinderTest {
    private static final LocalDate VOTED = LocalDate.of(2025, 10, 2);

    private static LogicalDocument letter(String hash, String text) {
        return new LogicalDocument(hash + "-01", WebFixture.source(hash, "brief-" + hash + ".txt"), 1, 1, 1, DocKind.letter,
                new Metadata("Raadsinformatiebrief", "Gemeente Testdorp", null, LocalDate.of(2026, 1, 15), null, "nld", false),
                List.of(Block.paragraph(text, 1)), List.of(), Tags.EMPTY);
    }

    private static Evidence only(String text) {
        List<Evidence> found = FollowUpFinder.forMotion("own", "Bomen langs de Dorpsstraat", "M9", VOTED,
                List.of(letter("7777777777777777", text)));
        assertEquals(1, found.size(), text);
        return found.get(0);
    }

    @Test
    void notYetCarriedOutIsNotDoneAndDecidingNotToIsSaidSo() {
        assertEquals(RecommendationStatus.closed,
                only("Met deze brief is de motie Bomen langs de Dorpsstraat uitgevoerd: de bomen staan er.").suggests());
        assertEquals(RecommendationStatus.open,
                only("De motie Bomen langs de Dorpsstraat is nog niet uitgevoerd; de bomen komen er in het voorjaar.").suggests());
        Evidence declined = only("Het college voert de motie Bomen langs de Dorpsstraat niet uit, omdat er kabels in de grond liggen.");
        assertEquals(RecommendationStatus.not_adopted, declined.suggests());
        assertEquals(FollowUpFinder.RULE_DECLINED, declined.rule());
        // a reproach or advice is no decision, and "niet correct afgedaan" is not done
        assertEquals(RecommendationStatus.open, only("Waarom voert het college de motie Bomen langs de Dorpsstraat niet uit?")
                .suggests());
        assertEquals(RecommendationStatus.open, only("Volgens de bewoners is de motie Bomen langs de Dorpsstraat niet correct "
                + "afgedaan.").suggests());
    }

    @Test
    void aListSayingNotDoneIsNotDone() {
        LogicalDocument list = letter("8888888888888888", "Lijst van toezeggingen");
        Commitment c = new Commitment("c1", "De raad ontvangt een brief over de speelplekken.", "Bakker", "de raad", null, null, 1,
                "toezegging", "Niet afgedaan");
        assertEquals(RecommendationStatus.open, FollowUpFinder.fromList(list, c).orElseThrow().suggests());
    }
}
