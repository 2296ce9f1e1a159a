package nl.gremium.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
