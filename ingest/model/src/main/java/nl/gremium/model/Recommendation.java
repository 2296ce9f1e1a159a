package nl.gremium.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** One recommendation (aanbeveling) of an inspection or advisory report. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Recommendation(String id, String text, String number, String issuer, String addressee,
                             String reportTitle, LocalDate date, String theme, int page) {}
