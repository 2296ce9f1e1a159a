package nl.gremium.tag;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.Cell;
import nl.gremium.model.Metadata;
import nl.gremium.model.Recommendation;
import nl.gremium.model.Table;

/**
 * Recommendations printed as a table ("nr | aanbeveling | reactie college", "aanbeveling | gericht aan"): one per
 * body row of the column headed "aanbeveling", its addressee from a column headed "aan", "gericht aan" or
 * "adressaat", its number from a "nr" column or the text's own number.
 */
final class RecommendationTableTagger implements Tagger {
    private static final Pattern RECOMMENDATION = Pattern.compile("^(?:\\d+\\.?\\s*)?(?:de\\s+)?aanbeveling(?:en)?\\b(?!.*\\b(?:reactie|stand|status|opvolging)\\b)");
    private static final Pattern ADDRESSEE = Pattern.compile("^(?:gericht\\s+aan|aan|adressaat|voor\\s+wie|wie|aan\\s+wie)\\b");
    /**
     * A column on how far each recommendation has come ("Stand van zaken", "Status", "Opvolging", "Voortgang"): the
     * table reports the follow-up of recommendations made earlier (an annex "opvolging aanbevelingen vorig jaar", a
     * college's progress letter), it makes none. The original report holds them; counted here they would be doubles
     * dated and issued as the later paper.
     */
    private static final Pattern FOLLOW_UP = Pattern.compile("^(?:\\d+\\.?\\s*)?(?:stand\\s+van\\s+zaken|status|opvolging|voortgang"
            + "|mate\\s+van\\s+opvolging|realisatie|uitvoering)\\b");
    /** A paper that is itself the answer to a report: "Bestuurlijke reactie op …", "Reactie op het rapport …". */
    private static final Pattern A_REACTION = Pattern.compile(
            "(?i)^(?:bestuurlijke\\s+)?reactie\\b|\\breactie\\s+op\\s+(?:het\\s+|de\\s+)?(?:\\p{L}*rapport|onderzoek|rekenkamer|aanbeveling)");
    private static final Pattern NUMBER = Pattern.compile("^(?:nr\\.?|nummer|no\\.?|#)$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(?<n>\\d{1,2}(?:\\.\\d{1,2})?|[a-z])[.)]?\\s+(?=\\p{L})");

    @Override
    public void tag(DocumentView view, TagDraft draft) {
        IdSequence ids = draft.ids('r');
        for (int i = 0; i < draft.recommendations.size(); i++) {
            ids.next(); // continue the numbering of the taggers before
        }
        Metadata m = view.doc.metadata();
        if (m != null && m.title() != null && A_REACTION.matcher(m.title()).find()) {
            return; // "Bestuurlijke reactie op het rekenkamerrapport …": its table quotes the recommendations it answers
        }
        for (Block block : view.blocks) {
            if (!block.is(BlockType.TABLE) || block.table() == null) {
                continue;
            }
            Table table = block.table();
            int headerRows = Math.max(1, table.headerRows());
            if (table.rows().size() <= headerRows) {
                continue;
            }
            List<Cell> header = table.rows().get(headerRows - 1);
            int rec = HeaderColumn.find(header, RECOMMENDATION);
            if (rec < 0 || HeaderColumn.find(header, FOLLOW_UP) >= 0) {
                continue;
            }
            int to = HeaderColumn.find(header, ADDRESSEE);
            int nr = HeaderColumn.find(header, NUMBER);
            for (List<Cell> row : table.rows().subList(headerRows, table.rows().size())) {
                String text = DocumentView.normalise(cell(row, rec));
                String number = nr >= 0 ? DocumentView.normalise(cell(row, nr)) : null;
                Matcher lead = LEADING_NUMBER.matcher(text);
                if (lead.find()) {
                    number = number == null || number.isEmpty() ? lead.group("n") : number;
                    text = text.substring(lead.end());
                }
                if (text.split(" ").length < 3) {
                    continue;
                }
                String addressee = to >= 0 ? DocumentView.normalise(cell(row, to)) : null;
                draft.recommendations.add(new Recommendation(ids.next(), text, number == null || number.isEmpty() ? null : number,
                        m == null ? null : m.organisation(), addressee == null || addressee.isEmpty() ? null : addressee,
                        m == null ? null : m.title(), m == null ? null : m.date(), null, block.page()));
            }
        }
    }

    private static String cell(List<Cell> row, int c) {
        return c < row.size() && row.get(c).text() != null ? row.get(c).text() : "";
    }
}
