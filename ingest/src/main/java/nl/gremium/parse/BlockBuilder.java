package nl.gremium.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.Cell;
import nl.gremium.model.Table;
import nl.gremium.tables.ItemLabels;
import nl.gremium.tables.PrintSizes;
import nl.gremium.text.BlockText;
import nl.gremium.text.CaseFold;
import nl.gremium.text.OutlineNumber;
import nl.gremium.text.PageFurniture;
import nl.gremium.text.Whitespace;

/**
 * Turns {@link RawBlock}s into {@link Block}s. Tagged headings, list items and tables are taken as they are.
 * Paragraph text is read line by line, because a PDF has no structure tags and Tika's paragraphs mix a
 * heading line with the text under it ("1. Opening\nDe heer … opent"): page furniture, numbered headings
 * ("5.1. Jaarstukken 2024"), short title lines, a title printed larger than the line under it ({@link PrintSizes}) and
 * lines starting with a list marker each start a block of their own; other lines are joined (hyphen rule of {@link Whitespace#joinLines}). In paged formats (PDF) a
 * paragraph cut by a page break or by furniture continues when the next text starts in lower case.
 */
final class BlockBuilder {
    private static final Pattern LIST_MARKER = CaseFold.compile(
            "^(\\d{1,2}[a-h]?[.)]|[a-z][.)]|(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)[.)]|[-–•o▪●■◦*·]"
                    // a dictum's clauses numbered in capitals ("I. aan uw gemeente … te verstrekken;"), not an initial or a title
                    + "|(?:I|II|III|IV|V|VI|VII|VIII|IX|X)[.)](?=\\s+\\p{Ll}))\\s+\\S.*");
    private static final Pattern ROMAN = CaseFold.compile("(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)[.)]");
    /** "Datum: 9 juli 2025", "Aan: …", "Vergadering: …": a form field starts its own paragraph. */
    private static final Pattern LABEL_LINE = CaseFold.compile("^\\p{Lu}[\\p{L}.\\-/]*(?: [\\p{L}.\\-/]+){0,2}:\\s+\\S.*");
    /**
     * A letterhead's field, capitalised as a letterhead prints it ("Onderwerp: …", "Zaaknummer 2026-0118", "Ons kenmerk
     * …"): where the header is one stack of lines under the address, each field starts a paragraph of its own rather
     * than running on from the postcode and place above it (but not a sentence that wraps "… de" / "Datum van …"); so
     * does a meeting record's "Vergaderdatum:" under its title.
     */
    private static final Pattern LETTER_FIELD = CaseFold.compile("^(?:Datum|Onderwerp|Betreft|Kenmerk|Ons kenmerk|Uw kenmerk"
            + "|Zaaknummer|Dossiernummer|Verzenddatum|Uw brief van|Contactpersoon|Doorkiesnummer)(?:\\s*:\\s*|\\s+)\\S"
            // a meeting record's fields under its title ("Openbare besluitenlijst … / Vergaderdatum: 13 oktober 2026")
            + "|^(?:Vergaderdatum|Datum vergadering|Datum en tijd|Vergadering|Agendapunt|Aanvang|Locatie|Aanwezig|Afwezig)\\s*:\\s*\\S");
    /** "Arnhem, 3 november 2026" on a line of its own: where and when a letter was written, a paragraph by itself. */
    /** "Utrecht, 14 juni 2023" or a cover's "Utrecht, juni 2023": a line of its own, never glued to the title above. */
    private static final Pattern PLACE_DATE = CaseFold.compile("^(?:['’]s-)?\\p{Lu}[\\p{L}'’ .-]{1,40},\\s*(?:\\d{1,2}\\s+)?(?:januari"
            + "|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\\s+(?:19|20)\\d{2}\\.?$");
    /** A sentence ends and another starts: no title. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+\\p{Lu}");
    /** A title printed large is short; a longer line in larger print is quoted text (a law's article, a box). */
    private static final int TITLE_WORDS = 16;
    /** A title's own number ("1. Opening"), whose dot ends no sentence. */
    private static final Pattern OUTLINE_NUMBER = Pattern.compile("^" + OutlineNumber.REGEX + "[.)]?\\s+");
    private static final Pattern BLANK_LINE = CaseFold.compile("\\n\\s*\\n");
    /**
     * The clerk's closing formula of a decision ("Aldus besloten in de openbare vergadering van …"): a paragraph of
     * its own even when the last clause of the dictum sits right above it, so the clause does not swallow the stamp.
     */
    /**
     * A short line of its own that ends in a colon ("Aan het college:", "Wij bevelen de raad aan:"): it introduces what
     * follows, so it neither ends the list item above it nor joins the paragraph before it.
     */
    private static final Pattern LEAD_LINE = CaseFold.compile("^\\p{Lu}[^:]{0,60}:$");
    /**
     * A motion's or decision's clause lead on a line of its own ("constaterende dat:", "verzoeken het college van
     * Gedeputeerde Staten:", "besluit:"): it starts a paragraph even under a field that does not end its sentence
     * ("Onderwerp: busverbinding …").
     */
    private static final Pattern CLAUSE_LEAD = CaseFold.compile("(?iu)^(?:en\\s+)?(?:constaterende|overwegende|van\\s+mening|"
            + "verzoekt|verzoeken|roept|roepen|draagt|dragen|spreekt|spreken|is\\s+van\\s+mening|besluit|besluiten)\\b[^.:]{0,80}:$");
    /**
     * What a decision list or minutes record under an item ("Besluit: conform", "Actie: DB", "Toezegging: …"): it starts
     * a paragraph even right under the item's title, which ends without a full stop.
     */
    private static final Pattern RECORD_LABEL = CaseFold.compile(
            "^(?:Besluit(?:en)?|Besloten|Actie|Actiepunt|Toezegging|Afspraak|Stemming|Uitslag)(?:\\s+(?:GS|B&W|college|AB|DB|bestuur))?\\s*:\\s+\\S");
    /** The names of a report's chapters, which a heading numbered without a dot may carry. */
    private static final Pattern SECTION_NAME = CaseFold.compile("(?iu)^(?:inleiding|samenvatting|conclusies?|aanbevelingen?|bevindingen|oordeel|herstelopdrachten?|verbeterpunten|"
            + "bestuurlijke\\s+reactie|reactie|nawoord|naschrift|aanleiding|achtergrond|onderzoeksaanpak|aanpak|methode|werkwijze|"
            + "resultaten|analyse|verantwoording|leeswijzer|context|bijlagen?|beantwoording|conclusies\\s+en\\s+aanbevelingen)\\b");
    private static final Pattern CLOSING = CaseFold.compile("^(?iu)aldus\\s+(?:besloten|vastgesteld|gedaan|gewijzigd|aangenomen)\\b");
    /**
     * The label of a question or an answer on a line of its own, as answers to written questions print them ("Vraag 2",
     * "Antwoord", "Antwoord 2a:", "Reactie college"): it stands alone, so the answer is not glued to its question.
     */
    private static final Pattern QA_LABEL = CaseFold.compile(
            "^(?iu)(?:vraag|antwoord|beantwoording|reactie(?:\\s+(?:van\\s+)?(?:het\\s+)?college)?)(?:\\s+\\d{1,2}[a-z]?)?\\s*[:.]?$");

