package nl.gremium.classify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import nl.gremium.text.RegexGuard;
import org.junit.jupiter.api.Test;

/**
 * A cue's literals are a necessary condition of its regex: a line the regex matches must hold one of them, or the
 * guard would silently drop the cue's points. Tried on lines that each match some recognition cue.
 */
class CueGuardsTest {
    private static final List<String> LINES = List.of(
            "Wij informeren u graag over de stand van zaken.", "Met deze brief berichten wij u over de aanbesteding.",
            "Hierbij ontvangt u de jaarstukken.", "In uw brief van 3 maart vraagt u om uitstel.",
            "Met vriendelijke groet,", "Hoogachtend,", "Met collegiale groet",
            "De vergadering wordt gehouden op dinsdag 4 mei.", "U wordt uitgenodigd voor de vergadering van het AB.",
            "De voorzitter nodigt de leden uit voor een werkbezoek.", "Uitnodiging", "De te houden vergadering",
            "Mevrouw De Vries (D66): Voorzitter, ik heb een vraag.", "De voorzitter: Ik open de vergadering.",
            "Wethouder Bakker: Dat zeg ik toe.", "verzoekt het college om voor 1 juli te rapporteren,",
            "draagt de burgemeester op het gesprek aan te gaan", "spreekt uit dat de raad hecht aan een open proces,",
            "besluit het ontwerpbesluit als volgt te wijzigen:", "Aan beslispunt 2 wordt toegevoegd:",
            "de tekst komt te luiden:", "het woord 'juni' te vervangen door 'juli'", "onderdeel 3 te schrappen",
            "het dictum aan te vullen met", "Het voorstel van wet wordt als volgt gewijzigd:",
            "7. Motie vreemd aan de orde van de dag aangenomen", "3. Verordening parkeerbelasting conform voorstel",
            "4. Jaarrekening vastgesteld", "5. Benoeming lid rekenkamer hamerstuk", "6. Amendement A ingetrokken",
            "Het college heeft besloten de subsidie te verlenen.", "Besluit:", "Wordt voorgesteld te besluiten:",
            "Wij stellen u voor om in te stemmen.", "Beslispunten", "Portefeuillehouder: wethouder Jansen",
            "De voorzitter opent de vergadering om 19.30 uur.", "Mevrouw Smit vraagt of het college dit kan toezeggen.");

    @Test
    void everyLineTheRegexMatchesHoldsALiteral() {
        List<Cue> cues = Stream.of(AgendaRecogniser.CUES, DecisionListRecogniser.CUES, LetterRecogniser.CUES,
                MinutesRecogniser.CUES, MotionRecogniser.CUES, ProposalRecogniser.CUES, ReportRecogniser.CUES)
                .flatMap(List::stream).filter(c -> !c.needs().isEmpty()).toList();
        assertTrue(cues.size() >= 10, "the guarded cues are found");
        for (Cue cue : cues) {
            for (String line : LINES) {
                if (cue.pattern().matcher(line).find()) {
                    assertTrue(RegexGuard.containsAny(RegexGuard.fold(line), cue.needs()),
                            cue.kind() + " " + cue.why() + " matches \"" + line + "\" without any of " + cue.needs());
                }
            }
        }
    }
}
