package nl.gremium.split;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.classify.Cues;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.parse.ParsedFile;
import nl.gremium.text.BlockText;
import nl.gremium.text.CaseFold;
import nl.gremium.text.PageFurniture;

/**
 * Splits a merged bundle into logical documents; a single-document file stays one part.
 *
 * <p>Documents in a bundle start on a new page, so only page starts are candidates. Each page gets a score from
 * start cues (a document title at the top, a letter's salutation or letterhead, "Pagina 1 van N", an opening
 * "Voorwoord"/"Inleiding" after a page that ended with a signature or closing, a change of source file seen
 * in the PDF's font objects) and continuation cues (the page begins mid-sentence, an annex heading, a
 * continuing outline number "3.2", "Pagina 2 van 7", a table running on). A page scoring at least
 * {@link #THRESHOLD} starts a new part. The weights are chosen so that no single weak cue splits a long
 * report: an "Inleiding" chapter page needs a signature before it or a font change with it.
 */
public final class BundleSplitter {
    static final int THRESHOLD = 3;

    private static final int TOP = 2;
    private static final int HEAD = 12;
    private static final int TAIL = 6;
    private static final int COVER_WORDS = 40;
    private static final String OPENING_CUE = "+2 opening heading ";
    private static final int SALUTATION_WORDS = 12;
    /** "Vergadering gemeenteraad Zeeweide gehouden op 4 september 2025": how council minutes open. */
    private static final Pattern MEETING_HELD = CaseFold.compile("(?iu)^vergadering\\b.{0,80}\\bgehouden op\\b");
    /** The page's own number may be misread by OCR ("Pagina S van 9"): letters that OCR reads for digits count as those. */
    private static final Pattern PAGE_OF = CaseFold.compile(
            "(?iu)^(?:kenmerk\\s*)?(?:pagina|blad|vervolgblad|page)?\\s*(\\d+|(?<=[a-z] )(?-i:[\\d" + PageFurniture.OCR_LETTERS + "]{1,2}))\\s*(?:van|/|of)\\s*(\\d+)$");
    /** An annex's own title line: "Bijlage 1", "Bijlage nummer 2", "Bijlage B" (not a letterhead's "Bijlage(n)"). */
    private static final Pattern ANNEX_TITLE = CaseFold.compile("(?iu)^bijlage\\s+(?:nummer\\s+|nr\\.?\\s*)?(?:\\d{1,2}|(?-i:[A-H]))\\b");
    /**
     * A Woo decision's inventory heading its page ("Inventarislijst", "Bijlage 2 — Inventarislijst"), not the section
     * "Inventarisatie documenten": the list belongs to the letter before it, though its rows name minutes and letters.
     */
    private static final Pattern INVENTORY_TITLE = CaseFold.compile(
            "(?iu)^(?:b(?:ij|u)lage\\s*\\w{0,3}\\s*[-–—:.]?\\s*)?inventaris(?:lijst)?\\b(?=(?:\\s*\\S+){0,6}\\s*$)");
    /** A letter's closing that lists what is enclosed: "Bijlagen:", "- Bijlage 1: Relevante artikelen". */
    private static final Pattern ENCLOSED = CaseFold.compile("(?iu)^[-•]?\\s*bijlage(?:n|\\(n\\))?\\b");

    /** One page's verdict, with the cues that fired (for evaluation output). */
    public record PageScore(int page, int score, List<String> cues) {
        public boolean starts() {
            return score >= THRESHOLD;
        }
    }

    public List<Part> split(ParsedFile file) {
        int pages = Math.max(1, file.source().pageCount());
        boolean[] fontChanges = pages > 1 ? fontChanges(file) : null;
        return split(file.blocks(), pages, fontChanges);
    }

