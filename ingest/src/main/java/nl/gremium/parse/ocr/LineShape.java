package nl.gremium.parse.ocr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The print size and baseline of one line read by OCR, and where a paragraph as Tesseract groups it holds more than
 * one. Tesseract keeps lines together that the page sets apart: "Onderwerp: …" and the salutation under it, a title
 * and the text below, "Besluit GS:" and the numbered decision under it. A line starts a paragraph of its own when the
 * space above it is clearly wider than the page's usual line spacing, or when it is printed in another size.
 * <p>
 * Sizes are in ems, estimated per word from its box height and which of its letters rise (capitals, digits, "b d f h i
 * k l t") or descend ("g j p q y"): a word of x-height letters only ("een") is half an em high, one that rises and
 * descends ("jeugdhulp") nearly a whole em. The median over a line's words is steady to a few percent (body text of
 * the probe scans: 44–49 px at 300 dpi, headings 71–74, a title 97).
 */
record LineShape(double em, double baseline, double left, double right) {
    /** Another size: one line's letters this much larger than the other's (12 pt against 10 pt is 1.2). */
    static final double SIZE_CHANGE = 1.25;
    /** Baseline to baseline in ems, at least, before a gap counts as space between paragraphs. */
    static final double MIN_GAP = 1.6;
    /** ... and this much more than the page's usual line spacing (a double-spaced page spaces every line widely). */
    static final double OVER_USUAL = 1.3;

    private static final Pattern TRAILING_MARKS = Pattern.compile("[.,:;!?]+$");
    /** Letters that rise above the x-height, the dots of "i" and "j" too ("vrouwengevangenissen" is no x-height word). */
    private static final String RISING = "bdfhiklt0123456789";
    private static final String DESCENDING = "gjpqyQ";
    private static final String BELOW_BASELINE = DESCENDING + "(),;[]{}|/";

    /** Space between two words of a line, in their heights, beyond which the line may cross into another column. */
    static final double COLUMN_GAP = 3;
    /** A wrapped line ends this close to the right edge of the page's text, in ems (the next word did not fit). */
    static final double WRAP_MARGIN = 4;

    static final LineShape UNKNOWN = new LineShape(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    static LineShape of(List<OcrWord> words) {
        List<Double> ems = new ArrayList<>();
        for (OcrWord w : words) {
            double f = heightInEm(w.text());
            if (f > 0) {
                ems.add(w.height() / f);
            }
        }
        if (ems.isEmpty()) {
            return UNKNOWN;
        }
        double em = median(ems);
        List<Double> onBaseline = new ArrayList<>();
        List<Double> bottoms = new ArrayList<>();
        for (OcrWord w : words) {
            bottoms.add((double) w.bottom());
            if (w.text().chars().noneMatch(c -> BELOW_BASELINE.indexOf(c) >= 0)) {
                onBaseline.add((double) w.bottom());
            }
        }
        // a line of descending words only: its baseline lies a descender's depth above their bottoms
        double baseline = onBaseline.isEmpty() ? median(bottoms) - 0.21 * em : median(onBaseline);
        return new LineShape(em, baseline, words.stream().mapToInt(OcrWord::left).min().orElseThrow(),
                words.stream().mapToInt(OcrWord::right).max().orElseThrow());
    }

    /** A word's height in ems from its letters, or 0 when the word tells too little (short, or not letters and digits). */
    static double heightInEm(String word) {
        String core = TRAILING_MARKS.matcher(word).replaceAll("");
        if (core.length() < 3 || !core.codePoints().allMatch(Character::isLetterOrDigit)) {
            return 0;
        }
        boolean rises = core.codePoints().anyMatch(c -> Character.isUpperCase(c) || RISING.indexOf(c) >= 0
                || "àáâäèéêëìíîïòóôöùúûü".indexOf(c) >= 0);
        boolean descends = core.codePoints().anyMatch(c -> DESCENDING.indexOf(c) >= 0);
        return (rises ? 0.72 : 0.5) + (descends ? 0.21 : 0);
    }

    /** A size was read (words of a few letters; never a height of nothing). */
    boolean known() {
        return em > 0;
    }

    /**
     * The usual baseline-to-baseline distance in ems between the lines of a paragraph on a page, or NaN when too few
     * lines tell. The lower quartile of the spacings inside Tesseract's paragraphs, not their median: on a page of
     * short fields and items most of those spacings are the gaps between paragraphs that Tesseract ran together.
     */
    static double usualSpacing(Collection<List<LineShape>> paragraphs) {
        List<Double> pitches = new ArrayList<>();
        for (List<LineShape> par : paragraphs) {
            for (int i = 1; i < par.size(); i++) {
                LineShape a = par.get(i - 1);
                LineShape b = par.get(i);
                if (a.known() && b.known() && Math.max(a.em, b.em) < 1.1 * Math.min(a.em, b.em)) {
                    double p = (b.baseline - a.baseline) / a.em;
                    if (p > 0.8 && p < 4) {
                        pitches.add(p);
                    }
                }
            }
        }
        return pitches.size() < 3 ? Double.NaN : pitches.stream().sorted().toList().get((pitches.size() - 1) / 4);
    }

    /**
     * The right edge of a page's running text, from its long lines: where most of them end (a line Tesseract read
     * across into a side column ends beyond it); with none, no edge a line could reach.
     */
    static double textRight(List<LineShape> longLines) {
        List<Double> rights = longLines.stream().map(LineShape::right).filter(r -> !r.isNaN()).sorted().toList();
        return rights.isEmpty() ? Double.MAX_VALUE : rights.get(rights.size() / 2);
    }

    /** Whether {@code below}, the next line of the same Tesseract paragraph, starts a paragraph of its own. */
    boolean apartFrom(LineShape below, double usualSpacing) {
        if (!known() || !below.known()) {
            return false;
        }
        if (otherSize(below)) {
            return true;
        }
        double pitch = (below.baseline - baseline) / Math.min(em, below.em);
        double wide = Double.isNaN(usualSpacing) ? MIN_GAP : Math.max(MIN_GAP, OVER_USUAL * usualSpacing);
        return pitch > wide;
    }

    /** Printed in another size than {@code other}: 12 pt against 9.5, a side column's 7 pt against the text's 10. */
    boolean otherSize(LineShape other) {
        return known() && other.known() && Math.max(em, other.em) >= SIZE_CHANGE * Math.min(em, other.em);
    }

    /** Whether {@code other} starts well to the side of this line: another column, not the same text's next line. */
    boolean otherColumn(LineShape other) {
        return known() && other.known() && Math.abs(other.left - left) > 4 * Math.min(em, other.em);
    }

    /**
     * Whether {@code below}, the first line of the next Tesseract paragraph, goes on with this line's sentence: Tesseract
     * also starts a paragraph inside one ("… omdat wij de ramingen al intern laten toetsen. Wij zullen" / "Provinciale
     * Staten vanaf 2027 …"). Only where this line was wrapped (it reaches the text's right edge, {@code textRight}, and
     * ends on no sentence mark: {@code text}), the next starts under it in the same print, and no wider space lies
     * between; a short heading line ("Besluit") is never joined to the text under it.
     */
    boolean runsOnInto(LineShape below, String text, double textRight, double usualSpacing) {
        if (!known() || !below.known() || apartFrom(below, usualSpacing) || text.strip().matches(".*[.!?:;]$")) {
            return false;
        }
        double em = Math.min(this.em, below.em);
        return right >= textRight - WRAP_MARGIN * em && Math.abs(below.left - left) <= em
                && below.baseline - baseline > 0.5 * em;
    }

    private static double median(List<Double> values) {
        List<Double> s = values.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
