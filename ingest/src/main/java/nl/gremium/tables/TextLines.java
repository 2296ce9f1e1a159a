package nl.gremium.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Turns glyphs into text: lines by baseline, words by horizontal gaps, and lines of one cell joined
 * into one string the way a reader would read the wrapped cell.
 */
final class TextLines {
    /** A gap wider than this fraction of the font size separates words when the PDF has no space glyph. */
    private static final float WORD_GAP = 0.18f;
    /** The share of a line's glyphs in bold that makes it a bold line. */
    private static final double BOLD_SHARE = 0.8;

    private TextLines() {}

    /** One printed line: its glyphs left to right. */
    record Line(List<Glyph> glyphs, float top, float baseline) {
        float x() {
            return glyphs.get(0).x();
        }

        float right() {
            return glyphs.get(glyphs.size() - 1).right();
        }

        String text() {
            return TextLines.text(glyphs);
        }

        /** Set in bold: most of its glyphs are. */
        boolean bold() {
            long text = glyphs.stream().filter(g -> !g.isSpace()).count();
            return text > 0 && glyphs.stream().filter(g -> !g.isSpace() && g.bold()).count() >= BOLD_SHARE * text;
        }
    }

    /** Groups glyphs into lines (same baseline within half a glyph height), top to bottom. */
    static List<Line> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<List<Glyph>> groups = new ArrayList<>();
        float lastBase = Float.NEGATIVE_INFINITY;
        for (Glyph g : sorted) {
            float tol = Math.max(1.5f, (g.baseline() - g.top()) * 0.5f);
            if (groups.isEmpty() || g.baseline() - lastBase > tol) {
                groups.add(new ArrayList<>());
                lastBase = g.baseline();
            }
            groups.get(groups.size() - 1).add(g);
        }
        mergeRaisedGlyphs(groups);
        List<Line> lines = new ArrayList<>();
        for (List<Glyph> group : groups) {
            group.sort(Comparator.comparingDouble(Glyph::x));
            float top = (float) group.stream().mapToDouble(Glyph::top).min().orElse(0);
            float base = (float) group.stream().mapToDouble(Glyph::baseline).max().orElse(0);
            if (group.stream().anyMatch(g -> !g.isSpace())) {
                lines.add(new Line(stripSpaces(group), top, base));
            }
        }
        return lines;
    }

    /**
     * Folds a group of small glyphs (a superscript footnote marker, "¹⁵") into the line it stands on:
     * smaller than that line's text and vertically within its extent.
     */
    private static void mergeRaisedGlyphs(List<List<Glyph>> groups) {
        for (int i = groups.size() - 1; i >= 0; i--) {
            List<Glyph> g = groups.get(i);
            float size = maxSize(g);
            for (int j : new int[] {i + 1, i - 1}) {
                if (j < 0 || j >= groups.size()) {
                    continue;
                }
                List<Glyph> host = groups.get(j);
                float hostTop = (float) host.stream().mapToDouble(Glyph::top).min().orElse(0);
                float hostBase = (float) host.stream().mapToDouble(Glyph::baseline).max().orElse(0);
                boolean within = g.stream().allMatch(x -> x.centerY() >= hostTop - 1 && x.centerY() <= hostBase + 1);
                if (size < 0.85f * maxSize(host) && within) {
                    host.addAll(g);
                    groups.remove(i);
                    break;
                }
            }
        }
    }

    private static float maxSize(List<Glyph> g) {
        return (float) g.stream().filter(x -> !x.isSpace()).mapToDouble(Glyph::size).max().orElse(0);
    }

    private static List<Glyph> stripSpaces(List<Glyph> g) {
        int a = 0;
        int b = g.size();
        while (a < b && g.get(a).isSpace()) {
            a++;
        }
        while (b > a && g.get(b - 1).isSpace()) {
            b--;
        }
        return List.copyOf(g.subList(a, b));
    }

    /** Glyphs of one line (sorted by x) as text, with a space wherever the PDF leaves a word gap. */
    static String text(List<Glyph> glyphs) {
        StringBuilder sb = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : glyphs) {
            if (g.isSpace()) {
                appendSpace(sb);
            } else {
                if (prev != null && !prev.isSpace() && g.x() - prev.right() > WORD_GAP * Math.min(g.size(), prev.size())) {
                    appendSpace(sb);
                }
                sb.append(g.text());
            }
            prev = g;
        }
        return sb.toString().strip();
    }

    private static void appendSpace(StringBuilder sb) {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
            sb.append(' ');
        }
    }

    /** Lines of one cell as one string (see {@link #join(String, String)}). */
    /**
     * A cell's text. A bold headline over text that is not ("Subsidie Erfgoedlijn 2025" over a summary of the subsidy, as
     * lists print a subject) keeps a line break after it, so that a reader can tell the subject from its explanation.
     */
    static String cellText(List<Line> lines) {
        int bold = 0;
        while (bold < lines.size() && lines.get(bold).bold()) {
            bold++;
        }
        return bold == 0 || bold == lines.size() ? joinLines(lines)
                : joinLines(lines.subList(0, bold)) + "\n" + joinLines(lines.subList(bold, lines.size()));
    }

    static String joinLines(List<Line> lines) {
        String out = "";
        for (Line l : lines) {
            out = join(out, l.text());
        }
        return out;
    }

    /**
     * Joins a wrapped line to the text before it. A line ending in a hyphen is a word cut in two when the
     * continuation starts lower-case and the part before the hyphen is a plain word
     * ("crisis-" + "beheersing" → "crisisbeheersing"); otherwise the hyphen belongs to a compound and
     * stays, without a space ("BDuR-" + "gelden", "Noord-" + "Holland"); before a conjunction it marks an
     * elided compound part ("loon-" + "en prijs…" → "loon- en prijs…"). Other lines join with a space.
     */
    static String join(String before, String next) {
        if (before.isEmpty()) {
            return next;
        }
        if (next.isEmpty()) {
            return before;
        }
        int n = before.length();
        if (n > 1 && before.charAt(n - 1) == '-' && Character.isLetterOrDigit(before.charAt(n - 2))) {
            String firstWord = next.split("[\\s,.;:]", 2)[0];
            if (CONJUNCTIONS.contains(firstWord)) {
                return before + " " + next;
            }
            String lastWord = before.substring(before.lastIndexOf(' ') + 1, n - 1);
            boolean plainWord = lastWord.length() > 1 && lastWord.substring(1).chars().allMatch(Character::isLowerCase);
            if (Character.isLowerCase(next.codePointAt(0)) && plainWord && !HYPHENATED_PREFIXES.contains(lastWord)) {
                return before.substring(0, n - 1) + next;
            }
            return before + next;
        }
        return before + " " + next;
    }

    private static final Set<String> CONJUNCTIONS = Set.of("en", "of", "tot", "en/of", "noch");
    /** Dutch prefixes spelled with a hyphen ("niet-zelfredzaam", "oud-burgemeester"): never a word cut. */
    private static final Set<String> HYPHENATED_PREFIXES =
            Set.of("niet", "oud", "ex", "anti", "non", "pro", "co", "vice", "semi", "pre", "post", "zelf");
}
