package nl.gremium.tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.gremium.model.Recommendation;
import nl.gremium.text.Folding;

/**
 * Reports repeat their recommendations (summary, chapter, table of the reaction): a recommendation whose
 * words are nearly all in an earlier one (or the reverse) is the same recommendation. It is kept once, at
 * the first place, with the fuller text, and with an addressee and number where either copy has one.
 */
final class DistinctRecommendations implements Tagger {
    /** Share of the shorter text's words found in the longer one that makes two recommendations the same. */
    private static final double SAME = 0.8;
    private static final int STEM = 5;

    @Override
    public void tag(DocumentView view, TagDraft draft) {
        List<Recommendation> kept = new ArrayList<>();
        List<Set<String>> words = new ArrayList<>();
        // reading order (the taggers each add their own kind), so the first copy is the first printed
        List<Recommendation> all = new ArrayList<>(draft.recommendations);
        all.sort(Comparator.comparingInt(Recommendation::page));
        for (Recommendation r : all) {
            Set<String> w = words(r.text());
            int same = -1;
            for (int i = 0; i < kept.size() && same < 0; i++) {
                if (overlap(w, words.get(i)) >= SAME) {
                    same = i;
                }
            }
            if (same < 0) {
                kept.add(r);
                words.add(w);
                continue;
            }
            Recommendation k = kept.get(same);
            boolean fuller = r.text().length() > k.text().length();
            kept.set(same, new Recommendation(k.id(), fuller ? r.text() : k.text(), k.number() != null ? k.number() : r.number(),
                    k.issuer(), k.addressee() != null ? k.addressee() : r.addressee(), k.reportTitle(), k.date(),
                    k.theme() != null ? k.theme() : r.theme(), k.page()));
            if (fuller) {
                words.set(same, w);
            }
        }
        draft.recommendations.clear();
        IdSequence ids = draft.ids('r');
        for (Recommendation k : kept) {
            draft.recommendations.add(k.withId(ids.next()));
        }
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : Folding.fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2) {
                // a crude stem: "informeer" and "informeren", "start" and "starten" are the same word here
                out.add(w.length() > STEM ? w.substring(0, STEM) : w);
            }
        }
        return out;
    }

    /** Share of the smaller set's words that are in the other. */
    private static double overlap(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        if (small.size() < 3) {
            return 0;
        }
        long in = small.stream().filter(large::contains).count();
        return (double) in / small.size();
    }
}
