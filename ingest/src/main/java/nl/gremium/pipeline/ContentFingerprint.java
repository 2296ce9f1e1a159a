package nl.gremium.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.Block;
import nl.gremium.text.Folding;

/**
 * What a document says, independent of the file it came in: a MinHash over runs of five folded words of its
 * blocks. The same text as a DOCX, as a PDF or as pages of a bundle gives nearly the same signature, while
 * layout, page numbers and format do not count. {@link #similarity} estimates the Jaccard overlap of the runs;
 * the estimate only finds candidates, {@link #overlap} measures it exactly on the two texts before anything is merged
 * (64 hash functions put two different motions with the same preamble, Jaccard 0.71, above 0.85 now and then).
 *
 * @param words how many words the text has (texts of very different length are never the same document)
 * @param mins  per hash function the smallest hash of any run
 */
public record ContentFingerprint(int words, long[] mins) {
    private static final int FUNCTIONS = 64;
    private static final int RUN = 5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** The signature of the blocks' text, or null when there is too little text to tell documents apart. */
    public static ContentFingerprint of(List<Block> blocks) {
        List<String> words = words(blocks);
        if (words.size() < RUN * 2) {
            return null;
        }
        long[] mins = new long[FUNCTIONS];
        Arrays.fill(mins, Long.MAX_VALUE);
        for (long h : runs(words)) {
            for (int f = 0; f < FUNCTIONS; f++) {
                long v = mix(h ^ (0x9E3779B97F4A7C15L * (f + 1)));
                if (v < mins[f]) {
                    mins[f] = v;
                }
            }
        }
        return new ContentFingerprint(words.size(), mins);
    }

    /** Estimated share of word runs the two texts have in common (0 … 1); 0 when their lengths differ a lot. */
    public double similarity(ContentFingerprint other) {
        if (other == null || mins.length != other.mins.length
                || Math.min(words, other.words) < 0.8 * Math.max(words, other.words)) {
            return 0;
        }
        int same = 0;
        for (int f = 0; f < mins.length; f++) {
            if (mins[f] == other.mins[f]) {
                same++;
            }
        }
        return (double) same / mins.length;
    }

    /**
     * The exact share of the shorter text's word runs that the other text holds too (0 … 1): containment rather than
     * Jaccard, because a republished motion adds a stamp and co-signers, which on a 100-word text moves Jaccard
     * below 0.85 while two different motions with the same preamble hold only about 0.8 of each other's runs.
     */
    public static double overlap(List<Block> a, List<Block> b) {
        Set<Long> runsA = new HashSet<>(runs(words(a)));
        Set<Long> runsB = new HashSet<>(runs(words(b)));
        if (runsA.isEmpty() || runsB.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (Long h : runsA) {
            if (runsB.contains(h)) {
                common++;
            }
        }
        return (double) common / Math.min(runsA.size(), runsB.size());
    }

    private static List<String> words(List<Block> blocks) {
        List<String> words = new ArrayList<>();
        for (Block b : blocks) {
            Matcher m = WORD.matcher(Folding.fold(b.text()));
            while (m.find()) {
                words.add(m.group());
            }
        }
        return words;
    }

    private static List<Long> runs(List<String> words) {
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.add(hash(String.join(" ", words.subList(i, i + RUN))));
        }
        return runs;
    }

    private static long hash(String s) {
        long h = 0xcbf29ce484222325L; // FNV-1a, stable across runs and JVMs (String.hashCode is too narrow)
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long z) { // SplitMix64 finaliser: one independent-looking hash per seed
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContentFingerprint f && f.words == words && Arrays.equals(f.mins, mins);
    }

    @Override
    public int hashCode() {
        return 31 * words + Arrays.hashCode(mins);
    }

    @Override
    public String toString() {
        return "ContentFingerprint[words=" + words + "]";
    }
}
