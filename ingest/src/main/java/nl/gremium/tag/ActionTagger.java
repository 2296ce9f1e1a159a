package nl.gremium.tag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.Action;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.DocKind;
import nl.gremium.nlp.DutchNlp;
import nl.gremium.nlp.SentenceRole;
import nl.gremium.text.DutchDates;

/**
 * Commitments and tasks for the future. A sentence is an action when it has a future or commitment form
 * (rules: "zal/gaat + infinitive", "blijft … volgen", "Wij verzoeken u", "wordt … voorgelegd", "Er is
 * afgesproken", …), is not a proposal, suggestion, question or report of the past, and the sentence-role
 * model does not read it as a proposal or decision. Outside minutes and meeting reports the actor must be
 * named (or be a pronoun resolved from the previous sentences). Items of a list presented as action
 * points ("actiepunten:", "de volgende acties:") are actions each.
 */
final class ActionTagger {
    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Kinds where follow-up steps count even without an actor (what a meeting agreed to do next). */
    private static final Set<DocKind> MEETING = Set.of(DocKind.minutes, DocKind.other);
    private static final Set<DocKind> NONE = Set.of(DocKind.agenda, DocKind.schedule, DocKind.document_list,
            DocKind.decision_list);

    private static final String FIN = "(?:zal|zullen|zult|gaat|gaan|blijft|blijven|monitort|monitoren|houdt|"
            + "verzoeken|verzoek|verzoekt|bereidt|bereiden|komt|komen|zegt|neemt|nemen|pakt|pakken|start|starten|"
            + "werkt|werken|spreken|spreekt|stuurt|sturen|organiseert|organiseren|onderzoekt|informeert|informeren|"
            + "zorgt|zorgen|is|zijn)";
    private static final Pattern ACTIVE = Pattern.compile(
            "\\b(?:zal|zullen|zult)\\b(?!\\s+(?:zijn|hebben|kunnen|moeten\\s+zijn)\\b)|"
                    + "\\b(?:gaat|gaan)\\b(?!\\s+(?:het|over|om|akkoord|uit\\s+van|mee\\s+akkoord|hiermee|daarmee))"
                    + "(?=.*\\b\\p{L}+en\\b)|"
                    + "\\bblijf(?:t|ven)?\\b.*\\b(?:volgen|monitoren|informeren|betrokken|in\\s+gesprek)\\b|"
                    + "\\bmonitort\\b|\\bhoudt\\b.*\\btoezicht\\b|\\bverzoek(?:en|t)?\\s+(?:u|de|het|jullie)\\b|"
                    + "\\bbereid(?:t|en)\\b.*\\bvoor\\b|\\bkom(?:t|en)\\b.*\\bmet\\s+(?:een\\s+)?(?:voorstel|voorstellen|notitie)\\b|"
                    + "\\bzegt\\b.*\\btoe\\b|\\bneemt\\b.*\\bcontact\\s+op\\b|\\bpak(?:t|ken)\\b.*\\bop\\b|"
                    + "\\bstart(?:en)?\\b.*\\b(?:met|in)\\b|\\bwerk(?:t|en)\\b.*\\buit\\b|\\bspreken\\s+we\\b|"
                    + "\\bstuurt\\b.*\\b(?:toe|na|rond)\\b|\\bdeel\\s+uit\\s+(?:te\\s+)?maken\\b|\\bgaat\\b.*\\bdeel\\b.*\\buitmaken\\b|"
                    + "\\bis\\s+verantwoordelijk\\s+voor\\b(?=.*\\bzorgen\\b)|\\bzorgen\\s+voor\\s+de\\b.*\\bbenodigde\\b|"
                    + "\\bals\\s+(?:eerste\\s+)?taak\\b", I);
    private static final String PARTICIPLE = "(?:voorgelegd|uitgewerkt|gedeeld|gestuurd|toegelicht|meegenomen|gestart|"
            + "toegevoegd|opgepakt|geagendeerd|geïnformeerd|aangepast|georganiseerd|gegeven|genomen|opgesteld|onderzocht|"
            + "verstuurd|nagestuurd|teruggekoppeld|uitgevoerd|gepresenteerd|geïmplementeerd|bekeken|gekeken|voorbereid|"
            + "ingediend|gebracht|vrijgemaakt|herhaald|voldaan|rondgestuurd|opgenomen|besproken|verkend|geëvalueerd|"
            + "aangeboden|voorgelegd|benaderd|uitgenodigd|gepland|ingepland|afgerond|opgeleverd)";
    private static final Pattern PASSIVE = Pattern.compile(
            "\\b(?:wordt|worden)\\b.*\\b" + PARTICIPLE + "\\b|\\bzal\\b.*\\bworden\\b|\\bzullen\\b.*\\bworden\\b|"
                    + "\\ber\\s+is\\s+afgesproken\\b|\\bafgesproken\\s+(?:is|wordt)\\b|\\bis\\s+voorzien\\s+(?:voor|in)\\b|"
                    + "\\baan\\s+dit\\s+verzoek\\s+wordt\\s+voldaan\\b", I);
    private static final Pattern NOT_ACTION = Pattern.compile(
            "\\?$|\\b(?:zou|zouden|momenteel|op\\s+dit\\s+moment|inmiddels|voorgesteld|stelt\\b[^.]*\\bvoor|"
                    + "stellen\\b[^.]*\\bvoor|adviseert|raadt|wordt\\s+gevraagd|vraagt\\s+(?:of|wanneer|hoe|waarom|wat)|"
                    + "werd|werden|was|waren|is\\s+(?:gedeeld|gestuurd|voorgelegd|besproken|uitgewerkt)|"
                    + "blijft\\s+zich\\s+inzetten)\\b", I);
    private static final Pattern ACTION_LIST = Pattern.compile(
            "\\b(?:actiepunt(?:en)?|acties|vervolgstappen|afspraken)\\b[^:]*:$", I);
    /** Who: a named person, an organisation or board, a pronoun. */
    private static final String NP = "(?:(?i:de\\s+)?(?i:heer|mevrouw|dhr\\.|mevr\\.)\\s+(?:(?:van|de|der|den|ten|ter)\\s+)*"
            + "[A-Z][\\p{L}-]+|(?i:de|het)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:[\\p{L}-]+)(?:\\s+(?:van|voor)\\s+(?:de\\s+|het\\s+)?"
            + "[A-Z][\\p{L}-]*(?:\\s+(?:en\\s+)?[A-Z][\\p{L}-]*)*)?(?:\\s+[A-Z][\\p{L}]*)*|(?i:ik|wij|we|hij|zij|ze|u)|"
            + "[A-Z][\\p{L}-]+(?:\\s+[A-Z][\\p{L}-]+)*)";
    private static final Pattern SUBJECT_FIRST = Pattern.compile("^(?<np>" + NP + ")\\s+" + FIN + "\\b");
    private static final Pattern INVERTED = Pattern.compile("\\b" + FIN + "\\s+(?<np>" + NP + ")\\b");
    private static final Pattern AGENT = Pattern.compile("\\bdoor\\s+(?<np>(?:de|het)\\s+[^,.;]+?)(?=\\s+(?:met|in|op|"
            + "voor|aan|tijdens|besproken|\\p{L}+d)\\b|[,.;]|$)");
    private static final Pattern PERSON = Pattern.compile(
            "\\b(?:[Dd]e\\s+heer|[Mm]evrouw|[Dd]hr\\.|[Mm]evr\\.)\\s+(?:(?:van|de|der|den)\\s+)*[A-Z][\\p{L}-]+");
    private static final Pattern DUE = Pattern.compile(
            "\\b(?:(?:op|voor|vóór|uiterlijk|per|vanaf|in|na)\\s+)?(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag)\\s+)?"
                    + "\\d{1,2}\\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
                    + "december)(?:\\s+\\d{4})?|\\b(?:in|voor|na)\\s+(?:het\\s+)?(?:najaar|voorjaar|de\\s+zomer|"
                    + "(?:eerste|tweede|derde|vierde)\\s+kwartaal)(?:\\s+(?:van\\s+)?\\d{4})?|\\b(?:in|voor|vóór)\\s+"
                    + "(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
                    + "(?:\\s+\\d{4})?|\\bvolgende\\s+(?:week|maand|vergadering)|\\bbinnenkort\\b|\\bt\\.z\\.t\\.", I);

