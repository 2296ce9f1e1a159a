package nl.gremium.analytics.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import nl.gremium.analytics.FollowUpMatcher;
import nl.gremium.model.Action;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Block;
import nl.gremium.model.Decision;
import nl.gremium.model.FundingFact;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Metadata;
import nl.gremium.model.Motion;
import nl.gremium.model.Recommendation;
import nl.gremium.model.SourceFile;
import nl.gremium.model.Tags;
import nl.gremium.store.DataStore;

/**
 * Synthetic scale-up for benchmarks: every document of a data folder copied {@code factor} times
 * into another, copy k with its ids suffixed "~k", its dates {@code k} weeks later and its funding
 * values {@code k}‰ higher, so copies form a longer history (more months, more letters revising
 * each other) rather than exact duplicates. Each copy also follows up reports of its own: the words of the
 * reports' subjects (their titles, themes and file names) get the copy's tag wherever they occur, so
 * "stroomuitval" becomes "qbstroomuitval" in copy 1. An archive 100 times as large holds 100 times as many
 * different reports, not one report 100 times whose follow-up would refer to every copy and grow with the
 * square of the factor. Words the follow-up matcher passes over ("voorstel", "inzake") stay as they are, or a
 * copy's tagged "qbvoorstel" would become a rare term that matches what the original's does not. All other words,
 * names, organisations and amounts stay as they are.
 */
public final class ScaleUp {
    private ScaleUp() {}

    public static long run(DataStore from, DataStore to, int factor, Consumer<String> progress) {
        if (factor < 1) {
            throw new IllegalArgumentException("factor must be at least 1, was " + factor);
        }
        if (from.root().equals(to.root())) {
            throw new IllegalArgumentException("scale-up needs a different target folder than " + from.root());
        }
        List<LogicalDocument> docs = from.documents();
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("no documents in " + from.root() + " (run ingest first)");
        }
        Set<String> subjects = subjectWords(docs);
        long n = 0;
        for (int k = 0; k < factor; k++) {
            for (LogicalDocument d : docs) {
                to.write(copy(d, k, subjects));
                n++;
            }
            if ((k + 1) % 10 == 0 || k + 1 == factor) {
                progress.accept("scale-up: " + (k + 1) + "/" + factor + " copies (" + n + " documents)");
            }
        }
        return n;
    }

    static LogicalDocument copy(LogicalDocument d, int k, Set<String> subjects) {
        String s = "~" + k;
        UnaryOperator<LocalDate> shift = x -> x == null ? null : x.plusWeeks(k);
        BigDecimal f = BigDecimal.ONE.add(BigDecimal.valueOf(k, 3));
        UnaryOperator<String> v = text -> vary(text, k, subjects);
        Metadata m = d.metadata();
        Metadata m2 = m == null ? null : new Metadata(v.apply(m.title()), m.organisation(), m.body(), shift.apply(m.meetingDate()),
                shift.apply(m.documentDate()), m.language(), m.confidential());
        Tags t = d.tags();
        Tags t2 = new Tags(
                t.decisions().stream().map(x -> new Decision(x.id() + s, v.apply(x.text()), x.agendaItem(),
                        v.apply(x.agendaTitle()), x.body(), shift.apply(x.date()), x.proposal(), x.outcome(), x.page(),
                        x.outcomeText())).toList(),
                t.recommendations().stream().map(x -> new Recommendation(x.id() + s, v.apply(x.text()), x.number(), x.issuer(),
                        x.addressee(), v.apply(x.reportTitle()), shift.apply(x.date()), v.apply(x.theme()), x.page(),
                        shift.apply(x.due()), x.dueText())).toList(),
                t.actions().stream().map(x -> new Action(x.id() + s, v.apply(x.text()), x.actor(), shift.apply(x.due()),
                        x.dueText(), x.agendaItem(), x.page())).toList(),
                t.amounts(), t.entities(),
                t.funding().stream().map(x -> new FundingFact(x.id() + s, x.organisation(), x.year(), x.stream(),
                        x.value() == null ? null : x.value().multiply(f), x.kind(), x.docId() + s, x.title(),
                        shift.apply(x.docDate()), x.tableId(), x.page(), x.component())).toList(),
                t.motions().stream().map(x -> new Motion(x.id() + s, x.kind(), x.number(), v.apply(x.title()),
                        x.submitters(), x.parties(), x.outcome(), x.outcomeText(), x.page(),
                        x.outcomeSource() == null ? null : x.outcomeSource() + s)).toList());
        // a table's words too (its cells, and so the funding tables, keep their figures)
        List<Block> blocks = d.blocks().stream().map(b -> new Block(b.type(), v.apply(b.text()), b.page(), b.level(),
                b.number(), b.table(), b.ocrConfidence(), b.redactions())).toList();
        List<AgendaItem> items = d.agendaItems() == null ? null : d.agendaItems().stream()
                .map(a -> new AgendaItem(a.number(), v.apply(a.title()), v.apply(a.text()), a.pageStart(), a.pageEnd(),
                        a.blockStart(), a.blockEnd(), a.id())).toList();
        SourceFile file = d.source();
        // the file name too: follow-up matching reads a report's subject from it
        SourceFile source = file == null ? null : new SourceFile(file.path(), v.apply(file.fileName()), file.sha256(),
                file.size(), file.mediaType(), file.pageCount());
        return new LogicalDocument(d.id() + s, source, d.part(), d.pageStart(), d.pageEnd(), d.kind(), m2,
                blocks, items, t2);
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}{5,}");

    /** The words (five letters or more, lower case) that name what the reports are about. */
    static Set<String> subjectWords(List<LogicalDocument> docs) {
        Set<String> out = new HashSet<>();
        for (LogicalDocument d : docs) {
            if (d.tags() == null || d.tags().recommendations().isEmpty()) {
                continue;
            }
            List<String> texts = new ArrayList<>();
            texts.add(d.title());
            texts.add(d.source() == null ? null : d.source().fileName());
            d.tags().recommendations().forEach(r -> {
                texts.add(r.reportTitle());
                texts.add(r.theme());
            });
            for (String t : texts) {
                if (t != null) {
                    WORD.matcher(t).results().map(m -> m.group().toLowerCase(Locale.ROOT))
                            .filter(w -> !FollowUpMatcher.ignores(w)).forEach(out::add);
                }
            }
        }
        return out;
    }

    /** Copy k's version of a text: its subject words prefixed with the copy's tag (copy 0 unchanged). */
    static String vary(String text, int k, Set<String> subjects) {
        if (text == null || k == 0) {
            return text;
        }
        StringBuilder tag = new StringBuilder("q");
        for (int n = k; n > 0; n /= 26) {
            tag.append((char) ('a' + n % 26));
        }
        return WORD.matcher(text).replaceAll(m -> subjects.contains(m.group().toLowerCase(Locale.ROOT))
                ? tag + m.group() : m.group());
    }
}
