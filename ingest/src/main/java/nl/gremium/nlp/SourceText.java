package nl.gremium.nlp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.Cell;
import nl.gremium.parse.ParseFailure;
import nl.gremium.parse.TikaDocumentParser;
import nl.gremium.text.Whitespace;
import opennlp.tools.util.Span;

/**
 * The text that training labels point into, so labels can be stored as offsets instead of text. Page text is
 * the texts of the blocks on that page (a block belongs to the page it starts on), each whitespace-normalised,
 * joined with "\n"; a table contributes one line per row, its cells normalised and joined with " | ". Units
 * are what the role model judges: the sentences of each non-table line (the project's sentence detector) and
 * the table rows. Changing this definition moves every stored offset, which the sha1 column then reports.
 */
public final class SourceText {
    public static final String CELL_SEPARATOR = " | ";

    /** One labellable span of a page's text: {@code [start, end)} into {@link #page(int)}. */
    public record Unit(int page, int start, int end, String text, Kind kind) {
        public String sha1() {
            return SourceText.sha1(text);
        }
    }

    /** A sentence of running text or a row of a table. */
    public enum Kind { sentence, row }

    private final Map<Integer, String> pages;
    private final List<Unit> units;

    private SourceText(Map<Integer, String> pages, List<Unit> units) {
        this.pages = pages;
        this.units = List.copyOf(units);
    }

    /** Parses {@code file} in-process with the project's parser. */
    public static SourceText parse(Path file) throws ParseFailure {
        return of(new TikaDocumentParser().parse(file).blocks());
    }

    public static SourceText of(List<Block> blocks) {
        Map<Integer, List<Line>> byPage = new TreeMap<>();
        for (Block b : blocks) {
            List<Line> lines = byPage.computeIfAbsent(b.page(), p -> new ArrayList<>());
            if (b.is(BlockType.TABLE) && b.table() != null) {
                for (List<Cell> row : b.table().rows()) {
                    String text = row.stream().map(c -> Whitespace.normalize(c.text()))
                            .collect(Collectors.joining(CELL_SEPARATOR));
                    if (!text.replace("|", "").isBlank()) {
                        lines.add(new Line(text, Kind.row));
                    }
                }
            } else {
                String text = Whitespace.normalize(b.text());
                if (!text.isEmpty()) {
                    lines.add(new Line(text, Kind.sentence));
                }
            }
        }
        Map<Integer, String> pages = new TreeMap<>();
        List<Unit> units = new ArrayList<>();
        for (Map.Entry<Integer, List<Line>> e : byPage.entrySet()) {
            StringBuilder page = new StringBuilder();
            for (Line line : e.getValue()) {
                if (page.length() > 0) {
                    page.append('\n');
                }
                int offset = page.length();
                page.append(line.text());
                if (line.kind() == Kind.row) {
                    units.add(new Unit(e.getKey(), offset, offset + line.text().length(), line.text(), Kind.row));
                    continue;
                }
                for (Span s : DutchNlp.get().sentenceSpans(line.text())) {
                    String sentence = s.getCoveredText(line.text()).toString();
                    String trimmed = sentence.strip();
                    if (trimmed.isEmpty()) {
                        continue;
                    }
                    int start = offset + s.getStart() + sentence.indexOf(trimmed);
                    units.add(new Unit(e.getKey(), start, start + trimmed.length(), trimmed, Kind.sentence));
                }
            }
            pages.put(e.getKey(), page.toString());
        }
        return new SourceText(pages, units);
    }

    private record Line(String text, Kind kind) {}

    /** The page's text, or "" for a page without blocks. */
    public String page(int page) {
        return pages.getOrDefault(page, "");
    }

    /** The span {@code [start, end)} of a page, or null when it lies outside the page (the file changed). */
    public String span(int page, int start, int end) {
        String text = page(page);
        return start >= 0 && start <= end && end <= text.length() ? text.substring(start, end) : null;
    }

    /** Sentences and rows in reading order. */
    public List<Unit> units() {
        return units;
    }

    /** First 10 hex digits of the SHA-1 of {@code text} (UTF-8): enough to notice that a pointer drifted. */
    public static String sha1(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 missing from the JDK", e);
        }
    }
}
