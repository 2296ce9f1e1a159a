package nl.gremium.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** A commitment or task for the future; {@code actor} null when the text names none. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Action(String id, String text, String actor, LocalDate due, String dueText,
                     String agendaItem, int page) {}
