package nl.gremium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import nl.gremium.store.RecommendationStatus;
import org.junit.jupiter.api.Test;

class ErrorMapperTest {
    @Test
    void aBadValueIsExplainedInOurWordsButALibrarysMessageStaysOnTheServer() {
        IllegalArgumentException ours = assertThrows(IllegalArgumentException.class, () -> RecommendationStatus.parse("half klaar"));
        assertEquals(ours.getMessage(), ErrorMapper.userMessage(ours), "our parser's words are meant for the user");
        IllegalArgumentException library = assertThrows(IllegalArgumentException.class, () -> URI.create("http://a b/\\c"));
        assertEquals(Messages.current().get("error.400"), ErrorMapper.userMessage(library), "not: " + library.getMessage());
    }
}
