package nl.gremium.analytics;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.gremium.export.ExportRow;
import nl.gremium.text.DutchDates;
import org.apache.spark.sql.Row;

/**
 * The date of a report that prints none: the date of the letter that covers it, else the date the list of incoming
 * papers gives it. A board's list of incoming papers has one row per paper (number, date received, kind, sender,
 * subject); the row whose sender is the report's issuer and whose subject words the report's own text holds names
 * the report. Without a printed
 * date, evidence cannot be shown to follow the report, and its age and the trend have no start.
 */
final class ReportDates {
    /** Share of a row's subject words the report's text must hold (at least two words). */
    static final double SUBJECT_SHARE = 0.75;
    /** A covering letter found by title words needs a title of at least this many (two would match too much). */
    static final int MIN_TITLE_WORDS = 3;

    private ReportDates() {}

    /**
     * One row of an incoming-papers list: its date, its text, and the word stems of each of its other cells (read
     * once: every undated report is held against every row).
     */
    record ListRow(LocalDate date, String text, List<String> cells, List<Set<String>> cellKeys,
                   List<Set<String>> cellNames, Set<String> textNames) {
        ListRow(LocalDate date, String text, List<String> cells) {
            this(date, text, cells, cells.stream().map(c -> {
                Set<String> keys = new HashSet<>(FollowUpMatcher.keys(c));
                keys.removeAll(GENERIC);
                return Set.copyOf(keys);
            }).toList(), cells.stream().map(FollowUpMatcher::nameWords).toList(), FollowUpMatcher.nameWords(text));
        }

        /** The subject: the cell with the most words that is not the sender (the number, kind and handling have few). */
        Set<String> subject(Set<String> issuer) {
            Set<String> best = Set.of();
            for (int i = 0; i < cells.size(); i++) {
                if (!FollowUpMatcher.issuedBy(cellNames.get(i), issuer) && cellKeys.get(i).size() > best.size()) {
                    best = cellKeys.get(i);
                }
            }
            return best;
        }
    }

    /** Words of a list's kind column ("Brief en rapport"), not of a subject. */
    private static final Set<String> GENERIC = Set.copyOf(FollowUpMatcher.keys("brief rapport bijlage notitie memo mail"));

    /** The recommendations with the date of their report filled in where the report prints none and a list dates it. */
    static List<ExportRow.Recommendation> fill(RecordsDataset data, List<ExportRow.Recommendation> recs) {
        Set<String> undated = new HashSet<>();
        recs.stream().filter(r -> r.date() == null).forEach(r -> undated.add(r.docId()));
        if (undated.isEmpty()) {
            return recs;
        }
        List<ListRow> rows = new ArrayList<>();
        List<Paper> letters = new ArrayList<>();
        Map<String, Paper> reports = new HashMap<>();
        for (Row d : data.documents().filter(col("kind").isin("document_list", "letter").or(col("docId").isin(undated.toArray())))
                .select("docId", "source", "title", "kind", "organisation", "date", "pageStart", "pageEnd", "text").collectAsList()) {
            Paper paper = new Paper(d.getAs("docId"), d.getAs("source"), d.getAs("title"), d.getAs("organisation"),
                    d.getAs("date"), d.getAs("pageStart"), d.getAs("pageEnd"), d.getAs("text"));
            if ("document_list".equals(d.getAs("kind"))) {
                rows.addAll(rows(paper.text(), paper.date()));
            }
            if ("letter".equals(d.getAs("kind")) && paper.date() != null) {
                letters.add(paper);
            }
            if (undated.contains(paper.docId())) {
                reports.put(paper.docId(), paper);
            }
        }
        Map<String, Set<String>> letterWords = new HashMap<>(); // each letter's words read once, not once per report
        Function<Paper, Set<String>> wordsOf = l -> letterWords.computeIfAbsent(l.docId(), id -> words(l));
        Map<String, List<Paper>> lettersByIssuer = new HashMap<>();
        Map<String, Optional<LocalDate>> dates = new HashMap<>();
        List<ExportRow.Recommendation> out = new ArrayList<>(recs.size());
        for (ExportRow.Recommendation r : recs) {
            if (r.date() != null || !reports.containsKey(r.docId())) {
                out.add(r);
                continue;
            }
            Paper report = reports.get(r.docId());
            Optional<LocalDate> d = dates.computeIfAbsent(r.docId(), id -> coveringLetterDate(report,
                            lettersByIssuer.computeIfAbsent(r.issuer(), i -> lettersOf(i, letters)), wordsOf)
                    .or(() -> dateOf(r.issuer(), report.text(), rows)));
            out.add(d.map(date -> withDate(r, date)).orElse(r));
        }
        return out;
    }

