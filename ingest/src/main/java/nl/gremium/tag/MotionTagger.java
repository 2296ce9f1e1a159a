package nl.gremium.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.Action;
import nl.gremium.model.BlockType;
import nl.gremium.model.Decision;
import nl.gremium.model.DocKind;
import nl.gremium.model.Motion;
import nl.gremium.text.CaseFold;

/**
 * Motions and amendments. The document becomes one {@link Motion} (code, title, submitters, parties, stamped
 * outcome). When the document records its outcome, the council decided on it: a rejected, withdrawn or held
 * motion or amendment and an adopted motion are one decision (the title line, with the outcome); an adopted
 * amendment's clauses are decisions each. A motion's requests ("verzoekt het college …", "draagt de burgemeester
 * op", "roept de regering op") are actions of the party asked, one per clause, unless the motion was rejected, withdrawn
 * or held: adopted, they are the tasks a controller follows up. An amendment's clauses are only proposals and tagged as
 * nothing.
 */
final class MotionTagger implements Tagger {
    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** The party a motion asks, as printed. */
    private static final String ACTOR = "(?:(?:het|de)\\s+(?:college(?:\\s+van\\s+(?:b\\s*(?:&|en)\\s*w|burgemeester\\s+en\\s+wethouders|"
            + "gedeputeerde\\s+staten))?|regering|kabinet|minister(?:-president)?(?:\\s+van\\s+[\\p{L}\\- ]{3,60}?)?|"
            + "staatssecretaris(?:\\s+van\\s+[\\p{L}\\- ]{3,60}?)?|burgemeester|presidium|griffie[r]?|"
            + "(?:dagelijks|algemeen)\\s+bestuur|gemeenteraad|raad|voorzitter|wethouder(?:\\s+van\\s+[\\p{L}\\- ]{3,40}?)?|"
            + "directeur|directie|commissie|rekenkamer|agendacommissie|werkgeverscommissie|gemeente|provincie)|"
            + "gedeputeerde\\s+staten|GS|B\\s*&\\s*W|burgemeester\\s+en\\s+wethouders|het\\s+bestuur)";
    /**
     * The request going straight on with what is asked, an infinitive clause ("verzoekt de regering de mogelijkheden te
     * onderzoeken"): after a whole word of the party, not its "van …" (the party's name goes on there).
     */
    private static final String DIRECT = "(?<=\\s)(?=(?!van\\b)\\p{L}[^;]*?\\bte\\s+\\p{L})";
    private static final Pattern REQUEST = CaseFold.compile(
            "^(?:en\\s+)?(?:verzoek(?:t|en)|roep(?:t|en)|draag(?:t)?|dragen|vraag(?:t)?|vragen|geeft|geven)\\s+(?<actor>" + ACTOR
                    + ")(?:\\s+(?:tevens|ook|daarnaast|voorts|verder|eveneens|derhalve|dan\\s+ook))?(?:\\s+(?:op|opdracht))?"
                    + "\\s*(?<punct>[,:;]|om\\b|$|" + DIRECT + ")(?<rest>.*)$", I);

    /** A line that introduces an amendment's change ("Aan het besluit wordt een nieuw beslispunt toegevoegd:"), not a clause. */
    private static final Pattern CHANGE_LEAD = CaseFold.compile(
            "\\b(?:toegevoegd|toe\\s+te\\s+voegen|vervangen|te\\s+vervangen|gewijzigd|te\\s+wijzigen|komt\\s+te\\s+luiden|als\\s+volgt|"
                    + "geschrapt|te\\s+schrappen)\\b[^:]{0,40}:$", I);

    @Override
    public void tag(DocumentView view, TagDraft draft) {
        DocKind kind = view.doc.kind() == DocKind.amendment ? DocKind.amendment : DocKind.motion;
        MotionHeader h = MotionHeader.of(view);
        OutcomeStamp stamp = OutcomeStamp.find(view, true);
        int page = h.titleBlock() >= 0 ? view.block(h.titleBlock()).page() : view.doc.pageStart();
        draft.motions.add(new Motion(draft.ids('v').next(), kind, h.number(), h.title(), h.submitters(), h.parties(),
                stamp == null ? null : stamp.outcome(), stamp == null ? null : stamp.text(), page));
        if (stamp != null) {
            decisions(view, draft, kind, h, stamp, page);
        }
        if (kind == DocKind.motion && (stamp == null || stamp.adopted())) {
            requests(view, draft, h);
        }
    }