    private final boolean paged;
    private final boolean guessHeadings;
    private final PrintSizes printSizes;
    private final ItemLabels itemLabels;
    private final Map<String, Integer> outline = new HashMap<>();
    private final List<Block> out = new ArrayList<>();
    private final List<Block> pendingFurniture = new ArrayList<>();

    // the open paragraph or list item: its lines, page and kind
    private List<String> openLines;
    private int openPage;
    private String openMarker;
    private int openLevel;
    private boolean openSoftEnded;        // its raw paragraph ended; a lower-case continuation may still join
    private String followingLine;         // first line of the next raw paragraph, for look-ahead across blocks
    private int lastChapter = 0;          // the last chapter numbered without a dot ({@link #undottedChapter})
    private int numberedDepth = 0;        // depth of the last numbered heading, to place unnumbered ones under it
    private String lastMarker;

    BlockBuilder(boolean paged, List<XhtmlCollector.OutlineEntry> outlineEntries, boolean hasHeadingTags,
            PrintSizes printSizes, ItemLabels itemLabels) {
        this.paged = paged;
        this.printSizes = printSizes;
        this.itemLabels = itemLabels;
        this.guessHeadings = paged || !hasHeadingTags;   // a DOCX with heading styles marks all its headings
        for (XhtmlCollector.OutlineEntry e : outlineEntries) {
            outline.putIfAbsent(key(e.text()), e.level());
        }
    }

