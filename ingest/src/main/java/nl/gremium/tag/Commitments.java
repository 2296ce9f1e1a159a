package nl.gremium.tag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.Commitment;
import nl.gremium.model.LogicalDocument;
import nl.gremium.text.CaseFold;
import nl.gremium.text.LeadingBoundary;

/**
 * Commitments (toezeggingen) in minutes and letters: an executive ("de wethouder", "het college", "ik" of a
 * speaking portfolio holder) promising the board something: "De wethouder zegt toe …", "Ik zeg u toe dat …",
 * "De portefeuillehouder zal de commissie voor de zomer informeren", "Toezegging: …", "Wij komen hier in het
 * najaar op terug". Requests and refusals are left out ("Kan de wethouder toezeggen …?", "Dat kan ik niet
 * toezeggen"). A commitments list printed as a table (toezeggingenlijst, {@link TaskTable}) gives a commitment per row,
 * with the status the list prints. Read at query time from the stored blocks, so a change of rule needs no re-ingest.
 */
public final class Commitments {
    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A cheap test that a block may hold one, before the sentence detector runs. */
    private static final Pattern CUE = LeadingBoundary.compile("toe\\b|toezeg|toegezegd|\\bzal\\b|\\bzullen\\b|terug", I);
    /** An upper-case letter even under CASE_INSENSITIVE, for names. */
    private static final String UP = "(?-i:\\p{Lu})";
    private static final String NAME = UP + "[\\p{L}'-]+(?:\\s+(?:van|de|der|den|ten|ter)?\\s*" + UP + "[\\p{L}'-]+)?";
    private static final String EXECUTIVE = "(?:de\\s+|het\\s+)?(?:wethouder|portefeuillehouder|burgemeester|college|voorzitter|"
            + "voorzitter\\s+van\\s+het\\s+dagelijks\\s+bestuur|dagelijks\\s+bestuur|minister|staatssecretaris|"
            + "gedeputeerde|bestuurder)(?:\\s+" + NAME + ")?";
    /** "zegt toe", "zeg ik toe", "zegt de wethouder toe", "kan ik u toezeggen", "belooft": made here and now. */
    private static final Pattern PROMISE = LeadingBoundary.compile(
            "\\b(?:zegt|zeg|zeggen)\\b(?:\\s+\\S+){0,6}?\\s+toe\\b|\\btoe(?:\\s+te)?\\s*zeggen\\b|\\bbelo(?:of|ooft|ven)\\b", I);
    /** "toegezegd": a commitment reported, by its maker ("ik heb toegezegd") or in a summary ("De wethouder heeft toegezegd"). */
    private static final Pattern PROMISED = CaseFold.compile("\\btoegezegd\\b", I);
    /** "Toezegging: …" / "Toezeggingen wethouder Jansen:" as the label of a line. */
    private static final Pattern LABEL = CaseFold.compile("^(?:[-•▪●*]\\s*)?toezegging(?:en)?\\b[^.:]{0,60}:", I);
    /** "De wethouder zal de raad informeren", "wij zullen uw raad … berichten", "daar kom ik op terug". */
    private static final Pattern WILL = CaseFold.compile(
            "(?:\\b(?:(?<who>" + EXECUTIVE + ")|ik|wij|we)\\s+(?:zal|zullen|komt|kom|komen)|\\b(?:zal|zullen|kom|komen)\\s+(?:ik|wij|we))\\b"
                    + "(?:\\s+\\S+){0,14}?\\s+"
                    + "(?:informeren|berichten|rapporteren|(?:toe)?sturen|toezenden|(?:terug)?koppelen|voorleggen|"
                    + "op\\s+terug|hierop\\s+terug|daarop\\s+terug|erop\\s+terug|op\\s+terugkomen|terugkomen|"
                    + "(?:laten\\s+)?weten|aanbieden|schriftelijk\\s+(?:beantwoorden|reageren))\\b", I);
    private static final Pattern FIRST_PERSON = CaseFold.compile("\\b(?:ik|wij|we|mijn|onze)\\b", I);
    /** Somebody other than the executive addressed: the commitment goes to the board. */
    private static final Pattern TO_BOARD = LeadingBoundary.compile(
            "\\b(?:de|het|uw|u|aan\\s+de|aan\\s+het|aan\\s+uw)\\s+(?:gemeente)?(?:raad|commissie(?:\\s+\\p{L}+)?|algemeen\\s+bestuur|"
                    + "staten|kamer)\\b|\\b(?:zal|zullen)\\s+(?:ik|wij|we)\\s+u\\b", I);
    /** The board addressed: "de raad", "uw raad", "de commissie", "het algemeen bestuur", a member. */
    private static final Pattern TO_WHOM = CaseFold.compile(
            "\\b(?:aan\\s+)?(?<to>(?:de\\s+|uw\\s+)(?:gemeente)?raad|(?:de\\s+)?commissie(?:\\s+" + UP + "\\p{L}+)?|"
                    + "het\\s+algemeen\\s+bestuur|de\\s+(?:heer|fractie\\s+van)\\s+" + NAME + "|mevrouw\\s+" + NAME + ")\\b", I);
    /** Who, when the sentence names an executive. */
    private static final Pattern WHO = CaseFold.compile("\\b(?<who>" + EXECUTIVE + ")\\b", I);
    /** The executive as the sentence's subject ("De wethouder heeft … toegezegd", "▪ Het college zegt toe"). */
    private static final Pattern SUBJECT = CaseFold.compile("^(?:[-•▪●*]\\s*)?(?<who>" + EXECUTIVE + ")\\b", I);
    /** A question, request, condition or refusal: no commitment made. */
    private static final Pattern NOT_MADE = LeadingBoundary.compile(
            "\\?|\\b(?:vraagt|vraag|vragen|verzoekt|verzoek|verzocht|gevraagd|indien|mocht|tenzij|als|wanneer|of)\\b"
                    + "(?:\\s+\\S+){0,8}?\\s+(?:toe(?:\\s+te)?\\s*zeggen|toezegt|toezegging)|"
                    + "\\b(?:geen|niet|nooit)\\s+(?:\\S+\\s+){0,3}?(?:toezegging|toezeggen|toe\\s+zeggen|toegezegd|toe)\\b|"
                    + "\\btoezeggingenlijst\\b|\\blijst\\s+(?:van|met)\\s+toezeggingen\\b", I);
    /** A commitment's deadline as printed. */
    private static final String TITLE = "(?:de\\s+)?(?:wethouder|burgemeester|portefeuillehouder|gedeputeerde|minister|"
            + "staatssecretaris|voorzitter|loco-burgemeester)";
    /**
     * A speaker's label at the start of a paragraph: "Wethouder Bakker:", "Mevrouw Smit (GroenLinks):", "Rachid Guernaoui
     * (PvdA).", "De heer Van Zanen." Members carry their party; a title or a bare name without party is the executive.
     */
    private static final Pattern SPEAKER = CaseFold.compile(
            "^(?<name>(?:" + TITLE + "|de\\s+heer|mevrouw|" + UP + "[\\p{L}'-]+)(?:\\s+(?:" + UP + "[\\p{L}'-]+|van|de|der|den|"
                    + "ten|ter|el|al)){0,4})\\s*(?:\\((?<party>[^()]{1,50})\\))?\\s*[.:](?=\\s|$)", I);
    private static final Pattern TITLED = CaseFold.compile("^" + TITLE + "\\b", I);
    private static final Pattern SALUTED = CaseFold.compile("^(?:de\\s+heer|mevrouw)\\b", I);
    /** A commitment reported as made before ("heeft destijds toegezegd"), not made here. */
    private static final Pattern EARLIER = CaseFold.compile("\\b(?:eerder|destijds|indertijd|vorig\\s+jaar|inmiddels)\\b", I);
    private static final int MAX_SENTENCE = 600;
    /** The cue of a commitment read from a commitments list rather than from a sentence. */
    public static final String LIST_CUE = "toezeggingenlijst";

