package nl.gremium.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.DocKind;
import nl.gremium.text.BlockText;
import nl.gremium.text.Folding;
import nl.gremium.text.OutlineNumber;

/**
 * Finds the numbered agenda items of agendas, minutes, decision lists and proposals.
 *
 * <p>An item starts at a block carrying an outline number ("5.3", "5.3." or text "5.3 Programmabegroting")
 * and runs until the next item of the same or a higher level, so "5" contains "5.1"–"5.4". Minutes are full
 * of numbered lists ("1. De jaarrekening vast te stellen.") that are not items; a candidate is therefore only
 * accepted when its number continues the outline so far (after "5.2" come "5.2.1", "5.3", "6" or "6.1", never
 * "1"), and outside agendas only numbered headings (or heading-like short lines when the document has no
 * numbered headings) are candidates. A decision list without numbers is segmented by its subject headings
 * (items with a null number).
 */
public final class AgendaSegmenter {
    private static final Pattern DECISION_FORMULA = Pattern.compile(
            "(?:^|\\s)(?:Het|De)\\s+[\\p{L} ]{0,40}?\\b(?:heeft|hebben)\\s+besloten\\b");
    private static final Pattern RUN_ON = Pattern.compile(
            "\\s(?=(?:Besluit|Voorstel|Bespreking|Toelichting|Conclusie|Portefeuillehouder|Behandelaar|Steller|Afdeling|Kenmerk)\\s*:)"
                    + "|\\s(?=(?:De|Het|Een|Er|Hij|Zij|Men|Wij|Ik|Dit|Deze|Namens|Tijdens|Naar aanleiding)\\s+(?:heer\\b|mevrouw\\b|\\p{Ll}))"
                    + "|\\s(?=(?:Mevrouw|Dhr\\.|Mw\\.)\\s+\\p{Lu})"
                    // a sentence's end, not an initial's dot ("mevrouw K. Dorrestein")
                    + "|(?<![\\s.]\\p{Lu}\\.)(?<=[.!?])\\s");
    /**
     * How minutes announce the item they turn to: "Aan de orde is:" (or "zijn", "komt", "komen"), the item's
     * heading on the next line or after the colon. Council minutes that letter their items ("A.", "G.1") instead
     * of numbering them, or repeat an item after a break (its votes), are segmented by this.
     */
    private static final Pattern ANNOUNCEMENT = Pattern.compile("(?i)^aan de orde (?:is|zijn|komt|komen)(?: thans)?\\s*:?\\s*(.*)$");
    private static final Pattern BULLET = Pattern.compile("^[-–•]\\s*");
    /** The dash between an item's number and its title: "Agendapunt 4 – Begroting 2028". */
    private static final Pattern DASH = Pattern.compile("^[–—-]\\s+");
    /** An item named as such before its number: "Agendapunt 4", "Punt 12". */
    private static final Pattern LABELLED = Pattern.compile("(?i)^(?:agendapunt|agenda\\s?punt|punt)\\s+\\d");
    private static final Pattern TRAILING_COLON = Pattern.compile("[.:]+$");
    /** An item's label in front of its heading: "A.", "G.1", "12.", "4a." (a lone letter needs its dot: "U bent …"). */
    private static final Pattern ITEM_LABEL = Pattern.compile(
            "^([A-Z](?:\\.\\d{1,2}){1,2}|\\d{1,2}[a-z]?(?:\\.\\d{1,2}){0,2})[.)]?\\s+(?=\\S)|^([A-Z])[.)]\\s+(?=\\S)");
    /** The most words of a decision list's numbered subject line. */
    private static final int LIST_SUBJECT_WORDS = 25;
    private static final Set<DocKind> SEGMENTED =
            EnumSet.of(DocKind.agenda, DocKind.minutes, DocKind.decision_list, DocKind.proposal);

