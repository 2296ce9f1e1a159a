package nl.gremium.tag;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.Action;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.Cell;
import nl.gremium.model.Table;
import nl.gremium.nlp.DutchNlp;
import nl.gremium.text.BlockText;
import nl.gremium.text.CaseFold;
import nl.gremium.text.LeadingBoundary;
import nl.gremium.text.RegexGuard;
import opennlp.tools.util.Span;

/**
 * Commitments in a report's bestuurlijke reactie ("Reactie van het college", "Bestuurlijke reactie",
 * "Standpunt van de minister"): "Wij nemen de aanbeveling over en …", "Het college zal …", "Wij gaan …".
 * The actor is the subject as printed; "wij"/"we"/"ik" stand for the body the heading names, or else the body the
 * reaction's first sentence opens with ("Het college dankt …"), when there is one. The section ends at the author's
 * nawoord or at the next heading of its level. Sentences the general action tagger already took are left to it; a
 * rejection ("nemen wij niet over") is no commitment.
 */
final class ResponseActionTagger implements Tagger {
    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern REACTION = CaseFold.compile(
            "^(?:\\d+(?:\\.\\d+)*\\.?\\s*)?(?:bestuurlijke\\s+reactie|(?:bestuurlijk\\s+)?wederhoor|(?:reactie|standpunt)\\s+(?:van|door)\\s+(?<body>.+))", I);
    private static final Pattern END = CaseFold.compile("^(?:\\d+(?:\\.\\d+)*\\.?\\s*)?(?:nawoord|bijlage|verantwoording|literatuur|bronnen)\\b", I);
    /** "nemen de aanbeveling(en) over", "neemt deze aanbeveling over", "omarmen de aanbevelingen". */
    private static final Pattern ADOPTS = LeadingBoundary.compile(
            "\\b(?:neemt|nemen)\\b(?!.*\\bniet\\b).*\\baanbeveling\\p{L}*\\b.*\\bover\\b|"
                    + "\\baanbeveling\\p{L}*\\b(?!.*\\bniet\\b).*\\b(?:neemt|nemen)\\b.*\\bover\\b|\\b(?:omarmt|omarmen|onderschrijft|onderschrijven)\\b"
                    + "(?!.*\\bniet\\b).*\\baanbeveling\\p{L}*\\b.*\\b(?:en|door|door\\s+te)\\b.*\\p{L}+en\\b", I);
    /**
     * A table column with the reacting body's answer: "Reactie college", "Standpunt van de minister", "Wat gaan wij doen", or
     * its next steps in a table of how recommendations are followed up ("Vervolg", "Vervolgacties").
     */
    private static final Pattern REACTION_COLUMN = CaseFold.compile(
            "^(?:bestuurlijke\\s+)?(?:reactie|standpunt|toezegging)\\p{L}*\\s*(?:van\\s+|door\\s+)?(?<body>.*)$"
                    + "|^wat\\s+(?:gaan|gaat|zullen|zal)\\s+(?<body2>wij|we|het\\s+college|gs|het\\s+bestuur)\\s+doen\\b"
                    + "|^(?:vervolg|vervolgactie|vervolgacties|vervolgstappen|volgende\\s+stappen)$", I);
    private static final Pattern NOT = CaseFold.compile("\\?$|^(?:als|indien|wanneer)\\b|\\b(?:niet|geen)\\s+over\\b", I);
    private static final Pattern PRONOUN = CaseFold.compile("^(?:(?:daarom|ook|verder|tevens|inmiddels|hiertoe|daartoe|op\\s+korte\\s+termijn)\\s+)?"
            + "(?:(?:zullen|gaan|nemen|willen|hebben)\\s+)?(?<p>wij|we|ik)\\b", I);

    /**
     * "Vanaf volgend jaar zullen wij …", "Met ingang van 1 juli 2026 zetten wij …": the pronoun right after the verb that
     * follows a fronted phrase (a present-tense verb ends in -t or -en).
     */
    private static final Pattern INVERTED = CaseFold.compile(
            "^\\p{L}+(?:\\s+\\p{L}+){0,4}?\\s+(?:zal|zullen|gaat|gaan|neemt|nemen)\\s+(?<p>wij|we|ik)\\b"
                    + "|^[\\p{L}\\d]+(?:\\s+[\\p{L}\\d]+){0,6}?\\s+\\p{L}+(?:t|en)\\s+(?<q>wij|we|ik)\\b", I);

    /** Only a table's reaction column: a letter that is itself the reaction speaks in its sender's voice throughout. */
    private final boolean tablesOnly;

    ResponseActionTagger() {
        this(false);
    }

    ResponseActionTagger(boolean tablesOnly) {
        this.tablesOnly = tablesOnly;
    }

