package nl.gremium.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import nl.gremium.text.Whitespace;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted snippets of the text field: HTML-escaped text, matches wrapped in {@code <mark>}, with
 * the character offset of the best passage so the caller can name its page. Uses the offsets stored
 * in the postings, so no text is analysed again.
 */
final class Snippets {
    static final int PASSAGES = 2;
    /**
     * Characters of a field looked at per hit. Without a bound one 5,000-page document made every search
     * returning it take seconds (its millions of characters broken into sentences per hit); a match past
     * this point still finds the document, whose snippet then shows its opening.
     */
    static final int MAX_ANALYZED = 100_000;

    /** A formatted snippet and where its first matching passage starts in the field. */
    record Snippet(String html, int offset) {}

    private Snippets() {}

    /**
     * Per field, one snippet per doc id (empty when the field is absent). Documents are highlighted one at a time
     * and {@code stop} is asked before each: when the asker has gone, the rest is not worth the CPU.
     *
     * @throws SearchService.Cancelled when {@code stop} says so
     */
    static Map<String, Snippet[]> highlight(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds,
                                           BooleanSupplier stop, String... fields) throws IOException {
        Highlighter h = new Highlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new Formatter())
                .withMaxLength(MAX_ANALYZED)
                .withMaxNoHighlightPassages(1)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(new Locale("nl")), 180, 0.4f)));
        int[] max = new int[fields.length];
        Arrays.fill(max, PASSAGES);
        Map<String, Snippet[]> result = new HashMap<>();
        for (String field : fields) {
            result.put(field, new Snippet[docIds.length]);
        }
        for (int i = 0; i < docIds.length; i++) {
            if (stop.getAsBoolean()) {
                throw new SearchService.Cancelled();
            }
            Map<String, Object[]> one = h.highlightObjects(fields, query, new int[] {docIds[i]}, max);
            for (String field : fields) {
                Object[] out = one.get(field);
                result.get(field)[i] = out == null || out[0] == null ? new Snippet("", 0) : (Snippet) out[0];
            }
        }
        return result;
    }

    /** Exposes the object form of highlighting, which carries our {@link Snippet}s. */
    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(Builder b) {
            super(b);
        }

        Map<String, Object[]> highlightObjects(String[] fields, Query q, int[] docIds, int[] maxPassages) throws IOException {
            return highlightFieldsAsObjects(fields, q, docIds, maxPassages);
        }
    }

    private static final class Formatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder sb = new StringBuilder();
            int offset = -1;
            int prevEnd = -1;
            for (Passage p : passages) {
                if (offset < 0 && p.getNumMatches() > 0) {
                    offset = p.getStartOffset();
                }
                if (prevEnd >= 0) {
                    sb.append(p.getStartOffset() == prevEnd ? " " : " … ");
                } else if (p.getStartOffset() > 0) {
                    sb.append("… ");
                }
                int pos = p.getStartOffset();
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int start = Math.max(p.getMatchStarts()[i], pos);
                    int end = p.getMatchEnds()[i];
                    if (end <= start) {
                        continue; // overlapping match (a compound part inside an already marked word)
                    }
                    escape(sb, content, pos, start);
                    sb.append("<mark>");
                    escape(sb, content, start, end);
                    sb.append("</mark>");
                    pos = end;
                }
                escape(sb, content, pos, p.getEndOffset());
                prevEnd = p.getEndOffset();
            }
            if (prevEnd >= 0 && prevEnd < content.length()) {
                sb.append(" …");
            }
            return new Snippet(Whitespace.normalize(sb.toString()),
                    offset >= 0 ? offset : passages.length > 0 ? passages[0].getStartOffset() : 0);
        }

        private static void escape(StringBuilder sb, String s, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '<' -> sb.append("&lt;");
                    case '>' -> sb.append("&gt;");
                    case '&' -> sb.append("&amp;");
                    case '"' -> sb.append("&quot;");
                    case '\'' -> sb.append("&#39;");
                    default -> sb.append(c);
                }
            }
        }
    }
}
