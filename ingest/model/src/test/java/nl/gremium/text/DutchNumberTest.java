package nl.gremium.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DutchNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1.234.567|1234567", "12,50|12.50", "€ 3.000,-|3000", "-4.267|-4267", "(1.234)|-1234",
            "(€ 250)|-250", "-/- 75|-75", "€ -/- 1.000|-1000", "0|0", "+24.526|24526", "+€ 24.526|24526",
    })
    void parsesDutchNotation(String text, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(DutchNumber.parse(text).orElseThrow()), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "+", "()", "(zie bijlage)", "artikel 5", "12 %"})
    void rejectsWhatIsNoNumber(String text) {
        assertTrue(DutchNumber.parse(text).isEmpty(), text);
    }
}