    @Override
    public void tag(DocumentView view, TagDraft draft) {
        IdSequence ids = draft.ids('a');
        for (int i = 0; i < draft.actions.size(); i++) {
            ids.next(); // continue the numbering of the general action tagger
        }
        String body = null;
        Integer level = null;
        boolean in = false;
        boolean bodyOpens = false;
        Integer year = view.date() == null ? null : view.date().getYear();
        for (int b = 0; b < view.blocks.size(); b++) {
            Block block = view.block(b);
            String t = view.text(b);
            // a text layer without heading marks prints "Reactie van het bestuur" as a short paragraph of its own
            boolean label = block.is(BlockType.PARAGRAPH) && BlockText.words(t) <= 8 && !t.isEmpty()
                    && ".;:!?,".indexOf(t.charAt(t.length() - 1)) < 0 && Character.isUpperCase(t.codePointAt(0));
            if (block.is(BlockType.HEADING) || label && (REACTION.matcher(t).find() || in && level == null)) {
                Matcher r = REACTION.matcher(t);
                if (r.find()) {
                    in = true;
                    level = block.level();
                    body = r.group("body") == null ? null : Addressees.leading(r.group("body"));
                    bodyOpens = body == null;
                    continue;
                }
                if (in && (END.matcher(t).find() || level == null || block.level() != null && block.level() <= level)) {
                    in = false;
                }
                continue;
            }
            if (block.is(BlockType.TABLE)) {
                reactionColumn(view, block, draft, ids);
                continue;
            }
            if (!in || tablesOnly) {
                continue;
            }
            Action bareAdoption = null;
            for (DocumentView.Sentence s : view.sentences(b)) {
                String text = s.text();
                if (bodyOpens) {
                    // a heading without a name ("Bestuurlijke reactie"): the reaction's first sentence names the body
                    // ("Het college dankt de rekenkamer …"), which its "wij" is
                    bodyOpens = false;
                    body = Addressees.leading(text);
                }
                if (NOT.matcher(text).find()) {
                    continue;
                }
                int at = indexOf(text, draft.actions);
                if (at >= 0) {
                    // the general tagger resolved "wij" to the report's author; here it is the reacting body, or,
                    // when the heading does not name it, the pronoun as printed
                    Action a = draft.actions.get(at);
                    if (PRONOUN.matcher(text).find() || INVERTED.matcher(text).find()) {
                        draft.actions.set(at, new Action(a.id(), a.text(), actor(text, body), a.due(), a.dueText(), a.agendaItem(), a.page()));
                    }
                    bareAdoption = giveWay(draft, bareAdoption, true);
                    continue;
                }
                boolean adopts = ADOPTS.matcher(text).find();
                boolean commits = ActionTagger.kind(text, false, view.date()) != null;
                if (!adopts && !commits) {
                    continue;
                }
                String actor = actor(text, body);
                if (actor == null && !adopts) {
                    continue;
                }
                giveWay(draft, bareAdoption, commits);
                // the date it names is the due date a controller follows it by ("Met ingang van 1 september 2026 …")
                Action a = ActionTagger.dated(ids.next(), text, actor, year, null, s.page());
                draft.actions.add(a);
                bareAdoption = commits ? null : a;
            }
        }
    }

    /** The "reactie college" column of a table of recommendations: each commitment in it is an action. */
    private static void reactionColumn(DocumentView view, Block block, TagDraft draft, IdSequence ids) {
        Table table = block.table();
        if (table == null || table.rows().size() < 2) {
            return;
        }
        List<Cell> header = table.rows().get(Math.max(1, table.headerRows()) - 1);
        for (int c = 0; c < header.size(); c++) {
            Matcher h = REACTION_COLUMN.matcher(DocumentView.normalise(header.get(c).text()));
            if (!h.find()) {
                continue;
            }
            String named = h.group("body") != null ? h.group("body") : h.group("body2") == null || h.group("body2").matches("(?i)wij|we") ? ""
                    : h.group("body2");
            String body = named.isBlank() ? null : named.trim();
            for (List<Cell> row : table.rows().subList(Math.max(1, table.headerRows()), table.rows().size())) {
                String cell = c < row.size() ? DocumentView.normalise(row.get(c).text()) : "";
                // sentence by sentence: "GS nemen de aanbeveling over. De afdeling Inkoop zal per 1 januari …" commits in its second
                Action bareAdoption = null;
                for (Span span : DutchNlp.get().sentenceSpans(cell)) {
                    String text = cell.substring(span.getStart(), span.getEnd()).trim();
                    if (text.isEmpty() || NOT.matcher(text).find() || indexOf(text, draft.actions) >= 0) {
                        continue;
                    }
                    boolean adopts = ADOPTS.matcher(text).find();
                    // what the body will do, in a decision's form dated ahead, commits too ("Het college stelt vóór 1 juli een kader vast")
                    boolean commits = ActionTagger.kind(text, false, view.date()) != null
                            || DecisionTagger.score(text, RegexGuard.fold(text)) > 0 && DocumentView.mentionsLater(text, view.date());
                    if (!adopts && !commits) {
                        continue;
                    }
                    giveWay(draft, bareAdoption, commits);
                    String actor = actor(text, body);
                    Action a = new Action(ids.next(), text, actor != null ? actor : body, null, null, null, block.page());
                    draft.actions.add(a);
                    bareAdoption = commits ? null : a;
                }
            }
        }
    }

    /**
     * A bare adoption ("Aanbeveling 3 nemen wij over.") gives way to the sentence after it that commits, which says what is
     * taken on ("Vanaf 2027 nemen wij …"). Returns the adoption still standing, or null.
     */
    private static Action giveWay(TagDraft draft, Action bareAdoption, boolean commits) {
        if (bareAdoption != null && commits) {
            draft.actions.remove(bareAdoption);
            return null;
        }
        return bareAdoption;
    }

    /** The subject as printed, a first-person pronoun resolved to the reacting body. */
    private static String actor(String text, String body) {
        Matcher p = PRONOUN.matcher(text);
        if (p.find()) {
            return body != null ? body : p.group("p");
        }
        Matcher inverted = INVERTED.matcher(text);
        if (inverted.find()) {
            return body != null ? body : inverted.group("p") != null ? inverted.group("p") : inverted.group("q");
        }
        return Addressees.leading(text);
    }

    /** The action the general tagger made of this sentence, or -1. */
    private static int indexOf(String text, List<Action> actions) {
        for (int i = 0; i < actions.size(); i++) {
            String a = actions.get(i).text();
            if (a.contains(text) || text.contains(a)) {
                return i;
            }
        }
        return -1;
    }
}
