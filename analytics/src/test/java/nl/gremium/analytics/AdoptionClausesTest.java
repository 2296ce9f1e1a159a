package nl.gremium.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdoptionClausesTest {
    private static List<AdoptionClauses.Verdict> of(String sentence) {
        return AdoptionClauses.of(FollowUpMatcher.normalise(sentence));
    }

    private static AdoptionClauses.Verdict taken(String... numbers) {
        return new AdoptionClauses.Verdict(Set.of(numbers), numbers.length == 0, true, Set.of());
    }

    private static AdoptionClauses.Verdict declined(String... numbers) {
        return new AdoptionClauses.Verdict(Set.of(numbers), numbers.length == 0, false, Set.of());
    }

    @Test
    void numberedRecommendationsAreTakenOverOrDeclinedClauseByClause() {
        assertEquals(List.of(taken("1", "2", "3", "4"), declined("5")),
                of("De raad besluit de aanbevelingen 1 tot en met 4 uit het rapport over te nemen en aanbeveling 5 niet."));
        assertEquals(List.of(taken("1", "2", "4"), declined("3")),
                of("Wij nemen de aanbevelingen 1, 2 en 4 over; aanbeveling 3 wordt niet overgenomen."));
        assertEquals(List.of(taken("2", "3", "4")), of("In te stemmen met aanbevelingen 2 t/m 4 van de rekenkamer."));
        assertEquals(List.of(declined("6")), of("Het college besluit aanbeveling 6 niet over te nemen."));
        assertEquals(List.of(declined("2")), of("Aanbeveling 2 neemt het college niet over."));
        // "deze aanbeveling" after a number is that one; without one, the one the sentence is about, not all of them
        assertEquals(List.of(declined("3"), declined("3")), of("Aanbeveling 3: wij nemen deze aanbeveling niet over."));
        assertEquals(List.of(new AdoptionClauses.Verdict(Set.of(), false, false, Set.of("nemen"))),
                of("Deze aanbeveling nemen wij niet over."));
        // one recommendation excepted by its subject: the words of its clause say which
        assertEquals(List.of(taken(), new AdoptionClauses.Verdict(Set.of(), false, false, Set.of("centrale", "backoffice"))),
                of("De aanbevelingen nemen wij over, met uitzondering van de aanbeveling over de centrale backoffice."));
    }

    @Test
    void anExceptionIsDecidedTheOtherWay() {
        assertEquals(List.of(taken(), declined("2")),
                of("Het college neemt de aanbevelingen over, met uitzondering van aanbeveling 2."));
        assertEquals(List.of(declined()), of("De raad besluit de aanbevelingen van de rekenkamer niet over te nemen."));
    }

    @Test
    void proposingOrAskingToTakeThemOverDecidesNothing() {
        assertEquals(List.of(), of("Wij stellen u voor in te stemmen met de aanbevelingen 1 tot en met 3."));
        assertEquals(List.of(), of("Het presidium stelt de raad voor de aanbevelingen over te nemen."));
        assertEquals(List.of(), of("Wij vragen u aanbeveling 2 niet over te nemen."));
        assertEquals(List.of(), of("De rekenkamer adviseert de raad de aanbevelingen over te nemen."));
    }

    @Test
    void takingNoteOrReportingProgressDecidesNothing() {
        assertEquals(List.of(), of("Het bestuur neemt kennis van aanbeveling 3 over de oefeningen."));
        assertEquals(List.of(), of("Aanbeveling 4 is nog niet uitgevoerd."));
        assertEquals(List.of(), of("De aanbevelingen uit 2024 zijn besproken."));
        assertEquals(Set.of("1", "2"), AdoptionClauses.named(FollowUpMatcher.normalise("Aanbevelingen 1 en 2 zijn uitgevoerd.")));
        // a year or an amount after the word is no recommendation's number
        assertEquals(Set.of(), AdoptionClauses.named(FollowUpMatcher.normalise("De aanbevelingen 2024 en het budget.")));
    }
}
