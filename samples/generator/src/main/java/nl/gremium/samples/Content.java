package nl.gremium.samples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.DocKind;

/**
 * Fluent builder for a document's element list, so the document texts read top to bottom. Texts may
 * carry gold markup, which is removed from the rendered text and recorded as {@link Gold} labels:
 * <ul>
 *   <li>{@code {D:…}} a decision, {@code {R:…}} a recommendation (addressee: the current heading),
 *       {@code {A:actor|…}} an action ({@code {A:|…}} without actor);</li>
 *   <li>{@code [[raw=value]]} an amount in euros: {@code circa [[450.000 euro=450000]]}.</li>
 * </ul>
 * The agenda item of a decision is the number of the current heading ("5.1").
 */
final class Content {
    private static final Pattern SENTENCE = Pattern.compile("\\{([DAR]):([^{}]*)\\}");
    private static final Pattern AMOUNT = Pattern.compile("\\[\\[([^\\]=]+)=(-?[0-9.]+)\\]\\]");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?\\s+(.*)$");

    private final List<Element> elements = new ArrayList<>();
    private final Gold gold = Gold.empty();
    private String agendaItem;
    private String subject;
    private String heading;
    private int tables;
    private int forms;
    private boolean subjects;

    Content title(String text) {
        elements.add(new Element.Title(text));
        heading = text; // caption of a table before any heading
        return this;
    }

    Content h1(String text) {
        return heading(1, text);
    }

    Content h2(String text) {
        return heading(2, text);
    }

    private Content heading(int level, String text) {
        elements.add(new Element.Heading(level, text));
        heading = text;
        Matcher m = NUMBERED.matcher(text);
        agendaItem = m.matches() ? m.group(1) : null;
        subject = m.matches() ? m.group(2) : text;
        return this;
    }

    Content p(String... sentences) {
        elements.add(new Element.Para(mark(String.join(" ", sentences))));
        return this;
    }

    Content item(String label, String text) {
        elements.add(new Element.Item(label, mark(text), 0));
        return this;
    }

    /**
     * A decision that is a list: the lead sentence and its items are one decision (markers included),
     * and each item is also an action without a named actor (the corpus convention for action points).
     */
    Content decisionList(String lead, String... labelAndText) {
        StringBuilder decision = new StringBuilder(clean(lead));
        elements.add(new Element.Para(amounts(lead)));
        for (int i = 0; i + 1 < labelAndText.length; i += 2) {
            String text = labelAndText[i + 1];
            decision.append(' ').append(labelAndText[i]).append(' ').append(clean(text));
            gold.actions().add(new Gold.Action(null, clean(text)));
            elements.add(new Element.Item(labelAndText[i], amounts(text), 0));
        }
        gold.decisions().add(new Gold.Decision(agendaItem, decision.toString(), null));
        return this;
    }

    /** Label/value pairs: fields("Datum", "2 april 2025", "Onderwerp", "…"). */
    Content fields(String... labelValue) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i + 1 < labelValue.length; i += 2) {
            rows.add(List.of(labelValue[i], mark(labelValue[i + 1])));
        }
        elements.add(new Element.Fields(rows));
        forms++;
        gold.tables().add(new Gold.Table("form-" + forms, "Kopgegevens", false, rows.size(), 2, 0, List.of(),
                List.of(rows.get(0), rows.get(rows.size() - 1)), true, null));
        return this;
    }

    /** A table captioned by the heading just before it; no euro columns. */
    Content table(List<List<String>> rows, double... widths) {
        return table(null, Set.of(), rows, widths);
    }

    /**
     * A table with a descriptive caption (null: the current heading is its caption) whose
     * {@code euroColumns} hold amounts (recorded as gold amounts, row by row).
     */
    Content table(String caption, Set<Integer> euroColumns, List<List<String>> rows, double... widths) {
        elements.add(new Element.Grid(List.copyOf(rows), 1, widths.length == 0 ? null : widths));
        tables++;
        String id = "table-" + tables;
        for (List<String> row : rows.subList(1, rows.size())) {
            for (int c = 0; c < row.size(); c++) {
                if (euroColumns.contains(c)) {
                    String cell = row.get(c);
                    BigDecimal value = Element.number(cell);
                    if (value != null) {
                        gold.amounts().add(new Gold.Amount(value, cell, id));
                    }
                }
            }
        }
        gold.tables().add(new Gold.Table(id, caption == null ? heading : caption, caption == null, rows.size(),
                rows.get(0).size(), 1, List.of(rows.get(0)), List.of(rows.get(1), rows.get(rows.size() - 1)), false, null));
        return this;
    }

    /** Marks the last table's amounts as no organisation's funding (the funding evaluation skips them). */
    Content notFunding() {
        Gold.Table t = gold.tables().remove(gold.tables().size() - 1);
        gold.tables().add(new Gold.Table(t.id(), t.caption(), t.captionInDocument(), t.nRows(), t.nCols(), t.headerRows(),
                t.header(), t.cellsSample(), t.form(), false));
        return this;
    }

    Content pageBreak() {
        elements.add(new Element.PageBreak());
        return this;
    }

    static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    /** Gold amount markup for an amount in euros printed as "€ 7.412.386". */
    static String eur(long euros) {
        return "[[€ " + Vechtland.euros(euros) + "=" + euros + "]]";
    }

    /** Records the sentence labels and amounts of a marked-up text; returns the text as printed. */
    private String mark(String text) {
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            String body = m.group(2);
            switch (m.group(1)) {
                case "D" -> gold.decisions().add(new Gold.Decision(agendaItem, clean(body), subjects ? subject : null));
                case "R" -> gold.recommendations().add(new Gold.Recommendation(subject, clean(body)));
                default -> {
                    int bar = body.indexOf('|');
                    String actor = body.substring(0, bar);
                    gold.actions().add(new Gold.Action(actor.isEmpty() ? null : actor, clean(body.substring(bar + 1))));
                }
            }
        }
        return amounts(SENTENCE.matcher(text).replaceAll(r -> Matcher.quoteReplacement(
                r.group(1).equals("A") ? r.group(2).substring(r.group(2).indexOf('|') + 1) : r.group(2))));
    }

    /** Records the amounts of a text (sentence markup already removed); returns the printed text. */
    private String amounts(String text) {
        Matcher m = AMOUNT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            gold.amounts().add(new Gold.Amount(new BigDecimal(m.group(2)), m.group(1), null));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1)));
        }
        return m.appendTail(out).toString();
    }

    /** The printed text of a marked-up fragment, without recording anything. */
    private static String clean(String text) {
        return AMOUNT.matcher(text).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
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

    /** Records the heading text (without number) as the subject of decisions, as decision lists print them. */
    Content subjects() {
        subjects = true;
        return this;
    }

    SampleDoc doc(String file, DocKind kind, String organisation, String body,
                  LocalDate date, String title) {
        return new SampleDoc(file, kind, organisation, body, date, title, build(), gold);
    }
}