    public List<AgendaItem> segment(List<Block> blocks, DocKind kind) {
        if (kind != null && !SEGMENTED.contains(kind)) {
            return List.of();
        }
        boolean numberedHeadings = blocks.stream().anyMatch(b -> b.is(BlockType.HEADING) && BlockText.outlineNumber(b) != null);
        List<Integer> starts = numberedStarts(blocks, kind, numberedHeadings);
        if (starts.isEmpty() && numberedHeadings) {
            // numbered headings that open no outline ("9 Rondvraag" alone set large) say nothing of how items are laid out
            starts = numberedStarts(blocks, kind, false);
        }
        if (kind == DocKind.minutes) {
            List<AgendaItem> announced = announcedItems(blocks);
            if (announced.size() >= 2 && announced.size() > starts.size()) {
                return announced;
            }
        }
        List<String> numbers = starts.stream().map(i -> BlockText.outlineNumber(blocks.get(i))).collect(Collectors.toList());
        List<String> titles = null;
        if (starts.isEmpty() && kind == DocKind.decision_list) {
            starts = subjectHeadings(blocks);
            if (starts.isEmpty()) {
                titles = new ArrayList<>();
                starts = decisionSubjects(blocks, titles);
            }
            numbers = new ArrayList<>();
            for (int i = 0; i < starts.size(); i++) {
                numbers.add(null);
            }
        }
        List<AgendaItem> items = new ArrayList<>();
        for (int j = 0; j < starts.size(); j++) {
            int start = starts.get(j);
            int level = numbers.get(j) == null ? 1 : OutlineNumber.depth(numbers.get(j));
            int end = blocks.size();
            for (int k = j + 1; k < starts.size(); k++) {
                int otherLevel = numbers.get(k) == null ? 1 : OutlineNumber.depth(numbers.get(k));
                if (otherLevel <= level) {
                    end = starts.get(k);
                    break;
                }
            }
            AgendaItem item = item(blocks, start, end, numbers.get(j));
            if (titles != null) {
                item = new AgendaItem(null, titles.get(j), item.text(), item.pageStart(), item.pageEnd(), start, end);
            }
            items.add(item);
        }
        return items;
    }

    private static AgendaItem item(List<Block> blocks, int start, int end, String number) {
        Block head = blocks.get(start);
        String title = number == null ? BlockText.normalise(head.text()) : DASH.matcher(BlockText.withoutNumber(head)).replaceFirst("");
        if (!head.is(BlockType.HEADING)) {
            title = headingPart(title);
        }
        String text = BlockText.join(blocks.subList(start + 1, end));
        int pageEnd = head.page();
        for (int i = start; i < end; i++) {
            pageEnd = Math.max(pageEnd, blocks.get(i).page());
        }
        return new AgendaItem(number, title, text, head.page(), pageEnd, start, end);
    }

    /**
     * The heading part of an item heading that runs into its text: up to a field ("Besluit:", "Voorstel:",
     * "Portefeuillehouder:") or to where a
     * sentence starts ("Rondvraag De heer Jansen vraagt …" → "Rondvraag"), at most 16 words.
     */
    static String headingPart(String text) {
        Matcher m = RUN_ON.matcher(text);
        String t = m.find() && m.start() > 0 ? text.substring(0, m.start()) : text;
        String[] words = t.strip().split(" ");
        return words.length <= 16 ? t.strip() : String.join(" ", Arrays.copyOf(words, 16));
    }