    private static void decisions(DocumentView view, TagDraft draft, DocKind kind, MotionHeader h, OutcomeStamp stamp, int page) {
        IdSequence ids = draft.ids('d');
        if (kind == DocKind.amendment && stamp.adopted()) {
            Dictum dictum = Dictum.last(view, stamp.block());
            if (dictum != null) {
                List<Clauses.Clause> clauses = goOnAfterStamp(view, dictum, stamp);
                for (Clauses.Clause c : clauses) {
                    if (!CHANGE_LEAD.matcher(c.text()).find()) { // "Aan het besluit wordt een beslispunt toegevoegd:" leads in the change
                        draft.decisions.add(decision(view, ids, c.text(), h, stamp, c.page()));
                    }
                }
                if (!clauses.isEmpty()) {
                    return;
                }
            }
        }
        String text = h.title() != null ? h.title() : view.doc.title();
        if (text != null) {
            draft.decisions.add(decision(view, ids, text, h, stamp, page));
        }
    }

    /**
     * A stamp laid over a page after the vote comes last in that page's text layer, so the dictum can seem to end in it
     * ("2. … / AANGENOMEN in de openbare raadsvergadering van … / De griffier" on page 1, "3. …" on page 2): the stamp is no
     * clause, and the clauses go on where the next page goes on with the next number.
     */
    private static List<Clauses.Clause> goOnAfterStamp(DocumentView view, Dictum dictum, OutcomeStamp stamp) {
        List<Clauses.Clause> clauses = new ArrayList<>(dictum.clauses(view));
        if (stamp.block() < dictum.block()) {
            return clauses;
        }
        clauses.removeIf(c -> c.block() >= stamp.block());
        if (clauses.isEmpty()) {
            return clauses;
        }
        String last = clauses.get(clauses.size() - 1).marker();
        int page = view.block(stamp.block()).page();
        for (int b = stamp.block() + 1; b < view.blocks.size() && last != null && last.matches("\\d+[.)]?"); b++) {
            if (view.block(b).page() > page && view.is(b, BlockType.LIST_ITEM)) {
                List<Clauses.Clause> more = Clauses.read(view, dictum.block(), null, b);
                int next = Integer.parseInt(last.replaceAll("\\D", "")) + 1;
                if (!more.isEmpty() && more.get(0).marker() != null && more.get(0).marker().replaceAll("\\D", "").equals(String.valueOf(next))) {
                    clauses.addAll(more);
                }
                break;
            }
        }
        return clauses;
    }

    private static Decision decision(DocumentView view, IdSequence ids, String text, MotionHeader h, OutcomeStamp stamp, int page) {
        return new Decision(ids.next(), text, h.number(), h.title(), view.doc.metadata() == null ? null : view.doc.metadata().body(),
                view.date(), null, stamp.outcome(), page, stamp.text());
    }

    /** Each request clause as an action of the party asked. */
    private static void requests(DocumentView view, TagDraft draft, MotionHeader h) {
        IdSequence ids = draft.ids('a');
        for (int b = 0; b < view.blocks.size(); b++) {
            if (view.is(b, BlockType.TABLE)) {
                continue;
            }
            Matcher m = REQUEST.matcher(view.text(b));
            if (!m.find()) {
                continue;
            }
            String actor = m.group("actor");
            String rest = m.group("rest").trim();
            if (rest.split("\\s+").length >= 3) {
                // "verzoekt de regering, om … te …;": the request is the whole paragraph (and its broken-off lines)
                StringBuilder text = new StringBuilder(view.text(b));
                List<Clauses.Clause> more = Clauses.read(view, b, null, b + 1);
                if (!more.isEmpty() && more.get(0).block() == b + 1 && more.get(0).marker() == null
                        && !view.text(b).matches(".*[.;:]\\s*$")) {
                    text.append(' ').append(more.get(0).text());
                }
                draft.actions.add(action(ids, Clauses.withoutClosing(text.toString()), actor, h, view.block(b).page()));
                continue;
            }
            for (Clauses.Clause c : Clauses.read(view, b, null, b + 1)) {
                // requests whose bullets were drawn as graphics run into one paragraph, cut by their semicolons
                List<String> parts = c.marker() == null ? Clauses.enumeration(c.text()) : List.of();
                for (String part : parts.isEmpty() ? List.of(c.text()) : parts) {
                    draft.actions.add(action(ids, part, actor, h, c.page()));
                }
            }
        }
    }

    private static Action action(IdSequence ids, String text, String actor, MotionHeader h, int page) {
        return new Action(ids.next(), text, actor, null, null, h.number(), page);
    }
}
