package nl.gremium.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A person, organisation, municipality or date named in the text.
 *
 * @param normalized canonical form (ISO date for dates, name without title for people)
 * @param role       a person's role when stated ("voorzitter", "burgemeester van Zwolle")
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entity(EntityType type, String text, String normalized, String role, int page) {}
