package nl.gremium.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * A euro amount, normalised.
 *
 * @param raw     the amount as printed ("€ 27,7 miljoen")
 * @param text    the sentence (or, for a table cell, "row label | column header") it stands in
 * @param tableId the table it came from, or null for running text
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Amount(String id, String raw, BigDecimal value, String text, Integer year, String purpose,
                     String tableId, int page) {}
