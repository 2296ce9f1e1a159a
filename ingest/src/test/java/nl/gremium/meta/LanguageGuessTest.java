package nl.gremium.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LanguageGuessTest {
    private static final String DUTCH = "Het college heeft besloten de subsidie voor het buurthuis aan de Lindelaan voor twee"
            + " jaar te verlengen en de raad hierover voor de zomer te informeren.";
    private static final String ENGLISH = "The board decided to extend the grant for the community centre for two more years"
            + " and to inform the council before the summer recess.";

    @Test
    void tellsDutchFromEnglishAndShortTextFromNeither() {
        assertEquals("nld", LanguageGuess.of(DUTCH));
        assertEquals("eng", LanguageGuess.of(ENGLISH));
        assertNull(LanguageGuess.of("Agenda"));
    }

    @Test
    void plainDutchProseNeedsNoModelButFrisianAfrikaansAndListsGoToIt() {
        String prose = DUTCH + " " + DUTCH.replace("buurthuis", "zwembad") + " Het voorstel van de wethouder is in de commissie besproken.";
        assertTrue(LanguageGuess.plainlyDutch(prose));
        assertEquals("nld", LanguageGuess.of(prose));
        String frisian = "It kolleezje hat besletten de subsydzje foar it doarpshûs oan de Buorren foar twa jier te ferlingjen en de"
                + " ried dêroer foar de simmer te ynformearjen. It foarstel is yn de kommisje besprutsen en de ried hat der mei"
                + " ynstimd. Dat betsjut dat it doarpshûs fan de gemeente in bydrage krijt foar it ûnderhâld fan it gebou.";
        assertFalse(LanguageGuess.plainlyDutch(frisian));
        String names = "Agenda 1 Opening 2 Mededelingen 3 Jaarrekening 2025 4 Begroting 2027 5 Rondvraag 6 Sluiting "
                .repeat(4);
        assertFalse(LanguageGuess.plainlyDutch(names));
        assertFalse(LanguageGuess.plainlyDutch(ENGLISH + " " + ENGLISH + " " + ENGLISH));
    }

    /** Retag and ingest guess on several threads at once: each must get the answer it gets alone. */
    @Test
    void threadsGuessingAtOnceGetTheSequentialAnswers() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            texts.add((i % 2 == 0 ? DUTCH : ENGLISH) + " " + i);
        }
        List<String> alone = texts.stream().map(LanguageGuess::of).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> together = new ArrayList<>();
            for (String t : texts) {
                together.add(pool.submit(() -> LanguageGuess.of(t)));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertEquals(alone.get(i), together.get(i).get(), texts.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
