package nl.gremium.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.gremium.store.Json;
import org.junit.jupiter.api.Test;

class FundingFactTest {

    @Test
    void writesDocIdAndTitleAndStillReadsTheOldNames() throws Exception {
        FundingFact f = new FundingFact("d-01#f1", "Regio West", 2026, "BDuR", new BigDecimal("812000"),
                FundingKind.allocation, "d-01", "Brief uitkering", LocalDate.of(2026, 2, 1), "t1", 3);
        String json = Json.mapper().writeValueAsString(f);
        assertTrue(json.contains("\"docId\":\"d-01\"") && json.contains("\"title\":\"Brief uitkering\""), json);
        assertFalse(json.contains("sourceDoc") || json.contains("sourceTitle"), json);
        assertEquals(f, Json.mapper().readValue(json, FundingFact.class));

        String old = json.replace("\"docId\"", "\"sourceDoc\"").replace("\"title\"", "\"sourceTitle\"");
        assertEquals(f, Json.mapper().readValue(old, FundingFact.class), "a data folder written before the rename");
    }
}