    /** Splits blocks of a {@code pageCount}-page file; {@code fontChanges} (index 0 = page 1) may be null. */
    public List<Part> split(List<Block> blocks, int pageCount, boolean[] fontChanges) {
        List<Integer> starts = new ArrayList<>(List.of(1));
        for (PageScore s : score(blocks, pageCount, fontChanges)) {
            if (s.starts()) {
                starts.add(s.page());
            }
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i);
            int to = i + 1 < starts.size() ? starts.get(i + 1) - 1 : Math.max(pageCount, lastPage(blocks));
            List<Block> partBlocks = blocks.stream().filter(b -> b.page() >= from && b.page() <= to).toList();
            parts.add(new Part(from, to, partBlocks));
        }
        return parts;
    }

    /** The score of every page from 2 on. */
    public List<PageScore> score(List<Block> blocks, int pageCount, boolean[] fontChanges) {
        int pages = Math.max(pageCount, lastPage(blocks));
        List<List<Block>> byPage = new ArrayList<>();
        for (int p = 0; p <= pages; p++) {
            byPage.add(new ArrayList<>());
        }
        for (Block b : blocks) {
            if (b.page() >= 1 && b.page() <= pages) {
                byPage.get(b.page()).add(b);
            }
        }
        // Minutes paste in the motions and amendments they vote on, each in its source's fonts: in a file that opens
        // as minutes, new fonts alone are no new document
        boolean minutes = anyMatch(texts(BlockText.content(byPage.get(1)), TOP), Cues.MINUTES_TITLE, MEETING_HELD);
        List<PageScore> out = new ArrayList<>();
        for (int p = 2; p <= pages; p++) {
            boolean fontChange = fontChanges != null && p - 1 < fontChanges.length && fontChanges[p - 1];
            boolean running = runningTitle(byPage, p);
            out.add(scorePage(p, byPage.get(p), byPage.get(p - 1), previousContent(byPage, p), fontChange, minutes, running));
        }
        return startAtCovers(out, byPage);
    }

    /**
     * A report opens with a cover (title, author, date: a few words, no sentences), and its "Samenvatting" or
     * "1. Inleiding" on the next page looks like a start: what speaks for a start there speaks for one at the cover.
     * The cover gets the page's evidence and the page keeps none; when the cover is page 1, the file does not split.
     */
    private static List<PageScore> startAtCovers(List<PageScore> scores, List<List<Block>> byPage) {
        List<PageScore> out = new ArrayList<>(scores);
        for (int i = 0; i < out.size(); i++) {
            PageScore s = out.get(i);
            int cover = s.page() - 1;
            while (cover > 1 && BlockText.content(byPage.get(cover)).isEmpty()) {
                cover--; // the blank inside of the cover
            }
            boolean opens = s.cues().stream().anyMatch(c -> c.startsWith(OPENING_CUE));
            if (s.score() <= 0 || !opens || !isCover(BlockText.content(byPage.get(cover)))) {
                continue;
            }
            List<String> cues = new ArrayList<>(s.cues());
            cues.add("-" + s.score() + " page " + cover + " is this document's cover");
            out.set(i, new PageScore(s.page(), 0, cues));
            int c = cover - 2; // scores start at page 2
            if (c >= 0) {
                List<String> coverCues = new ArrayList<>(out.get(c).cues());
                coverCues.add("+" + s.score() + " cover of what page " + s.page() + " opens");
                out.set(c, new PageScore(cover, out.get(c).score() + s.score(), coverCues));
            }
        }
        return out;
    }

    /** A cover page: some text, at most {@value #COVER_WORDS} words, no sentence, no numbered item, no "Datum: …" field. */
    private static boolean isCover(List<Block> content) {
        int words = content.stream().mapToInt(b -> BlockText.words(b.text())).sum();
        return words > 0 && words <= COVER_WORDS && content.stream().noneMatch(b -> b.is(BlockType.TABLE) || b.is(BlockType.LIST_ITEM)
                || BlockText.outlineNumber(b) != null || BlockText.normalise(b.text()).matches(".*[.;:!?]$|^[^:]{1,30}:\\s.*"));
    }

    /** Where a page prints its header and footer: its first two and last two blocks. */
    private static List<Block> edges(List<Block> pageBlocks) {
        return pageBlocks.size() <= 4 ? pageBlocks
                : List.of(pageBlocks.get(0), pageBlocks.get(1), pageBlocks.get(pageBlocks.size() - 2), pageBlocks.get(pageBlocks.size() - 1));
    }

    /** "Pagina 2 van 7" in the page's header or footer, as {2, 7}; null when the page prints no count. */
    private static int[] pageCount(List<Block> pageBlocks) {
        for (Block b : edges(pageBlocks)) {
            Matcher m = PAGE_OF.matcher(BlockText.normalise(b.text()));
            if (BlockText.isFurniture(b.text()) && m.matches() && PageFurniture.pageNumber(m.group(1)) <= Integer.parseInt(m.group(2))) {
                return new int[] {PageFurniture.pageNumber(m.group(1)), Integer.parseInt(m.group(2))};
            }
        }
        return null;
    }

    /** The number the page prints between dashes in its first or last two blocks, or null. */
    private static Integer pageNumber(List<Block> pageBlocks) {
        for (Block b : edges(pageBlocks)) {
            Integer n = b.is(BlockType.TABLE) ? null : PageFurniture.dashedNumber(BlockText.normalise(b.text()));
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    /**
     * @param previous the previous page's content, {@code previousBlocks} all its blocks (its furniture included)
     */
    /**
     * The page's first line is printed first on the page before or after it too ("Besluitenlijst DB 12 maart 2025" atop
     * pages 2 and 3): a running header, whatever title it reads like. A short generic line ("Agenda") may head two
     * documents, so only a line of three words or more counts.
     */
    private static boolean runningTitle(List<List<Block>> byPage, int p) {
        String top = topLine(byPage.get(p));
        if (top == null || BlockText.words(top) < RUNNING_WORDS) {
            return false;
        }
        return p > 1 && top.equalsIgnoreCase(topLine(byPage.get(p - 1)))
                || p + 1 < byPage.size() && top.equalsIgnoreCase(topLine(byPage.get(p + 1)));
    }

    private static final int RUNNING_WORDS = 3;

    private static String topLine(List<Block> pageBlocks) {
        List<String> top = texts(BlockText.content(pageBlocks), 1);
        return top.isEmpty() ? null : top.get(0);
    }

    private static PageScore scorePage(int page, List<Block> pageBlocks, List<Block> previousBlocks, List<Block> previous,
                                       boolean fontChange, boolean inMinutes, boolean runningTitle) {
        List<String> cues = new ArrayList<>();
        int score = 0;
        List<Block> content = BlockText.content(pageBlocks);
        List<String> top = texts(content, TOP);
        List<String> head = texts(content, HEAD);

        // Page furniture "Pagina 1 van 7" restarts, "Pagina 2 van 7" continues; where this page prints no count, the
        // previous page's "Pagina 1 van 2" says that this one is its second
        int[] count = pageCount(pageBlocks);
        int[] before = pageCount(previousBlocks);
        if (count != null) {
            boolean first = count[0] == 1;
            score += first ? 3 : -3;
            cues.add(first ? "+3 page count restarts" : "-3 page count continues");
        } else if (before != null && before[0] < before[1]) {
            score -= 3;
            cues.add("-3 previous page's count runs on");
        } else {
            // a page number alone ("- 2 -") or ending a running line ("… zaaknr. Z/25/0041- 2 -"): one more than the
            // previous page's goes on, a first one after a numbered page starts anew
            Integer number = pageNumber(pageBlocks);
            Integer previousNumber = pageNumber(previousBlocks);
            if (number != null && previousNumber != null && number == previousNumber + 1) {
                score -= 3;
                cues.add("-3 page number goes on");
            } else if (number != null && previousNumber != null && number == 1) {
                score += 3;
                cues.add("+3 page number restarts");
            }
        }
        if (content.isEmpty()) {
            return new PageScore(page, score, cues);
        }
        Block first = content.get(0);
        String firstText = BlockText.normalise(first.text());

        if (fontChange) {
            int weight = inMinutes ? 1 : 3;
            score += weight;
            cues.add("+" + weight + " new font objects (another source file" + (inMinutes ? ", in minutes" : "") + ")");
        }
        boolean titled = !runningTitle && anyMatch(standalone(top), Cues.AGENDA_TITLE, Cues.MINUTES_TITLE, Cues.DECISIONS_TITLE,
                Cues.SCHEDULE, Cues.PROPOSAL_FORM, Cues.DOCLIST);
        if (titled) {
            score += 4;
            cues.add("+4 document title at top");
        } else if (runningTitle) {
            cues.add("0 title repeated atop the next or previous page (a running header)");
        }
        // a letter's salutation is a line of its own ("Geachte voorzitter,"); minutes quote speeches that open
        // "Geachte leden van de raad, …" in mid-paragraph or "Geachte voorzitter. Allereerst …" as sentences,
        // which start no document
        int salutation = -1;
        for (int i = 0; i < Math.min(HEAD, content.size()) && salutation < 0; i++) {
            String t = BlockText.normalise(content.get(i).text());
            salutation = !content.get(i).is(BlockType.TABLE) && Cues.SALUTATION.matcher(t).find()
                    && BlockText.words(t) <= SALUTATION_WORDS && !t.endsWith(".") ? i : -1;
        }
        // a letter quoted in a report's chapter ("4 Reactie van het college" / "Geachte rekenkamer,") starts nothing
        boolean quoted = salutation > 0 && content.subList(0, salutation).stream().anyMatch(b -> BlockText.headingLike(b)
                && BlockText.outlineNumber(b) != null && !BlockText.outlineNumber(b).equals("1"));
        if (salutation >= 0 && !quoted) {
            score += 4;
            cues.add("+4 salutation");
        }
        long letterhead = head.stream().filter(t -> Cues.LETTERHEAD.matcher(t).find() || Cues.LETTER_FIELD.matcher(t).find()).count();
        if (letterhead >= 2) {
            score += 2;
            cues.add("+2 letterhead/letter fields");
        }
        boolean opener = Cues.OPENER.matcher(firstText).matches();
        boolean ended = anyMatch(texts(previous, previous.size()), Cues.ENDING);
        if (opener) {
            score += 2;
            cues.add(OPENING_CUE + firstText);
        }
        if (ended) {
            score += 2;
            cues.add("+2 previous page ends a document");
        }
        String number = BlockText.outlineNumber(first);
        boolean annex = Cues.ANNEX.matcher(firstText).find();
        if (first.is(BlockType.HEADING) && !opener && !annex && (number == null || number.equals("1"))
                && (first.level() == null || first.level() <= 1)) {
            score += 1;
            cues.add("+1 top-level heading at top");
        }

        // Continuation.
        if (!firstText.isEmpty() && Character.isLowerCase(firstText.codePointAt(0)) && !first.is(BlockType.LIST_ITEM)) {
            score -= 4;
            cues.add("-4 begins mid-sentence");
        } else if (!titled && !previous.isEmpty() && first.is(BlockType.PARAGRAPH) && !BlockText.headingLike(first)
                && endsOpen(previous.get(previous.size() - 1))) {
            score -= 2;
            cues.add("-2 previous page ends mid-sentence");
        }
        if (annex) {
            score -= 2;
            cues.add("-2 annex heading");
        } else if (anyMatch(texts(previous, previous.size()), ENCLOSED) && anyMatch(head, ANNEX_TITLE)) {
            // a letter listed its annexes at its end, and here one opens under the letterhead repeated: no new document
            score -= 2;
            cues.add("-2 annex the previous page encloses");
        }
        if (!previous.isEmpty() && anyMatch(texts(content, content.size()), INVENTORY_TITLE)) {
            // the rows read out of order may come first and look like titles ("Verslag stuurgroep 3 mei")
            score -= 6;
            cues.add("-6 a Woo decision's inventory");
        }
        if (number != null && !number.equals("1") && (first.is(BlockType.HEADING) || BlockText.headingLike(first))) {
            score -= 2;
            cues.add("-2 outline continues at " + number);
        }
        if (first.is(BlockType.TABLE) && !previous.isEmpty() && previous.get(previous.size() - 1).is(BlockType.TABLE)) {
            score -= 2;
            cues.add("-2 table runs on");
        }
        return new PageScore(page, score, cues);
    }

    /** The last content blocks before page {@code p} (skipping empty pages). */
    private static List<Block> previousContent(List<List<Block>> byPage, int p) {
        for (int q = p - 1; q >= 1; q--) {
            List<Block> content = BlockText.content(byPage.get(q));
            if (!content.isEmpty()) {
                return content.subList(Math.max(0, content.size() - TAIL), content.size());
            }
        }
        return List.of();
    }

    /**
     * The lines that are not the end of a sentence begun on the line above: in "De raad …, ter bespreking van" /
     * "Raadsvoorstel Programmabegroting 2026" the second line is what a quoted motion is about, not a title.
     */
    private static List<String> standalone(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i == 0 || !BlockText.runsOn(lines.get(i - 1))) {
                out.add(lines.get(i));
            }
        }
        return out;
    }

    private static boolean endsOpen(Block b) {
        if (!b.is(BlockType.PARAGRAPH)) {
            return false;
        }
        String t = BlockText.normalise(b.text());
        return !t.isEmpty() && Character.isLetter(t.codePointAt(t.length() - 1)) && !BlockText.headingLike(b);
    }

    private static List<String> texts(List<Block> blocks, int n) {
        return blocks.subList(0, Math.min(n, blocks.size())).stream()
                .filter(b -> !b.is(BlockType.TABLE)).map(b -> BlockText.normalise(b.text())).toList();
    }

    private static boolean anyMatch(List<String> lines, Pattern... patterns) {
        for (String l : lines) {
            for (Pattern p : patterns) {
                if (p.matcher(l).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int lastPage(List<Block> blocks) {
        return blocks.stream().mapToInt(Block::page).max().orElse(1);
    }

    /** The parse worker's font cue as a flag per page: this process never opens the PDF itself. */
    static boolean[] fontChanges(ParsedFile file) {
        if (file.newSourcePages() == null) {
            return null;
        }
        boolean[] change = new boolean[Math.max(1, file.source().pageCount())];
        file.newSourcePages().stream().filter(p -> p >= 1 && p <= change.length).forEach(p -> change[p - 1] = true);
        return change;
    }
}
