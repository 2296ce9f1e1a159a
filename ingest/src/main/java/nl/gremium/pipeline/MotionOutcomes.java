package nl.gremium.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.gremium.model.Decision;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Motion;
import nl.gremium.model.Tags;
import nl.gremium.store.DataStore;
import nl.gremium.text.Folding;
import nl.gremium.text.TokenBag;

/**
 * Gives a motion or amendment that carries no outcome of its own the outcome another document of the
 * same organisation records: a decision-list row or a minutes vote, found by the motion's number (the
 * item code, "M12", "K.2") together with some shared title words, or by its title alone, in a meeting
 * held on or after the motion's date and at most {@value #MAX_DAYS} days later. The motion keeps the
 * decision's id as {@code outcomeSource}, so every view can show where the outcome comes from. Runs over
 * the whole data folder after an ingest or re-tag; re-running gives the same links.
 */
public final class MotionOutcomes {
    static final int MAX_DAYS = 120;
    private static final double TITLE_ALONE = 0.6;
    private static final double TITLE_WITH_NUMBER = 0.25;

    private record Recorded(Decision decision, String organisation, LocalDate date) {}

    private MotionOutcomes() {}

    /**
     * What linking needs of every stored document: the recorded outcomes and which files hold motions. A caller that
     * has every document in hand (a retag) adds them as they pass, which saves reading the whole folder again.
     */
    public static final class Gathered {
        private final List<Recorded> recorded = new ArrayList<>();
        private final List<Path> withMotions = new ArrayList<>();

        /** Adds the stored document of {@code file}, in {@link DataStore#docFiles()} order. */
        public void add(Path file, LogicalDocument d) {
            if (d.kind() == DocKind.decision_list || d.kind() == DocKind.minutes) {
                for (Decision x : d.tags().decisions()) {
                    if (x.outcome() != null) {
                        recorded.add(new Recorded(x, organisation(d), date(d)));
                    }
                }
            }
            if (!d.tags().motions().isEmpty()) {
                withMotions.add(file);
            }
        }
    }

    /** Links what can be linked and rewrites the documents whose motions changed; returns the number linked. */
    public static int link(DataStore store) {
        Gathered all = new Gathered();
        for (Path f : store.docFiles()) {
            // damaged: reported by readIfIntact, repaired by the next ingest of its source
            store.readIfIntact(f).ifPresent(d -> all.add(f, d));
        }
        return link(store, all);
    }

    /** {@link #link(DataStore)} with every stored document already {@link Gathered}. */
    public static int link(DataStore store, Gathered gathered) {
        List<Recorded> recorded = gathered.recorded;
        List<Path> withMotions = gathered.withMotions;
        int linked = 0;
        for (Path f : withMotions) {
            LogicalDocument d = store.readJson(f, LogicalDocument.class);
            List<Motion> motions = new ArrayList<>();
            boolean changed = false;
            for (Motion m : d.tags().motions()) {
                Motion now = m;
                if (m.outcome() == null || m.outcomeSource() != null) {
                    Recorded r = best(m, organisation(d), date(d), recorded);
                    now = r == null ? unlinked(m) : new Motion(m.id(), m.kind(), m.number(), m.title(), m.submitters(),
                            m.parties(), r.decision().outcome(), r.decision().outcomeText(), m.page(), r.decision().id());
                }
                changed |= !now.equals(m);
                linked += now.outcomeSource() != null ? 1 : 0;
                motions.add(now);
            }
            if (changed) {
                Tags t = d.tags();
                store.write(d.withTags(new Tags(t.decisions(), t.recommendations(), t.actions(), t.amounts(), t.entities(),
                        t.funding(), motions)));
            }
        }
        return linked;
    }

    private static Motion unlinked(Motion m) {
        return m.outcomeSource() == null ? m : new Motion(m.id(), m.kind(), m.number(), m.title(), m.submitters(),
                m.parties(), null, null, m.page(), null);
    }

    private static Recorded best(Motion m, String organisation, LocalDate date, List<Recorded> recorded) {
        String number = code(m.number());
        String fullNumber = m.number() == null || m.number().strip().split("\\s+").length < 2 ? null
                : squeezed(m.number()).strip();
        Map<String, Integer> title = TokenBag.of(m.title());
        Recorded best = null;
        double bestScore = 0;
        for (Recorded r : recorded) {
            if (organisation != null && r.organisation() != null && !organisation.equals(r.organisation())
                    || date != null && r.date() != null && (r.date().isBefore(date) || r.date().isAfter(date.plusDays(MAX_DAYS)))) {
                continue;
            }
            double overlap = TokenBag.f1(title, TokenBag.of(r.decision().text()));
            boolean sameNumber = number != null && (number.equals(code(r.decision().agendaItem()))
                    || squeezed(r.decision().text()).contains(" " + number + " "));
            // the whole printed number with its party ("K.2 HvDH") names one motion of one meeting; a bare
            // code ("M3") repeats across meetings, so it needs some of the title too
            boolean wholeNumber = fullNumber != null && squeezed(r.decision().text()).contains(" " + fullNumber + " ");
            double score = wholeNumber ? 2 + overlap : sameNumber && overlap >= TITLE_WITH_NUMBER ? 1 + overlap
                    : overlap >= TITLE_ALONE ? overlap : 0;
            if (score > bestScore) {
                best = r;
                bestScore = score;
            }
        }
        return best;
    }

    /** The item code without punctuation or spaces, upper case ("K.2 VVD" → "K2"), or null. */
    static String code(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String first = number.strip().split("\\s+")[0].replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT);
        return first.isEmpty() ? null : first;
    }

    /** Upper case, item codes closed up ("K.2" → "K2"), other punctuation a space, padded with spaces. */
    private static String squeezed(String s) {
        String t = Folding.fold(s == null ? "" : s).toUpperCase(Locale.ROOT)
                .replaceAll("(?<=\\p{L})[.\\s]+(?=\\d)", "").replaceAll("[^\\p{L}\\p{N}]+", " ");
        return " " + t.strip() + " ";
    }

    private static String organisation(LogicalDocument d) {
        return d.metadata() == null ? null : d.metadata().organisation();
    }

    private static LocalDate date(LogicalDocument d) {
        return d.metadata() == null ? null : d.metadata().date();
    }
}
