package nl.gremium.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * One recommendation (aanbeveling) of an inspection or advisory report.
 *
 * @param due     the last day the report gives for it (its own deadline, else the report's deadline for the
 *                addressee's response); null when the report names none
 * @param dueText the words that give that deadline ("vóór 1 januari 2026")
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Recommendation(String id, String text, String number, String issuer, String addressee,
                             String reportTitle, LocalDate date, String theme, int page, LocalDate due, String dueText) {

    /** A recommendation whose deadline is not read (yet). */
    public Recommendation(String id, String text, String number, String issuer, String addressee,
                          String reportTitle, LocalDate date, String theme, int page) {
        this(id, text, number, issuer, addressee, reportTitle, date, theme, page, null, null);
    }

    public Recommendation withDue(LocalDate day, String words) {
        return new Recommendation(id, text, number, issuer, addressee, reportTitle, date, theme, page, day, words);
    }

    public Recommendation withAddressee(String to) {
        return new Recommendation(id, text, number, issuer, to, reportTitle, date, theme, page, due, dueText);
    }

    public Recommendation withId(String newId) {
        return new Recommendation(newId, text, number, issuer, addressee, reportTitle, date, theme, page, due, dueText);
    }
}
