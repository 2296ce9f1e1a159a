package nl.gremium.tag;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.Action;
import nl.gremium.model.Decision;
import nl.gremium.model.Outcome;
import nl.gremium.text.CaseFold;

/**
 * A decided dictum clause that orders someone is also that party's task: "het college op te dragen …", "de
 * burgemeester te verzoeken …", "mandaat te verlenen aan de gedeputeerde …", and in a decision list's own words "… en
 * verzoekt het dagelijks bestuur … op te stellen". Runs after the action tagger, which leaves a decision's sentences alone.
 */
final class DictumActionTagger implements Tagger {
    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** The bodies and office holders a decision orders: "het college (van …)", "de burgemeester", "gedeputeerde staten", … */
    private static final String BODY = "(?<actor>(?:het|de)\\s+(?:college(?:\\s+van\\s+[\\p{L}& ]{2,40}?)?|burgemeester|griffier|"
            + "presidium|gedeputeerde|(?:dagelijks|algemeen)\\s+bestuur|directeur|directie|secretaris|wethouder|voorzitter|"
            + "portefeuillehouder)|gedeputeerde\\s+staten|burgemeester\\s+en\\s+wethouders)";
    private static final Pattern ORDER = CaseFold.compile(
            "^" + BODY + "\\s+(?:[^,;]{0,80}?\\s+)?"
                    + "(?:op\\s+te\\s+dragen|te\\s+verzoeken|opdracht\\s+te\\s+geven|te\\s+mandateren|te\\s+machtigen|"
                    + "wordt\\s+gemandateerd|wordt\\s+gemachtigd)\\b", I);
    /**
     * A board's decision in a list's own words, ordering another body with a finite verb: "Het algemeen bestuur stemt in met
     * de kadernota en verzoekt het dagelijks bestuur de begroting op te stellen", "… en draagt de directeur op …".
     */
    private static final Pattern ORDERS = CaseFold.compile(
            "\\b(?:verzoekt|draagt)\\s+" + BODY + "\\s+[^.;]{0,160}?\\b(?:te\\s+\\p{L}+|op)\\s*[.;]?$", I);
    private static final Pattern MANDATE = CaseFold.compile(
            "\\b(?:mandaat|machtiging|volmacht)\\s+te\\s+verlenen\\s+aan\\s+(?<actor>(?:het|de)\\s+[\\p{L}\\- ]{2,40}?)(?=\\s+(?:om|voor|tot|van)\\b|[,;.]|$)", I);

    /** An amendment quotes the clause it adds with its number: "‘7. het college op te dragen …". */
    private static final Pattern QUOTED_CLAUSE = CaseFold.compile("^[‘'\"“„]\\s*(?:(?:\\d{1,2}|[IVX]{1,4}|[a-z])[.)]\\s+)?");

    @Override
    public void tag(DocumentView view, TagDraft draft) {
        IdSequence ids = draft.ids('a', draft.actions.size());
        for (Decision d : draft.decisions) {
            // the dictum's own clauses (no outcome) or an adopted one; a rejected proposal orders nobody
            boolean decided = d.outcome() == null || d.outcome() == Outcome.adopted || d.outcome() == Outcome.adopted_amended;
            String actor = decided ? actor(d.text()) : null;
            if (actor != null && draft.actions.stream().noneMatch(a -> a.text().contains(d.text()))) {
                draft.actions.add(new Action(ids.next(), d.text(), actor, null, null, d.agendaItem(), d.page()));
            }
        }
    }

    /** The party a decided clause orders, as printed, or null. */
    static String actor(String printed) {
        String clause = QUOTED_CLAUSE.matcher(printed).replaceFirst("");
        Matcher m = ORDER.matcher(clause);
        if (m.find()) {
            return m.group("actor");
        }
        Matcher o = ORDERS.matcher(clause);
        if (o.find()) {
            return o.group("actor");
        }
        Matcher d = MANDATE.matcher(clause);
        return d.find() ? d.group("actor").trim() : null;
    }

}