    /** What dating a report needs of a document: where it sits in its file, who issued it, its title and text. */
    record Paper(String docId, String source, String title, String organisation, LocalDate date, Integer pageStart,
                 Integer pageEnd, String text) {}

    /**
     * The date of the report's covering letter: a dated letter of the report's issuer that either comes right before
     * it in the same file (a bundle's "Hierbij bied ik u het rapport … aan" and the report behind it) or names most
     * of the report's title words. The earliest such letter is the one that sent it.
     */
    static Optional<LocalDate> coveringLetterDate(String issuer, Paper report, List<Paper> letters) {
        return coveringLetterDate(report, lettersOf(issuer, letters), ReportDates::words);
    }

    /** The letters {@code issuer} sent (none for no issuer); each organisation name is read once, as names repeat. */
    private static List<Paper> lettersOf(String issuer, List<Paper> letters) {
        Set<String> issuerWords = FollowUpMatcher.nameWords(issuer);
        Map<String, Boolean> sent = new HashMap<>();
        return letters.stream().filter(l -> l.organisation() != null && sent.computeIfAbsent(l.organisation(),
                o -> FollowUpMatcher.issuedBy(FollowUpMatcher.nameWords(o), issuerWords))).toList();
    }

    private static Set<String> words(Paper p) {
        return Set.copyOf(FollowUpMatcher.keys(p.text() == null ? "" : p.text()));
    }

    /** The covering letter among {@code letters}, all of the report's issuer. */
    private static Optional<LocalDate> coveringLetterDate(Paper report, List<Paper> letters,
                                                          Function<Paper, Set<String>> wordsOf) {
        Set<String> title = new HashSet<>(FollowUpMatcher.keys(report.title() == null ? "" : report.title()));
        title.removeAll(GENERIC);
        LocalDate best = null;
        for (Paper l : letters) {
            if (l.docId().equals(report.docId())) {
                continue;
            }
            boolean before = l.source() != null && l.source().equals(report.source()) && l.pageEnd() != null
                    && report.pageStart() != null && l.pageEnd() + 1 == report.pageStart();
            if (before) {
                return Optional.of(l.date());
            }
            Set<String> words = wordsOf.apply(l);
            long held = title.stream().filter(words::contains).count();
            boolean names = title.size() >= MIN_TITLE_WORDS && held >= SUBJECT_SHARE * title.size();
            if (names && (best == null || l.date().isBefore(best))) {
                best = l.date();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The received date of the list row naming the report: its issuer as sender, most of its subject words in the report. */
    static Optional<LocalDate> dateOf(String issuer, String reportText, List<ListRow> rows) {
        if (issuer == null || reportText == null) {
            return Optional.empty();
        }
        Set<String> report = new HashSet<>(FollowUpMatcher.keys(reportText));
        Set<String> issuerWords = FollowUpMatcher.nameWords(issuer);
        ListRow best = null;
        double bestShare = 0;
        for (ListRow row : rows) {
            Set<String> subject = row.subject(issuerWords);
            if (!FollowUpMatcher.issuedBy(row.textNames(), issuerWords) || subject.size() < 2) {
                continue;
            }
            long held = subject.stream().filter(report::contains).count();
            double share = held / (double) subject.size();
            if (share >= SUBJECT_SHARE && share > bestShare) {
                best = row;
                bestShare = share;
            }
        }
        return Optional.ofNullable(best).map(ListRow::date);
    }

    /**
     * The rows of a list's text: lines (table rows, cells tab-separated) holding a date no later than the list's
     * own, with their other cells.
     */
    static List<ListRow> rows(String text, LocalDate listDate) {
        List<ListRow> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            if (!line.contains("\t")) {
                continue;
            }
            Optional<LocalDate> date = DutchDates.first(line);
            if (date.isEmpty() || listDate != null && date.get().isAfter(listDate)) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String c : line.split("\t")) {
                if (DutchDates.first(c).isEmpty()) {
                    cells.add(c);
                }
            }
            out.add(new ListRow(date.get(), line, cells));
        }
        return out;
    }

    private static ExportRow.Recommendation withDate(ExportRow.Recommendation r, LocalDate date) {
        return new ExportRow.Recommendation(r.type(), r.id(), r.docId(), r.source(), r.title(), r.kind(), r.organisation(), r.body(),
                date, r.page(), r.text(), r.number(), r.issuer(), r.addressee(), r.reportTitle(), r.theme(), r.due(), r.dueText());
    }
}
