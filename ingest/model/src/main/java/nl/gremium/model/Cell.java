package nl.gremium.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/** A table cell: its text as printed and, when the text is a number in Dutch notation, that number. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Cell(String text, BigDecimal number) {
    public static Cell of(String text) {
        return new Cell(text, null);
    }
}
