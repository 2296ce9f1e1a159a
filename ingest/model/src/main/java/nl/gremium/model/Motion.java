package nl.gremium.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A motion or amendment as the document itself presents it, so that a decision list or minutes elsewhere can
 * be linked to it by number or title.
 *
 * @param kind        {@link DocKind#motion} or {@link DocKind#amendment}
 * @param number      the item code as printed ("M12", "K.2 VVD", "32 545, nr. 143"), or null
 * @param title       the title line as printed ("Motie: Groen in de wijk"), or null
 * @param submitters  the submitters' names as printed
 * @param parties     the parties of the submitters, as printed (abbreviations or names)
 * @param outcome     the outcome stamped on the document, null when none is recorded
 * @param outcomeText the stamp as printed ("Verworpen", "aangenomen"), or null
 * @param page        the page of the title
 * @param outcomeSource where the outcome comes from when another document records it (the decision id of
 *                    the decision-list row or minutes vote, "docId#d…"); null when stamped on the motion itself
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Motion(String id, DocKind kind, String number, String title, List<String> submitters,
                     List<String> parties, Outcome outcome, String outcomeText, int page,
                     String outcomeSource) {

    public Motion(String id, DocKind kind, String number, String title, List<String> submitters, List<String> parties,
                  Outcome outcome, String outcomeText, int page) {
        this(id, kind, number, title, submitters, parties, outcome, outcomeText, page, null);
    }

    public Motion {
        submitters = submitters == null ? List.of() : List.copyOf(submitters);
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
