package nl.gremium.classify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.DocKind;
import nl.gremium.text.BlockText;

/**
 * Decides what kind of document a run of blocks is, with interpretable scored rules over the cues Dutch
 * board paperwork uses: the title in the first lines ("Agenda", "Verslag", "Besluitenlijst", "Agendapunt",
 * "Vergaderschema"), the letter frame ("Geachte", "Kenmerk", "Met vriendelijke groet"), the proposal form
 * ("wordt voorgesteld", "datum overleg"), the inspectorate's report shape ("Inspectie", "Aanbevelingen").
 * Title-zone cues weigh most: a minutes document quotes agenda items and a letter quotes recommendations,
 * but only the real kind announces itself at the top. The highest score wins; below {@link #MIN_SCORE}
 * the document is {@code other}.
 */
public final class DocumentClassifier {
    /** Minimum score for any kind; weaker evidence means "other". */
    static final int MIN_SCORE = 3;
    private static final int TITLE_ZONE = 4;
    private static final int HEAD = 15;

    private static final Pattern MEETING_FIELD = re("^(?:vergadering|tijdstip|locatie|plaats|aanvang)\\b\\s*:?");
    private static final Pattern PRESENT = re("^(?:aanwezig|afwezig|afgemeld|voorzitter|notulist|verslaglegging)\\b\\s*:?");
    private static final Pattern MEETING_RUN = re("opent de vergadering|sluit de (?:voorzitter )?(?:de )?vergadering|sluit de vergadering|\\bgeeft aan dat\\b|\\bmerkt op\\b|\\bvraagt\\b[^.]{0,80}\\bof\\b");
    private static final Pattern PROPOSAL_CUE = re("wordt voorgesteld|voorgesteld (?:te|wordt) besluiten|stel(?:t|len) (?:u )?voor (?:om|te)|datum overleg|^beslispunten|^voorstel$|^beoogd effect|^besluitvorming$|^portefeuillehouder\\b");
    private static final Pattern DECISION_CUE = re("heeft besloten|besluit(?:en)? (?:om|tot|conform)|stemt in met|^besluit$|^besluit:");
    /** The formula of a motion: the request to a body and the closing "en gaat over tot de orde van de dag". */
    private static final Pattern MOTION_FORMULA = re("^(?:en\\s+)?(?:verzoek(?:t|en)|roep(?:t|en)|draag(?:t)?|dragen)\\s+(?:het|de|gedeputeerde|burgemeester)\\b|gaat\\s+over\\s+tot\\s+de\\s+orde\\s+van\\s+de\\s+dag");
    private static final Pattern COUNCIL_OPENING = re("^(?:constaterende|overwegende|van mening)\\b|\\bin vergadering bijeen\\b|^gehoord de beraadslaging");
    private static final Pattern AMENDMENT_FORMULA = re("\\b(?:als volgt te wijzigen|toe te voegen|te laten vervallen|te vervangen door|aan te vullen)\\b|\\bdictum(?:punt)?\\b|\\bbeslispunt\\b");
    /** The clerk's stamp under an adopted raadsbesluit, or a proposal's announcement of the dictum. */
    private static final Pattern RAADSBESLUIT = re("^\\W*aldus (?:\\S+\\s+){0,2}(?:besloten|vastgesteld)\\b.{0,80}vergadering|\\bstel(?:t|len)\\b.{0,60}\\bvoor\\b.{0,40}\\bbesluit te nemen|^voorstel van (?:het|de) (?:college|presidium|burgemeester|agendacommissie)\\b|(?:^|,\\s*)besluit\\s*:$");
    private static final Pattern INSPECTORATE = re("\\binspectie\\b|inspecteur-generaal");
    private static final Pattern RECOMMENDATIONS = re("^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?aanbevelingen\\b|beveelt\\b[^.]{0,80}\\baan\\b");
    private static final Pattern REPORT_WORDS = re("\\brapport\\b|wederhoor|\\bonderzoek\\b");
    private static final Pattern REPORT_TITLE = re("\\b(?:rapport|rapportage|notitie|nota|evaluatie|onderzoek|analyse|verkenning|jaarverslag|monitor|visie|plan van aanpak|beleidsplan|advies)\\b");
    private static final Pattern REPORT_SECTION = re("^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?:inleiding|samenvatting|managementsamenvatting|voorwoord|conclusies?|aanbevelingen|aanleiding|achtergrond|onderzoeksvraag|methode|werkwijze|bronnen|literatuur)\\b");

