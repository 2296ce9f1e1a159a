package nl.gremium.samples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Fluent builder for a document's element list, so the document texts read top to bottom. */
final class Content {
    private final List<Element> elements = new ArrayList<>();

    Content title(String text) {
        elements.add(new Element.Title(text));
        return this;
    }

    Content h1(String text) {
        elements.add(new Element.Heading(1, text));
        return this;
    }

    Content h2(String text) {
        elements.add(new Element.Heading(2, text));
        return this;
    }

    Content p(String... sentences) {
        elements.add(new Element.Para(String.join(" ", sentences)));
        return this;
    }

    Content item(String label, String text) {
        elements.add(new Element.Item(label, text, 0));
        return this;
    }

    Content subitem(String label, String text) {
        elements.add(new Element.Item(label, text, 1));
        return this;
    }

    /** Label/value pairs: field("Datum", "2 april 2025", "Onderwerp", "…"). */
    Content fields(String... labelValue) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i + 1 < labelValue.length; i += 2) {
            rows.add(List.of(labelValue[i], labelValue[i + 1]));
        }
        elements.add(new Element.Fields(rows));
        return this;
    }

    Content table(List<List<String>> rows, double... widths) {
        elements.add(new Element.Grid(List.copyOf(rows), 1, widths.length == 0 ? null : widths));
        return this;
    }

    Content pageBreak() {
        elements.add(new Element.PageBreak());
        return this;
    }

    static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    /**
     * The words of a text for line wrapping; "€" stays with the amount after it, so that a wrapped line
     * never ends in a bare euro sign.
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        String pending = null;
        for (String w : text.split(" ")) {
            if (pending != null) {
                words.add(pending + " " + w);
                pending = null;
            } else if (w.equals("€")) {
                pending = w;
            } else {
                words.add(w);
            }
        }
        if (pending != null) {
            words.add(pending);
        }
        return words;
    }

    List<Element> build() {
        return List.copyOf(elements);
    }
}
