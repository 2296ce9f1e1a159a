package nl.gremium.tag;

import static nl.gremium.tag.Docs.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.gremium.model.Action;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Decision;
import nl.gremium.model.DocKind;
import nl.gremium.model.Tags;
import org.junit.jupiter.api.Test;

/**
 * A verbatim council record end to end: what its members say decides nothing ({@link SpokenDecisions}), and a promise
 * is made by the speaker in whose turn it stands ({@link Turns}, {@link MinutesActionTagger}).
 */
class VerbatimRecordTest {

    /** A verbatim council record: every turn opens with its speaker. */
    private static final Tags RECORD = new DocumentTagger().tag(Docs.of(DocKind.minutes, List.of(
            p("Aan de orde is:"),
            p("A. Vaststelling agenda."),
            p("De agenda wordt ongewijzigd vastgesteld."),
            p("Aan de orde is:"),
            p("B. Voorstel van het college inzake de Nota Stadsgroen 2027."),
            p("De voorzitter. Ik geef het woord aan mevrouw Smit."),
            p("Eva Smit (GroenLinks). Voorzitter. De raad stelt hopelijk vandaag de nota vast. Wij steunen het voorstel van harte."),
            p("Wethouder Bakker (D66). Dank u wel. Ik zeg toe dat ik de raad voor 1 juni over de uitvoering informeer."),
            p("Piet Jansen (VVD). Als wij deze nota vandaag vaststellen, moeten alle parken in 2028 worden aangepast."),
            p("De heer Van Dijk. Ik zeg toe dat ik de wijkagent vraag bij de speeltuin langs te gaan."),
            p("De voorzitter. Ik lees de motie voor: overwegende dat de wethouder heeft toegezegd het park in mei te openen."),
            p("Eva Smit (GroenLinks). Dank u voor de toelichting."),
            p("Piet Jansen (VVD). Ik heb geen vragen meer."),
            p("Wethouder Bakker (D66). Ik heb niets toe te voegen. Maar ik zeg toe dat we de bewoners voor de zomer informeren."),
            p("Eva Smit (GroenLinks). Dan zijn we klaar."),
            p("De voorzitter. Dan gaan we over tot de stemming."),
            p("Aan de orde is:"),
            p("C. Voorstel van het college inzake de herinrichting van het Westpark."),
            p("Piet Jansen (VVD). Voorzitter. Wij steunen dit voorstel, en dat zal niemand in deze zaal verbazen."),
            p("Ik hoop dat het voorstel voor het Westpark vandaag met een ruime meerderheid van de raad wordt aangenomen.")),
            List.of(new AgendaItem("A", "Vaststelling agenda", "", 1, 1, 0, 3),
                    new AgendaItem("B", "Voorstel van het college inzake de Nota Stadsgroen 2027", "", 1, 1, 3, 16),
                    new AgendaItem("C", "Voorstel van het college inzake de herinrichting van het Westpark", "", 1, 1, 16, 20))));

    @Test
    void whatAMemberSaysInTheirTurnDecidesNothingWhileTheRecordsOwnLineDoes() {
        List<String> decided = RECORD.decisions().stream().map(Decision::text).toList();
        assertTrue(decided.contains("De agenda wordt ongewijzigd vastgesteld."), decided::toString);
        assertTrue(decided.stream().noneMatch(d -> d.contains("hopelijk") || d.startsWith("Als wij")), decided::toString);
        assertTrue(decided.stream().noneMatch(d -> d.contains("Westpark")), "the speech goes on in the next paragraph");
    }

    @Test
    void aPromiseIsItsSpeakersAndTheChairReadingOutAMotionPromisesNothing() {
        Action agent = RECORD.actions().stream().filter(a -> a.text().contains("wijkagent")).findFirst().orElseThrow();
        assertEquals("De heer Van Dijk", agent.actor());
        Action residents = RECORD.actions().stream().filter(a -> a.text().contains("bewoners")).findFirst().orElseThrow();
        assertEquals("Wethouder Bakker (D66)", residents.actor(), "'Maar ik zeg toe': the alderman in whose turn it stands");
        RECORD.actions().stream().filter(a -> a.text().contains("park in mei")).findFirst()
                .ifPresent(a -> assertTrue(a.actor() == null || !a.actor().contains("Jansen"), a::toString));
    }
}
