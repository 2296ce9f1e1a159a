package nl.gremium.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import nl.gremium.model.Outcome;
import org.junit.jupiter.api.Test;

class OutcomesTest {

    @Test
    void mapsPrintedOutcomesWithTheLongestPhrase() {
        assertEquals(Optional.of(Outcome.adopted), Outcomes.of("Aangenomen"));
        assertEquals(Optional.of(Outcome.adopted), Outcomes.of("unaniem aangenomen"));
        assertEquals(Optional.of(Outcome.adopted), Outcomes.of("Aangenomen met 27 stemmen voor en 14 tegen"));
        assertEquals(Optional.of(Outcome.adopted), Outcomes.of("CONFORM"));
        assertEquals(Optional.of(Outcome.noted), Outcomes.of("Voor kennisgeving aangenomen"));
        assertEquals(Optional.of(Outcome.adopted_amended), Outcomes.of("Geamendeerd aangenomen"));
        assertEquals(Optional.of(Outcome.rejected), Outcomes.of("Verworpen (12-27)"));
        assertEquals(Optional.of(Outcome.held), Outcomes.of("Aangehouden"));
        assertEquals(Optional.of(Outcome.deferred), Outcomes.of("aangehouden tot de raad van april"));
        assertEquals(Optional.of(Outcome.withdrawn), Outcomes.of("Ingetrokken"));
        assertEquals(Optional.of(Outcome.tie), Outcomes.of("Stemmen staken"));
        assertEquals(Optional.of(Outcome.not_treated), Outcomes.of("Niet in stemming gebracht wegens verstrekkendheid"));
        assertEquals(Optional.of(Outcome.adopted), Outcomes.of("Beëdigd"), "accents do not matter");
    }

    @Test
    void aVotesResultIsItsPhraseOrThePhraseItEndsWith() {
        String[] qualifiers = {"", "ongewijzigd ", "unaniem ", "z.h.s. "};
        for (String q : qualifiers) {
            assertEquals(Optional.of(Outcome.adopted), Outcomes.ofResult(q + "aangenomen"), q);
            assertEquals(Optional.of(Outcome.rejected), Outcomes.ofResult(q + "verworpen"), q);
            assertEquals(Optional.of(Outcome.rejected), Outcomes.ofResult(q + "afgewezen"), q);
            assertEquals(Optional.of(Outcome.withdrawn), Outcomes.ofResult(q + "ingetrokken"), q);
            assertEquals(Optional.of(Outcome.held), Outcomes.ofResult(q + "aangehouden"), q);
        }
        for (String q : new String[] {"gewijzigd ", "geamendeerd "}) {
            assertEquals(Optional.of(Outcome.adopted_amended), Outcomes.ofResult(q + "aangenomen"), q);
            assertEquals(Optional.of(Outcome.rejected), Outcomes.ofResult(q + "verworpen"), q);
            assertEquals(Optional.of(Outcome.withdrawn), Outcomes.ofResult(q + "ingetrokken"), q);
        }
        for (String tie : new String[] {"staken de stemmen", "de stemmen staken", "stemmen staken", "stemmen gestaakt",
                "stemmen hebben gestaakt"}) {
            assertEquals(Optional.of(Outcome.tie), Outcomes.ofResult(tie), tie);
        }
        assertTrue(Outcomes.ofResult("besproken").isEmpty());
    }

    @Test
    void needsAWholeWordAtTheStart() {
        assertTrue(Outcomes.of("Aangenomenheid").isEmpty());
        assertTrue(Outcomes.of("Motie over de verworpen begroting").isEmpty());
        assertTrue(Outcomes.of("-").isEmpty());
        assertTrue(Outcomes.of("").isEmpty());
    }

    @Test
    void findsAStatusPrintedAfterATitle() {
        String title = "Nota parkeerbeleid Vechtland (2026-0412) NIET  BEHANDELD";
        Optional<Outcomes.Found> f = Outcomes.atEnd(title);
        assertTrue(f.isPresent());
        assertEquals(Outcome.not_treated, f.get().outcome());
        assertEquals("Nota parkeerbeleid Vechtland (2026-0412)", title.substring(0, f.get().start()).strip());
        assertTrue(Outcomes.atEnd("Nota parkeerbeleid Vechtland").isEmpty());
    }
}