    private Commitments() {}

    /** Who speaks in minutes: a member ({@code executive} false) or the executive; null in narrative text. */
    record Speaker(String name, boolean executive) {}

    /** The commitments of one document in reading order. */
    public static List<Commitment> in(LogicalDocument doc) {
        DocumentView view = new DocumentView(doc);
        LocalDate date = doc.metadata() == null ? null : doc.metadata().date();
        RecordIds ids = new RecordIds(doc.id());
        List<Commitment> out = new ArrayList<>();
        Speaker speaker = null;
        for (int b = 0; b < view.blocks.size(); b++) {
            if (view.is(b, BlockType.TABLE)) {
                fromList(view.block(b), date, ids, out);
                continue;
            }
            String blockText = view.text(b);
            Speaker label = speaker(blockText);
            speaker = label != null ? label : speaker; // a turn may run over several paragraphs
            if (!CUE.matcher(blockText).find()) {
                continue;
            }
            for (DocumentView.Sentence s : view.sentences(b)) {
                if (s.text().length() <= MAX_SENTENCE) {
                    read(s.text(), speaker, date, s.page(), ids).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** The rows of a commitments list (toezeggingenlijst) printed as a table, each with the status the list gives it. */
    private static void fromList(Block table, LocalDate date, RecordIds ids, List<Commitment> out) {
        for (TaskTable.Row row : TaskTable.rows(List.of(table))) {
            if (row.commitment()) {
                out.add(new Commitment(ids.next('t', row.text()), row.text(), row.who(), null, row.dueText(), row.due(date).orElse(null),
                        row.page(), LIST_CUE, row.status()));
            }
        }
    }

    /** The speaker a paragraph's label names, or null when it starts with none. */
    static Speaker speaker(String text) {
        Matcher m = SPEAKER.matcher(text);
        if (LABEL.matcher(text).find() || !m.find() || m.group("party") == null && !TITLED.matcher(m.group("name")).find()
                && !SALUTED.matcher(m.group("name")).find() && text.charAt(m.end() - 1) != ':') {
            return null;
        }
        String name = m.group("name").strip();
        boolean executive = TITLED.matcher(name).find() || m.group("party") == null && SALUTED.matcher(name).find();
        return new Speaker(name, executive);
    }

    /** One sentence read as a commitment, if it is one; {@code speaker} who speaks, or null in narrative text. */
    static Optional<Commitment> read(String text, Speaker speaker, LocalDate date, int page, RecordIds ids) {
        Speaker label = speaker(text);
        Speaker sp = label != null ? label : speaker;
        String body = label != null ? SPEAKER.matcher(text).replaceFirst("").strip() : text;
        if (NOT_MADE.matcher(body).find() || EARLIER.matcher(body).find()) {
            return Optional.empty();
        }
        boolean member = sp != null && !sp.executive();
        String executive = sp != null && sp.executive() ? sp.name() : null;
        boolean firstPerson = FIRST_PERSON.matcher(body).find();
        Matcher subject = SUBJECT.matcher(body);
        String named = subject.find() ? subject.group("who") : null;
        Matcher promise = PROMISE.matcher(body);
        Matcher promised = PROMISED.matcher(body);
        Matcher will = WILL.matcher(body);
        boolean made = promise.find();
        boolean reported = !made && promised.find();
        String cue;
        String who = null;
        if (LABEL.matcher(body).find()) {
            cue = "toezegging";
            Matcher w = WHO.matcher(body);
            who = w.find() ? w.group("who") : executive;
        } else if (made || reported) {
            cue = made ? promise.group() : promised.group();
            if (member) {
                return Optional.empty(); // a member's report of somebody's commitment, or a member's own promise
            }
            Matcher w = WHO.matcher(body);
            who = named != null ? named : w.find() ? w.group("who") : firstPerson ? executive : null;
            if (who == null) {
                return Optional.empty();
            }
        } else if (will.find() && TO_BOARD.matcher(body).find()) {
            cue = will.group();
            who = will.group("who") != null && !member ? will.group("who") : executive;
            if (who == null) {
                return Optional.empty();
            }
        } else {
            return Optional.empty();
        }
        Matcher to = TO_WHOM.matcher(body);
        String toWhom = to.find() ? to.group("to") : null;
        Optional<Deadline> due = Deadline.in(body, date);
        return Optional.of(new Commitment(ids.next('t', text), text, tidy(who), tidy(toWhom),
                due.map(Deadline::text).orElse(null), due.map(Deadline::day).orElse(null), page, cue, null));
    }

    private static String tidy(String s) {
        return s == null ? null : s.strip().replaceAll("\\s+", " ");
    }
}
