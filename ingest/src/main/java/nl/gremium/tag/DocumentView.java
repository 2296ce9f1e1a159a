package nl.gremium.tag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.LogicalDocument;
import nl.gremium.nlp.DutchNlp;
import nl.gremium.text.DutchDates;
import nl.gremium.text.Whitespace;
import opennlp.tools.util.Span;

/**
 * What the taggers share about one document: its blocks with normalised text, the agenda item each
 * block belongs to, and each block's sentences (OpenNLP sentence detector), computed once.
 */
final class DocumentView {
    /**
     * A paragraph that reads as a heading the file did not mark as one: short, not ending as a sentence or lead-in
     * ("Nawoord Algemene Rekenkamer", "Aanbeveling 2").
     */
    static boolean isShortLabel(Block b, String t) {
        return b.is(BlockType.PARAGRAPH) && !t.isEmpty() && t.length() < 200 && t.split(" ").length <= 14
                && ".;:!?".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    /** One sentence of one block; {@code index} is its position within the block. */
    record Sentence(String text, int block, int index, int page) {}

    final LogicalDocument doc;
    final List<Block> blocks;
    private final AgendaItem[] itemOf;
    private final String[] texts;
    private final Map<Integer, List<Sentence>> sentences = new HashMap<>();

    DocumentView(LogicalDocument doc) {
        this.doc = doc;
        this.blocks = doc.blocks();
        this.itemOf = new AgendaItem[blocks.size()];
        this.texts = new String[blocks.size()];
        for (AgendaItem item : doc.agendaItems()) {
            for (int i = Math.max(0, item.blockStart()); i < Math.min(blocks.size(), item.blockEnd()); i++) {
                // nested items come after their parents, so the innermost item wins
                itemOf[i] = item;
            }
        }
    }

    static String normalise(String s) {
        return Whitespace.normalize(s);
    }

    String text(int block) {
        if (texts[block] == null) {
            texts[block] = normalise(blocks.get(block).text());
        }
        return texts[block];
    }

    /** Longer "sentences" are flattened tables or lists without stops: no decision or action reads like that. */
    static final int MAX_SENTENCE = 800;

    Block block(int i) {
        return blocks.get(i);
    }

    boolean is(int block, BlockType type) {
        return blocks.get(block).is(type);
    }

    /** Whether a block on {@code page} holds {@code text}: where a record an earlier stage found was read from. */
    boolean holds(int block, int page, String text) {
        return block(block).page() == page && text(block).contains(text);
    }

    AgendaItem item(int block) {
        return block >= 0 && block < itemOf.length ? itemOf[block] : null;
    }

    List<Sentence> sentences(int block) {
        return sentences.computeIfAbsent(block, b -> {
            Block bl = blocks.get(b);
            if (bl.is(BlockType.TABLE)) {
                return List.of();
            }
            String text = text(b);
            List<Sentence> out = new ArrayList<>();
            if (text.isEmpty()) {
                return out;
            }
            Span[] spans = DutchNlp.get().sentenceSpans(text);
            int start = -1;
            for (int i = 0; i < spans.length; i++) {
                start = start < 0 ? spans[i].getStart() : start;
                // "… ken ik € 24,5 mln. toe voor …", "ca. € 1 mln.": an abbreviation's dot before no capital ends no sentence
                if (i + 1 < spans.length && abbreviated(text, start, spans[i].getEnd())
                        && !Character.isUpperCase(text.codePointAt(spans[i + 1].getStart()))) {
                    continue;
                }
                // "Het AB besluit de heer R. Damen te benoemen": a person's initials end no sentence
                if (i + 1 < spans.length && initialled(text, start, spans[i].getEnd())) {
                    continue;
                }
                out.add(new Sentence(text.substring(start, spans[i].getEnd()).trim(), b, out.size(), bl.page()));
                start = -1;
            }
            return out;
        });
    }

    /** All sentences of all non-table blocks, in reading order. */
    List<Sentence> allSentences() {
        List<Sentence> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            out.addAll(sentences(i));
        }
        return out;
    }

