package nl.gremium.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * What the document's own text says about it (file metadata is not trusted).
 *
 * @param body         the board, e.g. "Algemeen bestuur", "Dagelijks bestuur"
 * @param meetingDate  the date of the meeting it belongs to (agenda, minutes, proposals)
 * @param documentDate the date printed on the document (letters), else null
 * @param language     ISO 639-3 code from language detection ("nld")
 * @param confidential true when the text marks itself confidential, or the secretariat marked it so
 *                     (see {@code store.ConfidentialityMarks})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Metadata(String title, String organisation, String body, LocalDate meetingDate,
                       LocalDate documentDate, String language, boolean confidential) {

    public Metadata withTitle(String t) {
        return new Metadata(t, organisation, body, meetingDate, documentDate, language, confidential);
    }

    public Metadata withConfidential(boolean c) {
        return new Metadata(title, organisation, body, meetingDate, documentDate, language, c);
    }

    /** The date that best places the document in time. */
    public LocalDate date() {
        return documentDate != null ? documentDate : meetingDate;
    }
}