    List<Action> tag(DocumentView view, IdSequence ids) {
        DocKind kind = view.doc.kind();
        if (kind != null && NONE.contains(kind)) {
            return List.of();
        }
        boolean meeting = kind == null || MEETING.contains(kind);
        LocalDate docDate = view.doc.metadata() == null ? null : view.doc.metadata().date();
        Integer year = docDate == null ? null : docDate.getYear();
        List<Action> out = new ArrayList<>();
        List<String> previous = new ArrayList<>();
        Integer actionListLevel = null;
        for (int b = 0; b < view.blocks.size(); b++) {
            Block block = view.block(b);
            if (block.is(BlockType.TABLE) || block.is(BlockType.HEADING)) {
                actionListLevel = null;
                continue;
            }
            AgendaItem item = view.item(b);
            String itemNo = item == null ? null : item.number();
            if (actionListLevel != null) {
                int level = block.level() == null ? 1 : block.level();
                if (block.is(BlockType.LIST_ITEM) && level >= actionListLevel) {
                    out.add(action(ids, view.text(b), null, year, itemNo, block.page()));
                    continue;
                }
                actionListLevel = null;
            }
            for (DocumentView.Sentence s : view.sentences(b)) {
                String text = s.text();
                if (ACTION_LIST.matcher(text).find()) {
                    actionListLevel = block.is(BlockType.LIST_ITEM) && block.level() != null ? block.level() + 1 : 1;
                }
                if (isAction(text)) {
                    String actor = actor(text, previous, view);
                    if (actor != null || meeting) {
                        out.add(action(ids, text, actor, year, itemNo, s.page()));
                    }
                }
                previous.add(text);
            }
        }
        return out;
    }

