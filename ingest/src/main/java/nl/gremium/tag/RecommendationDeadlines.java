package nl.gremium.tag;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.gremium.model.Recommendation;
import nl.gremium.text.CaseFold;

/**
 * Due dates of a report's recommendations, as the report prints them: a deadline in the recommendation itself
 * ("… en rapporteer daarover vóór 1 juli 2026"), else the report's deadline for the addressee's response ("De
 * Inspectie vraagt de besturen om vóór 1 januari 2026 te laten weten hoe zij de aanbevelingen opvolgen"), which
 * holds for the recommendations of the addressee that sentence names (all of them when it names none). A
 * controller's own due date, set in the tracker, wins over both.
 */
final class RecommendationDeadlines implements Tagger {
    /** A sentence about the follow-up of the recommendations, not one about the findings. */
    private static final Pattern RESPONSE = CaseFold.compile(
            "(?iu)\\baanbeveling(?:en)?\\b.*\\b(?:opvolg\\p{L}*|op\\s+te\\s+volgen|reag\\p{L}+|reactie|laten\\s+weten|informeren"
                    + "|berichten|uit(?:voer|\\s+te\\s+voer)\\p{L}*|implement\\p{L}+)|\\b(?:opvolg\\p{L}*|reactie|laten\\s+weten)\\b.*"
                    + "\\baanbeveling(?:en)?\\b");

    @Override
    public void tag(DocumentView view, TagDraft draft) {
        if (draft.recommendations.isEmpty()) {
            return;
        }
        List<DocumentView.Sentence> responses = view.allSentences().stream()
                .filter(s -> RESPONSE.matcher(s.text()).find()).toList();
        for (int i = 0; i < draft.recommendations.size(); i++) {
            Recommendation r = draft.recommendations.get(i);
            if (r.due() != null) {
                continue; // the list tagger gave it the deadline of the expectation its list completes
            }
            LocalDate from = r.date() != null ? r.date() : view.date();
            Optional<Deadline> own = Deadline.in(r.text(), from).filter(d -> d.day() != null);
            Optional<Deadline> due = own.isPresent() ? own : responses.stream()
                    .filter(s -> concerns(s.text(), r.addressee(), r.issuer()))
                    .map(s -> Deadline.in(s.text(), from)).flatMap(Optional::stream)
                    .filter(d -> d.day() != null).findFirst();
            if (due.isPresent()) {
                draft.recommendations.set(i, r.withDue(due.get().day(), due.get().text()));
            }
        }
    }

    /**
     * Whether a response sentence binds the recommendation's addressee: it names that addressee (a head noun of
     * {@link Addressees}, "de besturen", "de minister"), or it names no addressee at all. The report's issuer
     * ("De inspectie vraagt …") asks; it is not one who must respond.
     */
    static boolean concerns(String sentence, String addressee, String issuer) {
        String s = sentence.toLowerCase(Locale.ROOT);
        String a = addressee == null ? "" : addressee.toLowerCase(Locale.ROOT);
        String by = issuer == null ? "" : issuer.toLowerCase(Locale.ROOT);
        List<String> named = Addressees.heads().stream()
                .filter(h -> !h.equals("u") && word(h).matcher(s).find() && !word(h).matcher(by).find()).toList();
        return named.isEmpty() || named.stream().anyMatch(h -> word(h).matcher(a).find());
    }

    private static Pattern word(String head) {
        return CaseFold.compile("(?<![\\p{L}])" + Pattern.quote(head) + "(?![\\p{L}])");
    }
}
