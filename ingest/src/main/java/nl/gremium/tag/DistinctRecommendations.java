package nl.gremium.tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.gremium.model.BlockType;
import nl.gremium.model.Recommendation;
import nl.gremium.text.CaseFold;
import nl.gremium.text.Folding;

/**
 * Reports repeat their recommendations (summary, chapter, table of the reaction): a recommendation whose
 * words are nearly all in an earlier one (or the reverse) is the same recommendation. It is kept once, with
 * the fuller text and that text's page, and with an addressee and number where either copy has one. A
 * summary, and a table of the recommendations with the reactions to them, say them again in fewer words ("Breid
 * de vroegsignalering uit" for the chapter's full request, or one sentence for three): there half the words in
 * common, or most words spread over several of the text's recommendations, make the summary's or the table's a copy.
 */
final class DistinctRecommendations implements Tagger {
    /** Share of the shorter text's words found in the longer one that makes two recommendations the same. */
    private static final double SAME = 0.8;
    private static final int STEM = 5;
    /** Share of a summary's recommendation's words in one recommendation of the chapters that makes it a copy. */
    private static final double REWORDED = 0.5;
    /** A summary's heading: what it says the chapters say in full. */
    private static final Pattern SUMMARY = CaseFold.compile("^(?:\\d+(?:\\.\\d+)*\\.?\\s*)?(?:(?:management|bestuurlijke"
            + "|publieks)\\s*)?samenvatting$|^(?:in\\s+het\\s+kort|op\\s+hoofdlijnen|de\\s+kern)$", Pattern.CASE_INSENSITIVE);

    @Override
    public void tag(DocumentView view, TagDraft draft) {
        dropSummaryCopies(view, draft.recommendations);
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
            // the page goes with the text: where the recommendation is printed in full
            kept.set(same, new Recommendation(k.id(), fuller ? r.text() : k.text(), k.number() != null ? k.number() : r.number(),
                    k.issuer(), k.addressee() != null ? k.addressee() : r.addressee(), k.reportTitle(), k.date(),
                    k.theme() != null ? k.theme() : r.theme(), fuller ? r.page() : k.page()));
            if (fuller) {
                words.set(same, w);
            }
        }
        kept.sort(Comparator.comparingInt(Recommendation::page)); // in the order of the pages that print them in full
        draft.recommendations.clear();
        IdSequence ids = draft.ids('r');
        for (Recommendation k : kept) {
            draft.recommendations.add(k.withId(ids.next()));
        }
    }

    /**
     * Removes recommendations printed under a summary heading or in a table that restate one (or several) printed in
     * the text; a summary's or table's own recommendation, and every one of a report that has no others, stays.
     */
    private static void dropSummaryCopies(DocumentView view, List<Recommendation> recommendations) {
        boolean[] inSummary = summaryBlocks(view);
        List<Recommendation> summary = new ArrayList<>();
        List<Set<String>> chapters = new ArrayList<>();
        for (Recommendation r : recommendations) {
            int b = origin(view, r);
            if (b >= 0 && (inSummary[b] || view.is(b, BlockType.TABLE))) {
                summary.add(r);
            } else {
                chapters.add(words(r.text()));
            }
        }
        if (summary.isEmpty() || chapters.isEmpty()) {
            return;
        }
        for (Recommendation r : summary) {
            Set<String> w = words(r.text());
            Set<String> covered = new HashSet<>();
            int sharing = 0;
            double best = 0;
            for (Set<String> c : chapters) {
                best = Math.max(best, overlap(w, c));
                long common = w.stream().filter(c::contains).count();
                if (common >= 2) {
                    sharing++;
                    w.stream().filter(c::contains).forEach(covered::add);
                }
            }
            // a near-verbatim copy is merged below like any repeat (keeping the first printed addressee and number)
            if (best < SAME && (best >= REWORDED || sharing >= 2 && w.size() >= 3 && covered.size() >= REWORDED * w.size())) {
                recommendations.remove(r);
            }
        }
    }

    /** Per block: whether it lies under a summary heading (until the next heading of that heading's level or above). */
    private static boolean[] summaryBlocks(DocumentView view) {
        boolean[] in = new boolean[view.blocks.size()];
        Integer level = null; // the open summary heading's level; null outside a summary
        for (int b = 0; b < in.length; b++) {
            if (view.is(b, BlockType.HEADING)) {
                Integer l = view.block(b).level();
                if (SUMMARY.matcher(view.text(b)).find()) {
                    level = l == null ? 0 : l;
                    continue;
                }
                if (level != null && (l == null || level == 0 || l <= level)) {
                    level = null;
                }
            }
            in[b] = level != null;
        }
        return in;
    }

    /** The block a recommendation's text starts in, or -1 (its text was joined from several, or reworded). */
    private static int origin(DocumentView view, Recommendation r) {
        String text = DocumentView.normalise(r.text());
        String start = text.substring(0, Math.min(40, text.length()));
        for (int b = 0; b < view.blocks.size(); b++) {
            if (view.holds(b, r.page(), start)) {
                return b;
            }
        }
        return -1;
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
