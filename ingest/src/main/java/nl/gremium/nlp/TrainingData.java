package nl.gremium.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our own training text (resources {@code nl/gremium/nlp/train/}): labelled sentences in paragraphs and
 * the Dutch abbreviation list. Also the rule tokenisation that annotates the tokenizer's training text.
 */
public final class TrainingData {
    static final String DIR = "/nl/gremium/nlp/train/";

    /** One labelled sentence; {@code paragraph} counts blank-line separated groups. */
    public record Labelled(SentenceRole role, String text, int paragraph) {}

    private static final Pattern TOKEN = Pattern.compile(
            "\\d{1,3}(?:\\.\\d{3})+,-|\\d+,-|[\\p{L}\\p{N}]+(?:[.,'’/\\-][\\p{L}\\p{N}]+)*|\\S");

    private TrainingData() {}

    public static List<Labelled> roles() {
        List<Labelled> out = new ArrayList<>();
        int paragraph = 0;
        for (String line : lines("roles.txt")) {
            if (line.isBlank()) {
                paragraph++;
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException("roles.txt: no tab in line: " + line);
            }
            out.add(new Labelled(SentenceRole.valueOf(line.substring(0, tab).trim()), line.substring(tab + 1).trim(),
                    paragraph));
        }
        return out;
    }

    public static Set<String> abbreviations() {
        Set<String> out = new LinkedHashSet<>();
        for (String line : lines("abbreviations.txt")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line.trim());
            }
        }
        return out;
    }

    /** Token boundaries by rule: words, numbers (with Dutch separators), abbreviations, single punctuation marks. */
    public static List<int[]> ruleTokens(String text, Set<String> abbreviations) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int pos = 0;
        while (pos < text.length() && m.find(pos)) {
            int start = m.start();
            int end = m.end();
            // an abbreviation keeps its final dot ("bijv.", "d.d.")
            if (end < text.length() && text.charAt(end) == '.'
                    && abbreviations.contains(text.substring(start, end + 1).toLowerCase(Locale.ROOT))) {
                end++;
            }
            spans.add(new int[] {start, end});
            pos = end;
        }
        return spans;
    }

    private static List<String> lines(String name) {
        InputStream in = TrainingData.class.getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IllegalStateException("training resource missing: " + DIR + name);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIR + name, e);
        }
    }
}
