package nl.gremium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import nl.gremium.store.RecommendationStatus;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> nl = keys("messages.properties"), en = keys("messages_en.properties");
        Set<String> onlyNl = new TreeSet<>(nl), onlyEn = new TreeSet<>(en);
        onlyNl.removeAll(en);
        onlyEn.removeAll(nl);
        assertTrue(onlyNl.isEmpty() && onlyEn.isEmpty(), "only Dutch: " + onlyNl + "; only English: " + onlyEn);
    }

    @Test
    void everyApostropheIsWrittenTwiceAsMessageFormatWants() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties p = new Properties();
            try (InputStream in = Messages.class.getResourceAsStream(name)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            p.forEach((k, v) -> assertTrue(!v.toString().replace("''", "").contains("'"), name + " " + k + ": write '' for an apostrophe"));
        }
        assertEquals("Resultaatpagina's", Messages.NL.get("search.pages"));
    }

    @Test
    void everyStatusHasALabelInBothLanguages() throws IOException {
        Set<String> nl = keys("messages.properties"), en = keys("messages_en.properties");
        for (RecommendationStatus s : RecommendationStatus.values()) {
            for (String key : new String[] {"status." + s.name(), "reg.status." + s.name()}) {
                assertTrue(nl.contains(key) && en.contains(key), key);
            }
        }
        assertEquals("niet overgenomen", Messages.NL.get("status.not_adopted"));
    }

    @Test
    void dutchIsTheDefaultAndEnglishTheOption() {
        assertEquals(Messages.NL, Messages.forCode(null));
        assertEquals(Messages.NL, Messages.forCode("fr"));
        assertEquals("Zoeken", Messages.NL.get("nav.search"));
        assertEquals("Search", Messages.EN.get("nav.search"));
        assertEquals("Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.", Messages.NL.get("login.throttled", 15));
    }

    @Test
    void datesAndNumbersFollowTheLanguage() {
        LocalDate d = LocalDate.of(2025, 6, 16);
        assertEquals("16-06-2025", Messages.NL.date(d));
        assertEquals("16 Jun 2025", Messages.EN.date(d));
        assertEquals("12.345", Messages.NL.number(12345));
        assertEquals("12,345", Messages.EN.number(12345));
        assertEquals("0,93", Messages.NL.decimal(0.9349, 2));
        assertEquals("€ 1.234.567,50", Messages.NL.euro(new BigDecimal("1234567.50")));
        assertEquals("€1,234,567", Messages.EN.euro(new BigDecimal("1234567")));
    }

    @Test
    void theRequestsLanguageIsPerThread() {
        Messages.use(Messages.EN);
        try {
            assertEquals("16 Jun 2025", Html.date(LocalDate.of(2025, 6, 16)));
        } finally {
            Messages.clear();
        }
        assertEquals("16-06-2025", Html.date(LocalDate.of(2025, 6, 16)));
    }

    @Test
    void theSwitchGoesBackOnlyToThisServer() {
        assertEquals("/decisions?year=2025", Lang.back("http://localhost:8080/decisions?year=2025", "localhost:8080"));
        assertEquals("/", Lang.back("http://evil.example/decisions", "localhost:8080"));
        assertEquals("/", Lang.back(null, "localhost:8080"));
        assertEquals("/", Lang.back("http://localhost:8080/lang/en", "localhost:8080"));
    }

    private static Set<String> keys(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }
}
