package nl.gremium.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.gremium.model.Decision;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.store.DataStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Relevance spot checks on a whole real council archive, ingested beforehand (too large for the suite, and
 * not in the repository). Runs only when asked, on a data folder the archive was ingested and indexed into:
 * <pre>
 * ./gremium ingest --data /tmp/archive-data /path/to/denhaag-2025
 * mvn -B -o -q test -pl index -am -Dtest=ArchiveRelevanceTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dgremium.archive.data=/tmp/archive-data
 * </pre>
 * The queries are what a user types: a motion's title words, a decision-list row's subject (its agenda item's
 * title). Shares rather than every case, because a real archive repeats titles (a motion and the letter
 * settling it, a subject on several meetings' lists).
 */
@EnabledIfSystemProperty(named = "gremium.archive.data", matches = ".+")
class ArchiveRelevanceTest {
    static DataStore store;
    static SearchService search;
    static List<LogicalDocument> docs;

    @BeforeAll
    static void open() {
        store = new DataStore(Path.of(System.getProperty("gremium.archive.data")));
        assertTrue(Files.isDirectory(store.indexDir()), "no index in " + store.root() + ": ingest the archive first");
        search = SearchService.open(store);
        docs = store.documents();
    }

    @AfterAll
    static void close() {
        search.close();
    }

    /** The words of a title, without the characters the query syntax reads as operators. */
    private static String words(String title) {
        return title.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    @Test
    void aMotionSearchedByItsTitleWordsIsTheFirstHit() {
        int asked = 0;
        List<String> missed = new ArrayList<>();
        for (LogicalDocument d : docs) {
            String title = d.metadata() == null ? null : d.metadata().title();
            if (d.kind() != DocKind.motion || title == null || words(title).split(" ").length < 3) {
                continue;
            }
            asked++;
            List<SearchResult.Hit> hits = search.search(SearchQuery.of(words(title)).withPage(1, 10), true).hits();
            if (hits.isEmpty() || !hits.get(0).docId().equals(d.id())) {
                missed.add(title + " -> " + (hits.isEmpty() ? "nothing" : hits.get(0).title()));
            }
        }
        report("motions first hit", asked, missed);
        assertTrue(asked >= 50, "the archive holds motions: " + asked);
        assertTrue(missed.size() <= asked / 10, "at least 90% first: " + missed.size() + " missed of " + asked);
    }

    @Test
    void aDecisionListRowIsFoundBySubject() {
        int asked = 0;
        List<String> missed = new ArrayList<>();
        for (LogicalDocument d : docs) {
            if (d.kind() != DocKind.decision_list) {
                continue;
            }
            for (Decision dec : d.tags().decisions()) {
                String subject = dec.agendaTitle();
                if (subject == null || words(subject).split(" ").length < 3) {
                    continue;
                }
                asked++;
                List<SearchResult.Hit> hits = search.search(SearchQuery.of(words(subject)).withPage(1, 10), true).hits();
                if (hits.stream().noneMatch(h -> h.docId().equals(d.id()))) {
                    missed.add(subject + " -> " + (hits.isEmpty() ? "nothing" : hits.get(0).title()));
                }
            }
        }
        report("decision-list rows on page 1", asked, missed);
        assertTrue(asked >= 20, "the archive holds decision lists with subjects: " + asked);
        assertTrue(missed.size() <= asked / 10, "at least 90% on page 1: " + missed.size() + " missed of " + asked);
    }

    private static void report(String what, int asked, List<String> missed) {
        System.out.printf(Locale.ROOT, "%s: %d of %d (%.1f%%)%n", what, asked - missed.size(), asked,
                asked == 0 ? 0 : 100.0 * (asked - missed.size()) / asked);
        missed.stream().limit(15).forEach(m -> System.out.println("  missed: " + m));
    }
}