    static boolean isAction(String text) {
        if (NOT_ACTION.matcher(text).find() || DecisionTagger.score(text) > 0) {
            return false;
        }
        if (!ACTIVE.matcher(text).find() && !PASSIVE.matcher(text).find()) {
            return false;
        }
        DutchNlp.RoleScore role = DutchNlp.get().role(text);
        return !(role.role() == SentenceRole.proposal || role.role() == SentenceRole.decision) || role.probability() < 0.6;
    }

    static String actor(String text, List<String> previous, DocumentView view) {
        String body = text.replaceFirst("^(?:[^,]{1,60},\\s+)(?=[A-Z])", "");
        Matcher m = SUBJECT_FIRST.matcher(body);
        String np = null;
        if (m.find()) {
            np = m.group("np");
        } else {
            Matcher inv = INVERTED.matcher(text);
            if (inv.find()) {
                np = inv.group("np");
            }
        }
        Matcher agent = AGENT.matcher(text);
        if (agent.find()) {
            np = agent.group("np");
        }
        if (np == null || np.matches("(?i)(?:het|de)\\s+(?:\\p{L}+\\s+)?(?:voorstel|rapport|besluit|concept|verslag|"
                + "onderwerp|document|stuk|presentatie)\\b.*") || np.matches("(?i)^(?:er|dit|dat|het|deze|die|hier)$")) {
            return null;
        }
        return resolve(np, previous, view);
    }

    private static String resolve(String np, List<String> previous, DocumentView view) {
        String p = np.toLowerCase();
        String org = view.doc.metadata() == null ? null : view.doc.metadata().organisation();
        switch (p) {
            case "hij", "zij", "ze" -> {
                for (int i = previous.size() - 1; i >= Math.max(0, previous.size() - 3); i--) {
                    Matcher m = PERSON.matcher(previous.get(i));
                    String last = null;
                    while (m.find()) {
                        last = m.group();
                    }
                    if (last != null) {
                        return last + " (" + np + ")";
                    }
                }
                return np;
            }
            case "ik", "wij", "we" -> {
                return org == null ? np : org + " (" + np + ")";
            }
            default -> {
                return np;
            }
        }
    }

    private static Action action(IdSequence ids, String text, String actor, Integer year, String item, int page) {
        String dueText = due(text);
        LocalDate due = null;
        if (dueText != null) {
            List<DutchDates.Found> dates = DutchDates.findAll(dueText, year);
            due = dates.isEmpty() || dates.get(0).precision() != DutchDates.Precision.DAY ? null : dates.get(0).date();
        }
        return new Action(ids.next(), text, actor, due, dueText, item, page);
    }

    static String due(String text) {
        Matcher m = DUE.matcher(text);
        return m.find() ? m.group().trim() : null;
    }
}