    private static Pattern re(String regex) {
        return Cues.re(regex);
    }

    /** The kind with the highest score, or {@code other}. */
    public DocKind classify(List<Block> blocks) {
        return explain(blocks).kind();
    }

    /** The decision with every kind's score and the cues that fired (for evaluation output). */
    public Explanation explain(List<Block> blocks) {
        List<Block> content = BlockText.content(blocks);
        Map<DocKind, Integer> score = new EnumMap<>(DocKind.class);
        List<String> reasons = new ArrayList<>();
        Scorer s = new Scorer(score, reasons);

        List<String> titleZone = texts(content, 0, TITLE_ZONE);
        List<String> head = texts(content, 0, HEAD);
        List<String> unnumberedHead = content.subList(0, Math.min(HEAD, content.size())).stream()
                .filter(b -> BlockText.outlineNumber(b) == null)
                .map(b -> BlockText.normalise(b.text())).toList();
        List<String> all = texts(content, 0, content.size());
        int pages = content.isEmpty() ? 0 : content.get(content.size() - 1).page() - content.get(0).page() + 1;

        // Titles: the strongest evidence.
        s.addIf(any(titleZone, Cues.AGENDA_TITLE), DocKind.agenda, 6, "title Agenda");
        s.addIf(any(titleZone, Cues.MINUTES_TITLE), DocKind.minutes, 6, "title Verslag/Notulen");
        s.addIf(any(titleZone, Cues.DECISIONS_TITLE), DocKind.decision_list, 7, "title Besluitenlijst");
        s.addIf(any(unnumberedHead, Cues.DOCLIST), DocKind.document_list, 8, "subject Ingekomen stukken");
        s.addIf(any(titleZone, Cues.SCHEDULE), DocKind.schedule, 8, "title Vergaderschema");
        s.addIf(any(titleZone, Cues.PROPOSAL_TITLE), DocKind.proposal, 5, "title Agendapunt/Voorstel");

        // Meeting documents.
        s.add(DocKind.agenda, Math.min(2, count(head, MEETING_FIELD)), "meeting fields");
        s.addIf(numberedShare(content) > 0.5 && content.size() >= 5, DocKind.agenda, 2, "mostly numbered items");
        s.add(DocKind.minutes, Math.min(3, 2 * count(head, PRESENT)), "attendance");
        s.add(DocKind.minutes, Math.min(2, count(all, MEETING_RUN) / 3), "meeting narrative");
        s.add(DocKind.decision_list, Math.min(2, count(all, DECISION_CUE) / 2), "decision phrases");

        // Letters: the salutation near the top is decisive, the closing and header fields support it.
        boolean salutation = any(head, Cues.SALUTATION);
        s.addIf(salutation, DocKind.letter, 5, "salutation Geachte");
        s.addIf(any(all, Cues.CLOSING), DocKind.letter, 2, "closing formula");
        s.add(DocKind.letter, Math.min(2, count(head, Cues.LETTER_FIELD)), "letter fields");
        s.add(DocKind.letter, Math.min(2, count(head, Cues.LETTERHEAD)), "letterhead/address");

        // Proposals.
        s.add(DocKind.proposal, Math.min(3, count(all, PROPOSAL_CUE)), "proposal phrases");
        // (a long document that quotes a raadsbesluit is minutes or a report, not the proposal)
        s.add(DocKind.proposal, pages <= 40 ? Math.min(4, 2 * count(all, RAADSBESLUIT)) : 0, "raadsbesluit stamp or announcement");

        // Motions and amendments: a title line near the top; their formula counts only in a short document, since
        // minutes and decision lists quote it.
        boolean motionTitle = any(head, Cues.MOTION_TITLE);
        boolean amendmentTitle = any(head, Cues.AMENDMENT_TITLE);
        s.addIf(motionTitle, DocKind.motion, any(titleZone, Cues.MOTION_TITLE) ? 6 : 4, "title Motie");
        s.addIf(amendmentTitle, DocKind.amendment, any(titleZone, Cues.AMENDMENT_TITLE) ? 6 : 4, "title Amendement");
        if ((motionTitle || amendmentTitle) && pages <= 4) {
            int formula = Math.min(2, count(all, COUNCIL_OPENING));
            s.addIf(motionTitle, DocKind.motion, formula + Math.min(3, count(all, MOTION_FORMULA)), "motion formula");
            s.addIf(amendmentTitle, DocKind.amendment, formula + Math.min(3, count(all, AMENDMENT_FORMULA)), "amendment formula");
        }

        // Inspectorate reports: an inspectorate that recommends, in report form rather than a letter.
        int inspectorate = count(all, INSPECTORATE);
        boolean recommends = any(all, RECOMMENDATIONS);
        if (inspectorate >= 2 && recommends) {
            s.add(DocKind.inspection_report, 4, "inspectorate with recommendations");
            s.addIf(any(all, REPORT_WORDS), DocKind.inspection_report, 1, "report words");
            s.addIf(salutation, DocKind.inspection_report, -3, "but written as a letter");
            s.add(DocKind.report, -2, "inspectorate report rather than report");
        }

        // Reports: a report title or report structure, and some length.
        s.addIf(any(titleZone, REPORT_TITLE), DocKind.report, 2, "report title word");
        s.add(DocKind.report, Math.min(3, count(headings(content), REPORT_SECTION)), "report sections");
        s.addIf(pages >= 3 || content.size() >= 60, DocKind.report, 1, "long");
        s.addIf(headings(content).size() >= 8, DocKind.report, 1, "many sections");
        s.addIf(salutation, DocKind.report, -3, "but written as a letter");

        // Report is the general fallback: on a tie a specific kind wins.
        DocKind best = DocKind.other;
        int bestScore = MIN_SCORE - 1;
        for (Map.Entry<DocKind, Integer> e : score.entrySet()) {
            boolean beats = e.getValue() > bestScore || e.getValue() == bestScore && best == DocKind.report;
            if (beats) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return new Explanation(best, Map.copyOf(score), List.copyOf(reasons));
    }

    /** The outcome and its evidence. */
    public record Explanation(DocKind kind, Map<DocKind, Integer> scores, List<String> reasons) {}

    private record Scorer(Map<DocKind, Integer> score, List<String> reasons) {
        void add(DocKind kind, int points, String why) {
            if (points != 0) {
                score.merge(kind, points, Integer::sum);
                reasons.add(kind + (points > 0 ? " +" : " ") + points + " " + why);
            }
        }

        void addIf(boolean condition, DocKind kind, int points, String why) {
            if (condition) {
                add(kind, points, why);
            }
        }
    }

    private static List<String> texts(List<Block> blocks, int from, int to) {
        return blocks.subList(from, Math.min(to, blocks.size())).stream()
                .filter(b -> !b.is(BlockType.TABLE))
                .map(b -> BlockText.normalise(b.text())).toList();
    }

    private static List<String> headings(List<Block> blocks) {
        return blocks.stream().filter(BlockText::headingLike).map(b -> BlockText.normalise(b.text())).toList();
    }

    private static boolean any(List<String> lines, Pattern p) {
        return lines.stream().anyMatch(l -> p.matcher(l).find());
    }

    private static int count(List<String> lines, Pattern p) {
        return (int) lines.stream().filter(l -> p.matcher(l).find()).count();
    }

    /** Share of blocks that are short numbered lines: an agenda is mostly its item list. */
    private static double numberedShare(List<Block> blocks) {
        long numbered = blocks.stream()
                .filter(b -> BlockText.outlineNumber(b) != null && BlockText.words(b.text()) <= 14).count();
        return blocks.isEmpty() ? 0 : (double) numbered / blocks.size();
    }
}