    List<Block> build(List<RawBlock> raws) {
        for (int r = 0; r < raws.size(); r++) {
            RawBlock raw = raws.get(r);
            followingLine = r + 1 < raws.size() && raws.get(r + 1).kind() == RawBlock.Kind.PARAGRAPH
                    ? firstLine(raws.get(r + 1).text()) : null;
            switch (raw.kind()) {
                case HEADING -> {
                    flush();
                    String t = Whitespace.normalize(raw.text());
                    heading(t, raw.page(), raw.level(), HeadingNumber.of(t));
                }
                case LIST_ITEM -> {
                    flush();
                    out.add(Block.listItem(Whitespace.joinLines(lines(raw.text())), raw.page(), raw.level(),
                            raw.marker()));
                }
                case TABLE -> {
                    flush();
                    out.add(Block.table(table(raw)));
                }
                case PARAGRAPH -> paragraph(raw);
            }
        }
        flush();
        return out;
    }

    private static Table table(RawBlock raw) {
        List<List<Cell>> rows = raw.rows().stream()
                .map(r -> r.stream().map(c -> Cell.of(Whitespace.normalize(c))).toList())
                .toList();
        return new Table(null, null, raw.page(), raw.page(), rows, 0, null, false);
    }

    private void paragraph(RawBlock raw) {
        String[] chunks = BLANK_LINE.split(raw.text());
        for (int c = 0; c < chunks.length; c++) {
            List<String> lines = new ArrayList<>(lines(chunks[c]));
            if (lines.isEmpty()) {
                continue;
            }
            // The line after a chunk's last line: PDF text layers start a new paragraph at a list item's
            // indented second line, and "1. Zorg voor … en" followed by "brandweer, …" is no heading.
            String after = c + 1 < chunks.length ? firstLine(chunks[c + 1]) : followingLine;
            int maxLen = lines.stream().mapToInt(String::length).max().orElse(0);
            boolean prevHeading = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String next = i + 1 < lines.size() ? lines.get(i + 1) : null;
                String continuation = next != null ? next : after;
                String prev = i > 0 ? lines.get(i - 1) : null;
                if (PageFurniture.is(line)) {
                    furniture(line, raw.page());
                    prevHeading = false;
                    continue;
                }
                String itemTitle = itemTitle(line, raw.page());
                if (itemTitle != null) {
                    // an item printed in columns: its number and title, then its account as the text under that heading
                    flush();
                    String number = HeadingNumber.of(itemTitle);
                    heading(itemTitle, raw.page(), number != null ? HeadingNumber.depth(number) : numberedDepth + 1, number);
                    lines.set(i, line.substring(itemTitle.length()).strip());
                    prevHeading = true;
                    i--;
                    continue;
                }
                boolean lineStart = prev == null || prevHeading || endsSentence(prev) || PageFurniture.is(prev);
                int titleEnd = largeTitle(lines, i, raw.page(), after, lineStart, prevHeading);
                if (titleEnd >= 0) {
                    flush();
                    String title = Whitespace.joinLines(lines.subList(i, titleEnd + 1));
                    String number = HeadingNumber.of(title);
                    heading(title, raw.page(), number != null ? HeadingNumber.depth(number) : numberedDepth + 1, number);
                    prevHeading = true;
                    i = titleEnd;
                    continue;
                }
                boolean standsOut = lines.size() == 1 && printedLarger(line, after, raw.page());
                Integer headingLevel = lineStart && guessHeadings
                        ? headingLevel(line, next, continuation, i, lines.size(), maxLen, standsOut) : null;
                if (headingLevel != null) {
                    flush();
                    String number = HeadingNumber.of(line);
                    heading(line, raw.page(), headingLevel, number);
                    prevHeading = true;
                    continue;
                }
                prevHeading = false;
                if (lineStart && QA_LABEL.matcher(line).matches() || PLACE_DATE.matcher(line).matches()) {
                    flush();
                    open(line, raw.page(), null);
                    flush();
                    continue;
                }
                Matcher marker = LIST_MARKER.matcher(line);
                // an item right under a form field ("Locatie: raadzaal" / "1. Opening") starts the list
                boolean afterField = prev != null && LABEL_LINE.matcher(prev).matches() && !BlockText.runsOn(prev);
                // (also after a lead-in's colon or an item's semicolon: "… worden de volgende voorstellen aangenomen:" / "a. …;")
                boolean listStart = marker.matches() && (lineStart || afterField || nextInList(marker.group(1), line)
                        || "•▪●■◦".indexOf(line.charAt(0)) >= 0 || prev != null && (prev.endsWith(":") || prev.endsWith(";")));
                if (listStart) {
                    flush();
                    open(line, raw.page(), marker.group(1));
                } else if (openLines != null && (!openSoftEnded || continues(line))
                        && !(LABEL_LINE.matcher(line).matches() && (lineStart || LABEL_LINE.matcher(openLines.get(0)).matches()))
                        && !(lineStart && CLOSING.matcher(line).find())
                        && !RECORD_LABEL.matcher(line).find()
                        && !(LETTER_FIELD.matcher(line).find() && !BlockText.runsOn(last(openLines)))
                        && !(lineStart && LEAD_LINE.matcher(line).matches() && words(line) <= 8)
                        && !CLAUSE_LEAD.matcher(line).matches()) {
                    openLines.add(line);
                    openSoftEnded = false;
                } else {
                    flush();
                    open(line, raw.page(), null);
                }
            }
            if (openLines != null) {
                openSoftEnded = true;
                if (!paged) {
                    flush();
                }
            }
        }
    }

    /** The number and title that open a line of an item printed in columns ({@link ItemLabels}), as the line spells them. */
    private String itemTitle(String line, int page) {
        int length = itemLabels.titleLength(page, line);
        int seen = 0;
        for (int k = 0; k < line.length() && length > 0; k++) {
            seen += Character.isWhitespace(line.charAt(k)) ? 0 : 1;
            if (seen == length) {
                return k + 1 < line.length() ? line.substring(0, k + 1) : null;
            }
        }
        return null;
    }

    /**
     * The last line of a title printed larger than the text under it, starting at line {@code i} of a paragraph with
     * other text in it: up to four lines of one print size, no form field, no sentence ending inside them or at their end
     * and not ending where a sentence runs on; the next line (a new sentence on the same page) in smaller print; else -1.
     */
    private int largeTitle(List<String> lines, int i, int page, String after, boolean lineStart, boolean prevHeading) {
        Float size = printSizes.size(page, lines.get(i));
        if (size == null || i > 0 && lines.get(i - 1).endsWith(":")     // a label's value, no title
                || !Character.isLetterOrDigit(lines.get(i).codePointAt(0)) || !startsNewSentence(lines.get(i))) {
            return -1;
        }
        if (i > 0 && !prevHeading) {
            // a title starts where the print grows, not inside a run of large lines, nor where the line above runs on
            String prev = lines.get(i - 1);
            Float prevSize = printSizes.size(page, prev);
            // (without a sentence ending above it, only under a form field or with a number of its own)
            boolean grows = prevSize != null && PrintSizes.larger(size, prevSize) && !prev.endsWith(",") && !BlockText.runsOn(prev)
                    && (LABEL_LINE.matcher(prev).matches() || OUTLINE_NUMBER.matcher(lines.get(i)).find());
            if (size.equals(prevSize) || !lineStart && !grows) {
                return -1;
            }
        }
        int end = i;
        while (end + 1 < lines.size() && end - i < 3 && size.equals(printSizes.size(page, lines.get(end + 1)))) {
            end++;
        }
        if (i == 0 && end == lines.size() - 1) {
            return -1;    // a paragraph of its own already
        }
        String next = end + 1 < lines.size() ? lines.get(end + 1) : after;
        if (next == null || PageFurniture.is(next)) {
            return -1;    // print sizes are compared on one page
        }
        Float nextSize = printSizes.size(page, next);
        List<String> title = lines.subList(i, end + 1);
        String text = Whitespace.joinLines(title);
        return nextSize != null && PrintSizes.larger(size, nextSize) && startsNewSentence(next) && words(text) <= TITLE_WORDS
                && !text.endsWith(":")
                && text.codePoints().filter(Character::isLetter).count() >= 3
                && !SENTENCE_END.matcher(OUTLINE_NUMBER.matcher(text).replaceFirst("")).find() && !text.endsWith(",") && !text.endsWith(".") && !BlockText.runsOn(text)
                && title.stream().noneMatch(l -> LABEL_LINE.matcher(l).matches() || LETTER_FIELD.matcher(l).find()) ? end : -1;
    }

    /**
     * The number after the open item's, a title after it ("2. Vaststelling" under "1. Opening"): the next item of its list,
     * not the item's wrapped text ("… in totaal" / "2. 400 euro").
     */
    private boolean nextInList(String marker, String line) {
        if (openLines == null || openMarker == null) {
            return false;
        }
        String n = marker.replaceAll("[.)]$", "");
        String open = openMarker.replaceAll("[.)]$", "");
        boolean capital = Character.isUpperCase(line.substring(marker.length()).strip().codePointAt(0));
        // "b. Wijziging …" after "a. Zienswijze … (raadsvoorstel 2025-041)", also when that item wrapped: a letter after
        // its predecessor is no number a wrapped line might start with
        if (n.matches("[a-z]") && open.matches("[a-z]")) {
            return open.charAt(0) + 1 == n.charAt(0) && capital;
        }
        return openLines.size() == 1 && n.matches("\\d{1,2}") && open.matches("\\d{1,2}")
                && Integer.parseInt(open) + 1 == Integer.parseInt(n) && capital;
    }

    /**
     * A lower-case start (also in a bracket) continues an open paragraph that did not end its sentence (page break, furniture); so does
     * a number, amount, bracket or name after a line that plainly runs on ("… een bijdrage van" / "€ 1,5 miljoen voor
     * …", "… de minister van Justitie en" / "Veiligheid aan om …"), and a number with a lower-case word after a long line
     * ({@link #NUMBER_RUNS_ON}). A name only goes on running text: a paragraph, not a
     * short title or field ("Los verkeersonveilige situatie op" / "Uw raad heeft …"), nor after a comma, as address lines
     * end; and only a sentence goes on, not a code ("N.D D66").
     */
    private boolean continues(String line) {
        String last = last(openLines);
        if (!paged || endsSentence(last)) {
            return false;
        }
        int c = line.codePointAt(0);
        boolean longText = openLines.size() > 1 || words(last) >= RUNNING_TEXT_WORDS;
        boolean runningText = longText && words(line) >= 4;
        return Character.isLowerCase(c) || BRACKETED_WORD.matcher(line).lookingAt()
                || (Character.isDigit(c) || c == '€' || c == '(') && BlockText.runsOn(last)
                || longText && !last.endsWith(",") && NUMBER_RUNS_ON.matcher(line).lookingAt()
                // a clause's last words after running text that runs on ("… voor het project ‘Hart van" / "Stavelaar-Noord’;")
                || Character.isUpperCase(c) && longText && !last.endsWith(",") && BlockText.runsOn(last)
                && endsClause(line) && !LABEL_LINE.matcher(line).matches()
                || Character.isUpperCase(c) && runningText && !last.endsWith(",") && BlockText.runsOn(last);
    }

    /**
     * A number the sentence goes on with, a lower-case word after it: a long line cut before its year or date ("… over de
     * jaren" / "2026 tot en met 2029 te gunnen …"); not a numbered line ("2 Besluit") nor a table row ("2025 1.200 1.300").
     */
    private static final Pattern NUMBER_RUNS_ON = Pattern.compile("\\d[\\d.,]*\\s+\\p{Ll}");

    /** A bracket around a lower-case word, as running text goes on ("… Aanbevelingen uit 2021 die" / "(deels) niet zijn …"); not "(a)". */
    private static final Pattern BRACKETED_WORD = Pattern.compile("\\(\\p{Ll}{2,}");

    /** The words of a line that is running text rather than a title or a field's value. */
    private static final int RUNNING_TEXT_WORDS = 10;

    /**
     * A paragraph of one line printed larger than the document's running text, with running text after it (a new
     * sentence on the same page): a heading set apart by its print ("Aanbevelingen" at 15 pt above 10 pt text), which the
     * text layer gives as a plain line. Not a code ("RIS321139" atop each page), nor a name or an address line, as a
     * letterhead prints them ("Annemarie Moen", "Aan de gemeenteraad"): Dutch headings capitalise their first word only.
     */
    private boolean printedLarger(String line, String after, int page) {
        if (after == null || PageFurniture.is(after) || !startsNewSentence(after) || !HEADING_WORDS.matcher(line).matches()
                || NAME_LINE.matcher(line).matches()) {
            return false;
        }
        Float size = printSizes.size(page, line);
        Float afterSize = printSizes.size(page, after);
        return size != null && afterSize != null && printSizes.headingOverBody(size, afterSize);
    }

    /** Words, and numbers standing alone ("Begroting 2026"), a word of three letters among them; no codes. */
    private static final Pattern HEADING_WORDS = Pattern.compile("(?=.*\\p{L}{3})(?:[\\p{L}'’&,.()–-]+|\\d+)(?:\\s+(?:[\\p{L}'’&,.()?–-]+|\\d+))*");
    /** Two or more capitalised words with only small words between them, or an addressee's "Aan …". */
    private static final Pattern NAME_LINE = Pattern.compile(
            "\\p{Lu}\\p{L}*(?:\\s+(?:(?:van|de|der|den|en|op|aan)\\s+)*\\p{Lu}[\\p{L}.-]*)+|(?i:aan)\\s.*");

    /**
     * The level when this line is a heading, else null. A numbered line ("5.1. Titel", "3.1 Titel",
     * "5. Sluiting") with a capitalised title and no final punctuation; a bookmark's text; a short title line
     * above text that starts a new sentence; a short line in capitals;
     * a line of its own printed larger than the text after it ({@code standsOut}).
     */
    private Integer headingLevel(String line, String next, String continuation, int index, int count, int maxLen, boolean standsOut) {
        if (line.length() > 120 || (continuation != null && !startsNewSentence(continuation))) {
            return null;
        }
        Integer bookmarked = outline.get(key(line));
        Matcher m = HeadingNumber.NUMBERED.matcher(line);
        if (m.matches()) {
            String number = m.group(1);
            String title = m.group(3);
            boolean sub = HeadingNumber.depth(number) > 1;   // "5.1" or "4a": never a plain list's number
            boolean labelled = m.start(1) > 0;                 // "Agendapunt 3 …": an item, whatever follows
            boolean dotted = sub || labelled || !m.group(2).isEmpty() || undottedChapter(number, title, continuation);
            boolean textFollows = next != null && !LIST_MARKER.matcher(next).matches();
            boolean listContext = bookmarked == null && !sub && !labelled && !textFollows && inList(number);
            if ((dotted || bookmarked != null) && !listContext && Character.isUpperCase(title.codePointAt(0))
                    && !endsClause(title) && words(title) <= 14
                    && (sub || labelled || !wrapped(line, next, maxLen))) {
                return HeadingNumber.depth(number);
            }
            return null;
        }
        if (bookmarked != null) {
            return bookmarked;
        }
        if (!Character.isUpperCase(line.codePointAt(0)) || endsClause(line) || line.contains(":")
                || LIST_MARKER.matcher(line).matches()) {
            return null;
        }
        boolean aboveList = next != null && LIST_MARKER.matcher(next).matches();
        boolean titleAboveText = index == 0 && count > 1 && line.length() <= 80 && words(line) <= 10
                && (line.length() < 0.6 * maxLen || aboveList);
        boolean capitals = count == 1 && words(line) <= 6 && line.codePoints().filter(Character::isLetter).count() >= 4
                && line.codePoints().noneMatch(Character::isLowerCase) && line.codePoints().noneMatch(Character::isDigit);
        boolean printedLarger = standsOut && words(line) <= 10 && line.length() <= 80;
        return titleAboveText || capitals || printedLarger ? numberedDepth + 1 : null;
    }

    /**
     * A chapter heading numbered without a dot, as reports print them ("1 Inleiding", "3 Aanbevelingen"): a report
     * section's name, or the chapter after the last one read this way ("4 Financiële gevolgen" after "3 …"), a short
     * line with a sentence starting under it (on the next line or, a heading printed as a paragraph of its own, in the next
     * paragraph).
     */
    private boolean undottedChapter(String number, String title, String next) {
        if (!number.matches("\\d{1,2}") || words(title) > 8 || next == null || !startsNewSentence(next)) {
            return false;
        }
        int n = Integer.parseInt(number);
        boolean chapter = SECTION_NAME.matcher(title).find() || lastChapter > 0 && n == lastChapter + 1;
        if (chapter) {
            lastChapter = n;
        }
        return chapter;
    }

    /**
     * True when a numbered line without text under it continues a list: "1." right after "… wordt
     * voorgesteld:", or the number following the previous numbered item ("2." after "1."). A "4." after "2." is
     * not the next item, so it may be a heading.
     */
    private boolean inList(String number) {
        String text;
        String marker;
        if (openLines != null) {
            text = last(openLines);
            marker = openMarker;
        } else {
            Block b = lastContentBlock();
            if (b == null || b.is(BlockType.HEADING) || b.is(BlockType.TABLE)) {
                return false;
            }
            text = b.text();
            marker = b.is(BlockType.LIST_ITEM) ? b.number() : null;
        }
        if (text.endsWith(":")) {
            return number.equals("1");
        }
        String previous = marker == null ? null : HeadingNumber.of(marker.replace(")", ".") + " x");
        return previous != null && HeadingNumber.depth(previous) == 1 && Integer.parseInt(previous) + 1 == Integer.parseInt(number);
    }

    private Block lastContentBlock() {
        for (int i = out.size() - 1; i >= 0; i--) {
            Block b = out.get(i);
            if (!(b.is(BlockType.PARAGRAPH) && PageFurniture.is(b.text()))) {
                return b;
            }
        }
        return null;
    }

    /** A long line followed by more text (not a new item) is probably wrapped running text. */
    private static boolean wrapped(String line, String next, int maxLen) {
        return next != null && line.length() >= 0.85 * maxLen && !LIST_MARKER.matcher(next).matches()
                && !HeadingNumber.NUMBERED.matcher(next).matches();
    }

    private void heading(String text, int page, int level, String number) {
        if (number != null) {
            numberedDepth = HeadingNumber.depth(number);
        }
        out.add(Block.heading(text, page, level, number));
        emitFurniture();
    }

    private void open(String line, int page, String marker) {
        openLines = new ArrayList<>(List.of(line));
        openPage = page;
        openMarker = marker;
        openLevel = marker == null ? 0 : listLevel(marker);
        openSoftEnded = false;
        if (marker != null) {
            lastMarker = marker;
        }
    }

    private int listLevel(String marker) {
        char c = marker.charAt(0);
        if (Character.isDigit(c) || "-–•*·".indexOf(c) >= 0) {
            return 1;
        }
        boolean roman = ROMAN.matcher(marker).matches()
                && !(marker.length() == 2 && lastMarker != null && lastMarker.length() == 2
                && lastMarker.charAt(0) == marker.charAt(0) - 1);
        return roman || "o▪◦".indexOf(c) >= 0 ? 3 : 2;
    }

    private void furniture(String line, int page) {
        Block b = Block.paragraph(line, page);
        if (openLines == null) {
            out.add(b);
        } else {
            pendingFurniture.add(b);
        }
    }

    private void flush() {
        if (openLines != null) {
            String text = Whitespace.joinLines(openLines);
            out.add(openMarker == null ? Block.paragraph(text, openPage)
                    : Block.listItem(text, openPage, openLevel, openMarker));
            openLines = null;
        }
        emitFurniture();
    }

    private void emitFurniture() {
        out.addAll(pendingFurniture);
        pendingFurniture.clear();
    }

    private static List<String> lines(String text) {
        return Arrays.stream(LineRepair.unglued(text).split("\\R")).map(Whitespace::normalize).map(LineRepair::unspaced)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String firstLine(String text) {
        List<String> lines = lines(text);
        return lines.isEmpty() ? null : lines.get(0);
    }

    private static String last(List<String> lines) {
        return lines.get(lines.size() - 1);
    }

    private static boolean endsSentence(String line) {
        char c = line.charAt(line.length() - 1);
        return ".!?:;".indexOf(c) >= 0;
    }

    private static boolean endsClause(String line) {
        char c = line.charAt(line.length() - 1);
        return ".,;:".indexOf(c) >= 0;
    }

    private static boolean startsNewSentence(String line) {
        int c = line.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || !Character.isLetter(c);
    }

    private static int words(String s) {
        return s.split("\\s+").length;
    }

    private static String key(String text) {
        return Whitespace.normalize(text).toLowerCase(Locale.ROOT);
    }
}