    /** A sentence ending on an abbreviation's dot: "€ 24,5 mln.", "ca.", "nr.", "art.", "o.a.", "bijv.". */
    private static final Pattern ABBREVIATED = Pattern.compile("(?i)\\b(?:mln|mld|mrd|ca|nr|art|o\\.a|bijv|m\\.b\\.t|i\\.v\\.m|t\\.a\\.v)\\.$");
    /** The longest abbreviation {@link #ABBREVIATED} knows, with its dots. */
    private static final int ABBREVIATION = 6;

    /** Whether {@code text} from {@code start} to {@code end} ends on an abbreviation's dot (only its last letters are read). */
    private static boolean abbreviated(String text, int start, int end) {
        return end > start && text.charAt(end - 1) == '.'
                && ABBREVIATED.matcher(text).useTransparentBounds(true).region(Math.max(start, end - ABBREVIATION - 1), end).find();
    }
    /** Initials after a form of address or office ("de heer R.", "mevrouw K.", "wethouder J.W."). */
    private static final Pattern INITIALS = Pattern.compile(
            "\\b(?:heer|mevrouw|mevr\\.|mw\\.|dhr\\.|wethouder|burgemeester|gedeputeerde|voorzitter|secretaris)\\s+(?:\\p{Lu}\\.){1,4}$");
    /** The most characters {@link #INITIALS} reads back from a sentence's end. */
    private static final int INITIALS_SPAN = 24;

    private static boolean initialled(String text, int start, int end) {
        return end > start && text.charAt(end - 1) == '.'
                && INITIALS.matcher(text).useTransparentBounds(true).region(Math.max(start, end - INITIALS_SPAN), end).find();
    }

    /**
     * A year as a time ("in 2026", "vanaf 2027"), not as a name ("begroting 2026"), unless the name is a later year's paper of
     * the planning cycle the text puts something in ("bij de Kadernota 2028", "in de begroting 2027").
     */
    private static final Pattern YEAR = Pattern.compile(
            "\\b(?:in|vanaf|per|na|voor|uiterlijk|eind|begin|medio|van)\\s+(20\\d{2})(?![\\d.,]\\d)"
                    + "|(?i:\\b(?:bij|in|met)\\s+de\\s+(?:programma)?(?:begroting|kadernota|voorjaarsnota|najaarsnota|jaarrekening))\\s+(20\\d{2})\\b");

    /** Whether the text sets something "op" a day after {@code date} ("stelt de begroting op 9 juli vast"). */
    static boolean scheduledLater(String text, LocalDate date) {
        if (date == null) {
            return false;
        }
        return DutchDates.findAll(text, date.getYear()).stream()
                .anyMatch(d -> d.precision() == DutchDates.Precision.DAY && d.date().isAfter(date)
                        && text.substring(0, d.start()).matches("(?s).*\\bop\\s+$"));
    }

    /** Whether the text names a date, or a year as a time, after {@code date}. */
    static boolean mentionsLater(String text, LocalDate date) {
        if (date == null) {
            return false;
        }
        for (DutchDates.Found d : DutchDates.findAll(text, date.getYear())) {
            if (d.date().isAfter(date)) {
                return true;
            }
        }
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            if (Integer.parseInt(y.group(1) != null ? y.group(1) : y.group(2)) > date.getYear()) {
                return true;
            }
        }
        return false;
    }

    LocalDate date() {
        return doc.metadata() == null ? null : doc.metadata().date();
    }

    /** The nearest heading before {@code block}, or -1. */
    int headingBefore(int block) {
        for (int i = block - 1; i >= 0; i--) {
            if (blocks.get(i).is(BlockType.HEADING)) {
                return i;
            }
        }
        return -1;
    }

    /** A question, also one a speaker's quotation closes ("… worden vastgesteld?”"): it neither decides nor commits. */
    static boolean isQuestion(String s) {
        int i = s.length() - 1;
        while (i >= 0 && "\"”’')] ".indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && s.charAt(i) == '?';
    }
}
