package nl.gremium.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenBagTest {

    @Test
    void countsFoldedTokensOfTwoOrMoreCharacters() {
        assertEquals(Map.of("de", 2, "raad", 1, "financien", 1), TokenBag.of("De raad, de Financiën; a"));
    }

    @Test
    void f1AndContainment() {
        assertEquals(1.0, TokenBag.f1("Motie groene pleinen", "motie GROENE pleinen"), 1e-9);
        assertEquals(0.0, TokenBag.f1("motie", "amendement"), 1e-9);
        assertEquals(2 * 0.5 * 1.0 / 1.5, TokenBag.f1("de raad", "raad"), 1e-9);
        assertEquals(1.0, TokenBag.containment("stel een plan op", "stel samen een plan op"), 1e-9);
    }
}
