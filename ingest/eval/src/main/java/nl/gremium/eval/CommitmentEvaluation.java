package nl.gremium.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.gremium.model.Commitment;
import nl.gremium.model.LogicalDocument;
import nl.gremium.tag.Commitments;
import nl.gremium.text.Folding;

/**
 * Commitment (toezegging) extraction against gold pointers. The gold is a TSV of pointers, never the text:
 * {@code file<TAB>page<TAB>anchor}, where a page judged to hold no commitment has anchor "-" and a commitment's
 * anchor is a few words of its sentence. Only judged pages count: a found commitment on a judged page that
 * matches no anchor is a false positive, an anchor that no found commitment contains a false negative.
 */
public final class CommitmentEvaluation {
    /** One pointer: a source file name, a page, words of the sentence (null for a page without commitments). */
    record Pointer(String file, int page, String anchor) {}

    /** The counts, and the lines that explain them. */
    public record Result(int truePositives, int falsePositives, int falseNegatives, List<String> notes) {
        public double precision() {
            return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
        }

        public void print(PrintStream out) {
            out.printf(Locale.ROOT, "commitments: precision %.2f, recall %.2f (tp %d, fp %d, fn %d)%n", precision(), recall(),
                    truePositives, falsePositives, falseNegatives);
            notes.forEach(n -> out.println("  " + n));
        }
    }

    private CommitmentEvaluation() {}

    public static Result measure(List<LogicalDocument> docs, Path gold) {
        List<Pointer> pointers = read(gold);
        Set<String> judged = new HashSet<>();
        pointers.forEach(p -> judged.add(p.file() + "#" + p.page()));
        Set<Pointer> matched = new HashSet<>();
        int tp = 0, fp = 0;
        List<String> notes = new ArrayList<>();
        for (LogicalDocument d : docs) {
            String file = d.source().fileName();
            for (Commitment c : Commitments.in(d)) {
                if (!judged.contains(file + "#" + c.page())) {
                    continue;
                }
                Pointer hit = pointers.stream().filter(p -> p.anchor() != null && p.file().equals(file) && p.page() == c.page()
                        && fold(c.text()).contains(fold(p.anchor()))).findFirst().orElse(null);
                if (hit == null) {
                    fp++;
                    notes.add("fp " + file + " p" + c.page() + " (cue '" + c.cue() + "')");
                } else if (matched.add(hit)) {
                    tp++;
                }
            }
        }
        int fn = 0;
        for (Pointer p : pointers) {
            if (p.anchor() != null && !matched.contains(p)) {
                fn++;
                notes.add("fn " + p.file() + " p" + p.page());
            }
        }
        return new Result(tp, fp, fn, notes);
    }

    /** Every commitment found, as pointer lines to label from (file, page, cue, who, to whom, deadline). */
    public static void list(List<LogicalDocument> docs, PrintStream out) {
        for (LogicalDocument d : docs) {
            for (Commitment c : Commitments.in(d)) {
                out.println(String.join("\t", d.source().fileName(), String.valueOf(c.page()), c.cue(),
                        String.valueOf(c.who()), String.valueOf(c.toWhom()), String.valueOf(c.dueText()), c.text()));
            }
        }
    }

    private static List<Pointer> read(Path gold) {
        List<Pointer> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 3) {
                    throw new IllegalArgumentException(gold + ": line '" + line + "' needs file, page and anchor");
                }
                out.add(new Pointer(f[0], Integer.parseInt(f[1].strip()), f[2].strip().equals("-") ? null : f[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold " + gold + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static String fold(String s) {
        return Folding.fold(s).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
