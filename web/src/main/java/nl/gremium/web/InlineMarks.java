package nl.gremium.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Highlights tagged records in place: finds each record's text inside a block's text (whitespace
 * differences ignored) and renders the block escaped, with {@code <mark>} around the found spans.
 * Spans nest when one lies inside another (an amount inside a decision); a span that would cross
 * another's edge is dropped rather than produce broken markup.
 */
final class InlineMarks {
    /** A record to mark: its text (or the part of it to look for), css type and anchor id. */
    record Mark(String find, String type, String id, String label) {}

    private record Span(int start, int end, Mark mark) {}

    private final String text;
    private final String norm;      // text with whitespace runs collapsed to one space, lower case
    private final int[] origin;     // norm index → text index
    private final List<Span> spans = new ArrayList<>();

    InlineMarks(String text) {
        this.text = text == null ? "" : text;
        StringBuilder n = new StringBuilder(this.text.length());
        int[] map = new int[this.text.length() + 1];
        boolean space = false;
        for (int i = 0; i < this.text.length(); i++) {
            char c = this.text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (!space && n.length() > 0) {
                    map[n.length()] = i;
                    n.append(' ');
                }
                space = true;
            } else {
                map[n.length()] = i;
                n.append(Character.toLowerCase(c));
                space = false;
            }
        }
        map[n.length()] = this.text.length();
        this.norm = n.toString();
        this.origin = map;
    }

    /**
     * Marks the record's text if the block holds it whole; failing that, if the block holds its
     * first words (a record that runs on into the next block), from there to the block's end.
     * Returns whether anything was marked.
     */
    boolean add(Mark m) {
        int[] span = locate(m.find());
        if (span != null) {
            spans.add(new Span(span[0], span[1], m));
        }
        return span != null;
    }

    /** Where {@link #add} would mark this text: {start, end} in the original text, or null. */
    int[] locate(String find) {
        String needle = normalise(find);
        if (needle.length() < 2) {
            return null;
        }
        int at = norm.indexOf(needle);
        if (at >= 0) {
            return new int[] {origin[at], endOf(at + needle.length())};
        }
        if (needle.length() > 40) {
            at = norm.indexOf(needle.substring(0, 40));
            if (at >= 0) {
                return new int[] {origin[at], text.length()};
            }
        }
        return null;
    }

    /** Whether the text holds this phrase, ignoring case and whitespace differences. */
    boolean holds(String phrase) {
        return norm.contains(normalise(phrase));
    }

    private int endOf(int normEnd) {
        // origin[] holds starts; the end of the last matched char is one past it in the original
        return origin[normEnd - 1] + 1;
    }

    String html() {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        StringBuilder out = new StringBuilder(text.length() + 64 * sorted.size());
        Deque<Span> open = new ArrayDeque<>();
        int pos = 0;
        for (Span s : sorted) {
            while (!open.isEmpty() && open.peek().end() <= s.start()) {
                Span closing = open.pop();
                out.append(Html.esc(text.substring(pos, closing.end()))).append("</mark>");
                pos = closing.end();
            }
            if (s.start() < pos || (!open.isEmpty() && s.end() > open.peek().end())) {
                continue; // overlaps an edge: skip
            }
            out.append(Html.esc(text.substring(pos, s.start())));
            Mark m = s.mark();
            out.append("<mark class=\"rec ").append(Html.esc(m.type())).append("\" id=\"rec-").append(Html.esc(Html.anchor(m.id())))
                    .append("\" title=\"").append(Html.esc(m.label())).append("\">");
            open.push(s);
            pos = s.start();
        }
        while (!open.isEmpty()) {
            Span closing = open.pop();
            out.append(Html.esc(text.substring(pos, closing.end()))).append("</mark>");
            pos = closing.end();
        }
        return out.append(Html.esc(text.substring(pos))).toString();
    }

    private static String normalise(String s) {
        return s == null ? "" : s.strip().replaceAll("[\\s\\u00a0]+", " ").toLowerCase(Locale.ROOT);
    }
}