    /**
     * The items minutes announce ({@link #ANNOUNCEMENT}), each running to the next announcement; its number is
     * the label before the heading ("G.1"), null when there is none. Minutes that take all votes at the end
     * head each item's votes with its title again ("- Voorstel inzake de Groenvisie."): such a line starts a
     * part of that item (same number), so its decisions are not left under the last item discussed.
     */
    private static List<AgendaItem> announcedItems(List<Block> blocks) {
        List<Start> starts = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.is(BlockType.TABLE)) {
                continue;
            }
            Matcher m = ANNOUNCEMENT.matcher(BlockText.normalise(b.text()));
            if (!m.matches()) {
                continue;
            }
            String rest = m.group(1).strip();
            if (!rest.isEmpty()) {
                starts.add(Start.of(i, i, rest));
            } else if (i + 1 < blocks.size()) {
                starts.add(Start.of(i, i + 1, BlockText.normalise(blocks.get(i + 1).text())));
            }
        }
        if (starts.size() < 2) {
            return List.of();
        }
        List<Start> all = new ArrayList<>(starts);
        all.addAll(returns(blocks, starts));
        all.sort(Comparator.comparingInt(Start::head));
        starts.clear();
        for (Start st : all) {
            Start prev = starts.isEmpty() ? null : starts.get(starts.size() - 1);
            // a title quoted inside its own item (a motion "ter bespreking van …") continues that item
            if (prev == null || !Objects.equals(prev.number(), st.number()) || !prev.title().equals(st.title())) {
                starts.add(st);
            }
        }
        List<AgendaItem> items = new ArrayList<>();
        for (int j = 0; j < starts.size(); j++) {
            Start st = starts.get(j);
            int end = j + 1 < starts.size() ? starts.get(j + 1).boundary() : blocks.size();
            int pageEnd = blocks.get(st.head()).page();
            for (int i = st.head(); i < end; i++) {
                pageEnd = Math.max(pageEnd, blocks.get(i).page());
            }
            items.add(new AgendaItem(st.number(), st.title(), BlockText.join(blocks.subList(st.head() + 1, Math.max(st.head() + 1, end))),
                    blocks.get(st.head()).page(), pageEnd, st.head(), end));
        }
        return items;
    }

    /**
     * Later lines that repeat an announced item's title on their own (a bullet or dash allowed in front); the
     * line may carry more than the announcement did (a reference the announcement wrapped onto its next line).
     */
    private static List<Start> returns(List<Block> blocks, List<Start> announced) {
        List<Start> out = new ArrayList<>();
        for (int i = announced.get(0).head() + 1; i < blocks.size(); i++) {
            int at = i;
            String t = BULLET.matcher(BlockText.normalise(blocks.get(i).text())).replaceFirst("");
            if (BlockText.words(t) > 30 || announced.stream().anyMatch(s -> s.head() == at || s.boundary() == at)) {
                continue;
            }
            String line = Folding.fold(Start.of(i, i, t).title());
            announced.stream().filter(s -> s.head() < at && BlockText.words(s.title()) >= 3
                            && (line.equals(Folding.fold(s.title())) || line.startsWith(Folding.fold(s.title()) + " ")))
                    .findFirst().ifPresent(s -> out.add(new Start(at, at, s.number(), s.title())));
        }
        return out;
    }

    /** Where an item starts: its heading block, the block that ends the item before it, its label and title. */
    private record Start(int boundary, int head, String number, String title) {
        static Start of(int boundary, int head, String heading) {
            Matcher label = ITEM_LABEL.matcher(heading);
            String number = label.find() ? (label.group(1) != null ? label.group(1) : label.group(2)) : null;
            String title = TRAILING_COLON.matcher(headingPart(number == null ? heading : heading.substring(label.end()))).replaceAll("");
            return new Start(boundary, head, number, title);
        }
    }

    /** Indexes of blocks that start numbered items, in order, each continuing the outline before it. */
    private static List<Integer> numberedStarts(List<Block> blocks, DocKind kind, boolean numberedHeadings) {
        List<Integer> starts = new ArrayList<>();
        int[] last = null;
        int runStart = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String number = BlockText.outlineNumber(b);
            runStart = listRunStart(blocks, i, number, runStart);
            if (number == null || !candidate(b, kind, numberedHeadings, runStart)) {
                continue;
            }
            int[] parts = OutlineNumber.parts(number);
            boolean heading = b.is(BlockType.HEADING);
            // a list may leave out its opening items, but then says "Agendapunt 4" in so many words
            if (last == null ? opens(parts) || LABELLED.matcher(BlockText.normalise(b.text())).lookingAt() : continues(last, parts, heading ? 3 : 1)) {
                starts.add(i);
                last = parts;
            }
        }
        return starts;
    }

    /** Whether a numbered block may be an item heading at all. */
    private static boolean candidate(Block b, DocKind kind, boolean numberedHeadings, int runStart) {
        if (b.is(BlockType.HEADING)) {
            return true;
        }
        if (b.is(BlockType.TABLE)) {
            return false;
        }
        String numberless = BlockText.withoutNumber(b);
        String title = DASH.matcher(numberless).replaceFirst("");
        boolean short_ = BlockText.words(title) <= 16 && !title.endsWith(".") && !title.endsWith(";") && !title.endsWith(",");
        if (kind == DocKind.agenda) {
            return short_;
        }
        if (numberedHeadings) {
            // An item heading the text layer ran together with its text ("3. Rondvraag De heer …") comes out as a
            // list item or paragraph; it is told from a real list by its "6.1" number or by not belonging to a
            // run that counts from 1.
            return runStart > 1 || OutlineNumber.depth(BlockText.outlineNumber(b)) > 1;
        }
        if (kind == DocKind.decision_list && BlockText.words(title) <= LIST_SUBJECT_WORDS && !title.matches(".*[.;:,]$")
                && !title.isEmpty() && Character.isUpperCase(title.codePointAt(0))) {
            return true; // a list's subject line may be long ("6 Beantwoording schriftelijke vragen … over …"); its clauses end in "." or ";"
        }
        // "4 – Begroting 2028": a title after a dash reads as a heading as one after the number does
        boolean dashed = !title.equals(numberless) && BlockText.headingLike(Block.paragraph(title, b.page()));
        return short_ && (BlockText.headingLike(b) || dashed);
    }

    /**
     * The number the run of numbered (non-heading) blocks containing block {@code i} started with: a block
     * numbered n continues the run when the last numbered block since the last heading was n−1 (paragraphs and
     * bullets in between do not break it); any other numbered block starts a new run.
     */
    private static int listRunStart(List<Block> blocks, int i, String number, int previousRunStart) {
        if (number == null || blocks.get(i).is(BlockType.HEADING)) {
            return previousRunStart;
        }
        int n = lastPart(number);
        for (int j = i - 1; j >= 0 && !blocks.get(j).is(BlockType.HEADING); j--) {
            String prev = BlockText.outlineNumber(blocks.get(j));
            if (prev != null) {
                return lastPart(prev) == n - 1 ? previousRunStart : n;
            }
        }
        return n;
    }

    private static int lastPart(String number) {
        int[] p = OutlineNumber.parts(number);
        return p[p.length - 1];
    }

    /** The first item is numbered "1" (or "2.1": an item's own sub-items); a lone "2." is a list, not an outline. */
    private static boolean opens(int[] parts) {
        return parts[parts.length - 1] <= 1;
    }

    /**
     * True when {@code next} follows {@code prev} in an outline: its first child ("5.2" → "5.2.1"), or the next
     * sibling of it or of an ancestor ("5.3", "6"), possibly entering fresh sub-levels ("6.1"). Gaps of up to
     * {@code maxStep} allow for an item missing from the text.
     */
    static boolean continues(int[] prev, int[] next, int maxStep) {
        if (next.length == prev.length + 1 && startsWith(next, prev, prev.length) && next[prev.length] == 1) {
            return true;
        }
        for (int k = Math.min(prev.length, next.length); k >= 1; k--) {
            if (!startsWith(next, prev, k - 1)) {
                continue;
            }
            int step = next[k - 1] - prev[k - 1];
            if (step >= 1 && step <= maxStep && allOnes(next, k)) {
                return true;
            }
        }
        return false;
    }

    /** Subject headings of an unnumbered decision list, after its title. */
    private static List<Integer> subjectHeadings(List<Block> blocks) {
        List<Integer> out = new ArrayList<>();
        Integer titleLevel = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.is(BlockType.HEADING) || BlockText.isFurniture(b.text())) {
                continue;
            }
            if (titleLevel == null) {
                titleLevel = b.level() == null ? 1 : b.level();
                continue;
            }
            out.add(i);
        }
        if (out.isEmpty()) {
            return out;
        }
        int top = out.stream().mapToInt(i -> levelOf(blocks.get(i))).min().orElse(1);
        return out.stream().filter(i -> levelOf(blocks.get(i)) == top).toList();
    }

    /**
     * Subjects of a decision list whose subject lines are not headings: a paragraph "Subject Het dagelijks bestuur
     * heeft besloten om:" (the subject is the text before the formula, as a PDF text layer runs them together),
     * or a short line followed by a paragraph that opens with the formula.
     */
    private static List<Integer> decisionSubjects(List<Block> blocks, List<String> titles) {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.is(BlockType.LIST_ITEM) || b.is(BlockType.TABLE)) {
                continue;
            }
            String t = BlockText.normalise(b.text());
            Matcher m = DECISION_FORMULA.matcher(t);
            if (!m.find()) {
                continue;
            }
            if (m.start() > 0) {
                out.add(i);
                titles.add(t.substring(0, m.start()).strip());
            } else if (i > 1 && (out.isEmpty() || out.get(out.size() - 1) < i - 1)
                    && !blocks.get(i - 1).is(BlockType.LIST_ITEM) && BlockText.headingLike(blocks.get(i - 1))) {
                out.add(i - 1);
                titles.add(BlockText.normalise(blocks.get(i - 1).text()));
            }
        }
        return out;
    }

    private static int levelOf(Block b) {
        return b.level() == null ? 1 : b.level();
    }

    private static boolean startsWith(int[] a, int[] prefix, int n) {
        if (a.length < n || prefix.length < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (a[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean allOnes(int[] a, int from) {
        for (int i = from; i < a.length; i++) {
            if (a[i] != 1) {
                return false;
            }
        }
        return true;
    }
}
