package nl.gremium.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The shipped Dutch models load from the jar and do their jobs on text of our own writing. */
class DutchNlpTest {
    private final DutchNlp nlp = DutchNlp.get();

    @Test
    void modelsLoadOnceAndAreShared() {
        assertSame(nlp, DutchNlp.get());
    }

    @Test
    void sentencesAreSplitAtTheirEndsAndSpansPointIntoTheText() {
        String text = "De vergadering wordt om 19.30 uur geopend. Het bestuur stelt de begroting vast. Wie is er afwezig?";
        List<String> sentences = nlp.sentences(text);
        assertEquals(3, sentences.size(), sentences.toString());
        assertTrue(sentences.get(0).contains("19.30"), "a time is not a sentence end: " + sentences);
        Span[] spans = nlp.sentenceSpans(text);
        assertEquals(sentences.size(), spans.length);
        for (int i = 0; i < spans.length; i++) {
            assertEquals(sentences.get(i), spans[i].getCoveredText(text).toString());
        }
    }

    @Test
    void aTextOpeningWithAnAbbreviationIsSplitAndEveryAbbreviationHoldsItsSentence() {
        // OpenNLP's own check read the character before a text-opening abbreviation and failed the whole document
        String text = "art. 5.1 van de wet is van toepassing. Dit betreft o.a. de namen van medewerkers en o.a. hun"
                + " telefoonnummers. Het verzoek is ontvangen.";
        List<String> sentences = nlp.sentences(text);
        assertEquals(3, sentences.size(), sentences.toString());
        assertTrue(sentences.get(0).startsWith("art. 5.1"), sentences.toString());
        assertTrue(sentences.get(1).endsWith("telefoonnummers."), "a second 'o.a.' ends no sentence: " + sentences);
        assertEquals(3, nlp.sentenceSpans("nr. 12 is verzonden. Het is ontvangen. Zie ook nr. 13.").length);
    }

    @Test
    void aWebAddressInMidClauseEndsNoSentence() {
        List<String> sentences = nlp.sentences("Het besluit wordt op www.waterschap-oost.nl gepubliceerd. De stukken volgen.");
        assertEquals(List.of("Het besluit wordt op www.waterschap-oost.nl gepubliceerd.", "De stukken volgen."), sentences);
        assertEquals(2, nlp.sentences("Zie voor de regels ook de site waterschap-oost.nl en de Staatscourant. Die volgt.").size());
    }

    @Test
    void tokensSeparatePunctuationFromWords() {
        List<String> tokens = Arrays.asList(nlp.tokens("Het bestuur besluit, na overleg, de nota vast te stellen."));
        assertTrue(tokens.contains("besluit"), tokens.toString());
        assertTrue(tokens.contains(","), tokens.toString());
        assertEquals(".", tokens.get(tokens.size() - 1), tokens.toString());
        assertEquals("stellen", tokens.get(tokens.size() - 2), tokens.toString());
    }

    @Test
    void keepingLetterAndDigitRunsWholeGivesTheTrainedModelsOwnTokens() throws Exception {
        TokenizerModel trained;
        try (InputStream in = DutchNlp.class.getResourceAsStream("/nl/gremium/nlp/" + DutchNlp.TOKEN_MODEL)) {
            trained = new TokenizerModel(in);
        }
        assertFalse(trained.getFactory().isUseAlphaNumericOptimization(), "the model is consulted everywhere as trained");
        TokenizerME everywhere = new TokenizerME(trained);
        TokenizerME skipping = new TokenizerME(DutchNlp.keepingAlphanumericRunsWhole(trained));
        for (String text : List.of(
                "Het college stelt op 3 maart 2026 een krediet van € 1.250.000,50 beschikbaar (zie art. 4.2, lid 3e).",
                "De Wob-verzoeker vroeg t.o.v. het B&W-besluit om 2e en 3e exemplaren; zaaknr. Z-2025/0412a.",
                "Reactie van de VRHM: het AB besluit d.d. 12-05-2025 tot één geïntegreerde meldkamer, nl. in Ede.",
                "Motie 25M12 (nr. 2025.117) is aangenomen met 27 stemmen vóór; CDA/VVD tegen; 12h00 → einde.")) {
            assertArrayEquals(everywhere.tokenize(text), skipping.tokenize(text), text);
            assertArrayEquals(everywhere.tokenize(text), nlp.tokens(text), text);
        }
    }

    @Test
    void roleFeaturesAreLowerCasedWithDigitsFolded() {
        assertArrayEquals(new String[] {"het", "bedrag", "van", "€", "0.000.000", "in", "0000"},
                DutchNlp.roleFeatures(new String[] {"Het", "BEDRAG", "van", "€", "1.250.000", "in", "2025"}));
    }

    @Test
    void roleScoresAreAProbabilityDistributionOverEveryRole() {
        DutchNlp.RoleScore s = nlp.role("Het algemeen bestuur besluit de jaarrekening 2025 vast te stellen.");
        assertEquals(SentenceRole.values().length, s.all().size());
        double sum = s.all().values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(1.0, sum, 1e-6);
        for (SentenceRole r : SentenceRole.values()) {
            assertTrue(s.p(r) <= s.probability() + 1e-12, "the best role has the highest probability: " + s);
        }
        assertEquals(s.probability(), s.p(s.role()));
    }
}
