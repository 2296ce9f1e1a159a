package nl.gremium.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import nl.gremium.store.DataStore;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Searches the index of a data folder. Thread-safe; open one per data folder and share it.
 * Each search first picks up the latest commit (another process may be ingesting), so results
 * always reflect one complete ingest run. Before the first index exists, searches return nothing.
 */
public final class SearchService implements AutoCloseable {
    private static final Map<String, Float> WEIGHTS = Map.of(
            Fields.TITLE, 3.0f, Fields.HEADING, 2.0f, Fields.TEXT, 1.0f, Fields.LABEL, 1.0f, Fields.CONTEXT, 0.4f);
    private static final int FACET_VALUES = 50;
    /**
     * By default, up to this many matches the facet values are counted exactly; above it on a random sample of this many
     * matches, scaled up (a value's count is then within about 1.5% of the matches of the true one, two standard
     * errors). Counting reads every counted unit's doc values: at a million units, with 20,000 sampled, it was still
     * 85% of a broad query's time (JFR, 4 December 2026).
     */
    static final int FACET_SAMPLE = 5_000;
    /** Fixed, so that the same query on the same commit shows the same counts on every page. */
    private static final long SAMPLE_SEED = 20_251L;
    /** Fewer results than this and the query gets a spelling suggestion when one of its words is unknown. */
    private static final int FEW = 3;
    /** Per word held, in the any-word fallback: more than any relevance score, so more words rank first. */
    private static final float COORD = 1000f;
    private static final Set<String> HIT_FIELDS = Set.of(Fields.UID, Fields.TYPE, Fields.DOC_ID,
            Fields.DISPLAY_TITLE, Fields.PAGE, Fields.PAGE_MAP, Fields.AGENDA_ITEM, Fields.DATE, Fields.KIND,
            Fields.BODY, Fields.ORGANISATION, Fields.STATUS);

    private final DataStore store;
    private final Directory directory;
    private final Analyzer analyzer = DutchAnalysis.forQuery();
    private final int facetSample;
    /**
     * Searches a large index's segments side by side, one thread per core: at ten million units one query takes
     * hundreds of milliseconds on one core while the other waits (4 December 2026). Null on one core. Several
     * askers at once share the threads, so this shortens a query without raising what a busy server can answer.
     */
    private final ExecutorService segments;
    private final SidewaysPass sidewaysPass;
    private SearcherManager manager; // null until an index exists

    /** How a query filtering several facet dimensions collects each one's sideways matches (tests force one way). */
    enum SidewaysPass {
        /** In one pass over the query without its facet filters, or one per dimension: whichever visits fewer units. */
        CHEAPER,
        ONE,
        PER_DIMENSION
    }

    private SearchService(DataStore store, Directory directory, int facetSample, int threads, SidewaysPass sidewaysPass) {
        this.store = store;
        this.directory = directory;
        this.facetSample = facetSample;
        this.sidewaysPass = sidewaysPass;
        AtomicInteger n = new AtomicInteger();
        this.segments = threads < 2 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "gremium-search-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public static SearchService open(DataStore store) {
        return open(store, FACET_SAMPLE);
    }

    /** With facet counts sampled above {@code facetSample} matches (tests use a small one). */
    static SearchService open(DataStore store, int facetSample) {
        return open(store, facetSample, Runtime.getRuntime().availableProcessors());
    }

    /** Searching up to {@code threads} groups of segments at once (below 2: one after the other, on the caller). */
    static SearchService open(DataStore store, int facetSample, int threads) {
        return open(store, facetSample, threads, SidewaysPass.CHEAPER);
    }

    /** As {@link #open(DataStore, int, int)}, collecting sideways matches as {@code sidewaysPass} says. */
    static SearchService open(DataStore store, int facetSample, int threads, SidewaysPass sidewaysPass) {
        try {
            Files.createDirectories(store.indexDir());
            return new SearchService(store, FSDirectory.open(store.indexDir()), facetSample, threads, sidewaysPass);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open index " + store.indexDir() + ": " + e.getMessage(), e);
        }
    }

    public DataStore store() {
        return store;
    }

    /** Searches what a user without clearance for confidential documents may see. */
    public SearchResult search(SearchQuery q) {
        return search(q, false);
    }

    /**
     * @param withConfidential whether the asker has clearance for confidential documents; without it they
     *                         are filtered inside the Lucene query, so they count in no total or facet either
     */
    public SearchResult search(SearchQuery q, boolean withConfidential) {
        return search(q, withConfidential, () -> false);
    }

    /** A search given up on because its asker went away ({@code stop} said so before the snippets were done). */
    public static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("search stopped: the asker went away", null, false, false);
        }
    }

    /**
     * As {@link #search(SearchQuery, boolean)}, asking {@code stop} between the hits' snippets (the part that
     * grows with the documents' size) whether to go on.
     *
     * @throws Cancelled when {@code stop} answers true
     */
    public SearchResult search(SearchQuery q, boolean withConfidential, BooleanSupplier stop) {
        long t0 = System.nanoTime();
        SearcherManager m = manager();
        if (m == null) {
            return new SearchResult(q, 0, List.of(), Map.of(), false, null, false, 0);
        }
        try {
            m.maybeRefresh();
            FacetSearcher searcher = (FacetSearcher) m.acquire();
            try {
                Query textQuery = parse(q.text(), BooleanClause.Occur.MUST);
                var found = run(searcher, q, textQuery, withConfidential);
                boolean relaxed = false;
                if (found.total() == 0 && !q.text().isEmpty()) {
                    Query any = parse(q.text(), BooleanClause.Occur.SHOULD);
                    if (!any.equals(textQuery)) {
                        textQuery = any;
                        found = run(searcher, q, textQuery, withConfidential);
                        relaxed = found.total() > 0;
                    }
                }
                String suggestion = null;
                boolean corrected = false;
                if ((relaxed || found.total() < FEW) && !q.text().isEmpty()) {
                    suggestion = SpellingSuggestion.suggest(searcher.getIndexReader(), analyzer, q.text());
                    if (suggestion != null && found.total() == 0) {
                        // nothing at all: show what the suggestion finds, and say so
                        Query fixed = parse(suggestion, BooleanClause.Occur.MUST);
                        var fixedFound = run(searcher, q, fixed, withConfidential);
                        if (fixedFound.total() > 0) {
                            textQuery = fixed;
                            found = fixedFound;
                            corrected = true;
                        }
                    }
                }
                ScoreDoc[] all = found.top();
                int from = Math.min(all.length, (q.page() - 1) * q.pageSize());
                int to = Math.min(all.length, from + q.pageSize());
                int[] ids = new int[to - from];
                for (int i = from; i < to; i++) {
                    ids[i - from] = all[i].doc;
                }
                Map<String, Snippets.Snippet[]> snippets =
                        Snippets.highlight(searcher, analyzer, textQuery, ids, stop, Fields.TEXT, Fields.HEADING);
                List<SearchResult.Hit> hits = new ArrayList<>();
                var stored = searcher.storedFields();
                for (int i = 0; i < ids.length; i++) {
                    hits.add(hit(stored.document(ids[i], HIT_FIELDS), snippets.get(Fields.TEXT)[i],
                            snippets.get(Fields.HEADING)[i], all[from + i].score));
                }
                Map<String, List<SearchResult.FacetCount>> facets = !q.facets() ? Map.of()
                        : found.matches() == null ? found.facets()
                        : facets(searcher, q, textQuery, withConfidential, found.matches(), found.sideways());
                return new SearchResult(q, found.total(), hits, facets, relaxed, suggestion,
                        corrected, (System.nanoTime() - t0) / 1_000_000);
            } finally {
                m.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed in " + store.indexDir() + ": " + e.getMessage()
                    + " (if the index is damaged, run: gremium reindex)", e);
        }
    }

    /** The groups of segments of the current commit that a search may visit side by side (0 before an index exists). */
    int slices() {
        SearcherManager m = manager();
        if (m == null) {
            return 0;
        }
        try {
            IndexSearcher s = m.acquire();
            try {
                return s.getSlices().length;
            } finally {
                m.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of units in the current commit (0 before the first index exists). */
    public int size() {
        SearcherManager m = manager();
        if (m == null) {
            return 0;
        }
        try {
            m.maybeRefresh();
            IndexSearcher s = m.acquire();
            try {
                return s.getIndexReader().numDocs();
            } finally {
                m.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The top {@code page × size} units and, except when browsing everything, a collector of all matches for the
     * facet counts. Browsing (no words, no filters) is the one query that matches every unit the asker may see: its
     * total and facets are those of all visible units ({@link FacetSearcher#whole}, counted exactly once per commit
     * and clearance, instead of visiting the million units each time). With clearance its top units come from a
     * collector that stops early (relevance is the same for all, so order by index or by date with the date's
     * points skipping what cannot compete); without, they are searched as any query's, past the confidential ones.
     */
    private Found run(FacetSearcher searcher, SearchQuery q, Query textQuery, boolean withConfidential)
            throws IOException {
        Query query = filtered(q, textQuery, withConfidential, List.of());
        int n = Math.max(1, q.page() * q.pageSize());
        if (withConfidential && browsing(q, textQuery)) {
            TopDocs top = q.sort() == SearchQuery.Sort.relevance ? searcher.search(query, n)
                    : searcher.search(query, n, new Sort(dateField(q.sort())), false);
            return new Found(top.scoreDocs, searcher.whole(this, true));
        }
        if (q.sort() == SearchQuery.Sort.relevance && hasPhrase(textQuery)) {
            // A phrase is checked against the word positions of every candidate unit, in the top-hits pass and again
            // in the counting pass, and pruning rarely spares the first one that work (the units quoting a phrase
            // score much alike). So score every match in the counting pass: each is checked once (4 December
            // 2026, "algemene reserve" at ten million units: the two passes were 87% of its time).
            Object[] both = searcher.search(query, new MultiCollectorManager(
                    new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE), Matches.manager(facetSample, SAMPLE_SEED)));
            Matches all = (Matches) both[1];
            return new Found(((TopDocs) both[0]).scoreDocs, all.total(), all, null, Map.of());
        }
        List<String> dims = filteredDims(q);
        if (q.facets() && dims.size() >= 2) {
            // Each filtered dimension is counted without its own filter (see facets). Either all of those and the
            // matches come from one pass over the query without the facet filters (Sideways), or each dimension is
            // searched on its own and what the first two have in common (it holds every filter) is the matches;
            // whichever visits fewer units. The top hits are then ranked among the matches alone, with the same
            // scores (filters add none) and the same order.
            Map<String, List<String>> filters = filters(q);
            Map<String, Query> dimFilters = new LinkedHashMap<>();
            dims.forEach(dim -> dimFilters.put(dim, anyOf(dim, filters.get(dim))));
            Query base = filtered(q, textQuery, withConfidential, dims);
            Map<String, Matches> sideways = new LinkedHashMap<>();
            Matches all;
            boolean onePass = switch (sidewaysPass) {
                case ONE -> true;
                case PER_DIMENSION -> false;
                case CHEAPER -> Sideways.cheaper(searcher, base, dimFilters);
            };
            if (onePass) {
                Sideways.Found f = searcher.search(new ConstantScoreQuery(base),
                        Sideways.manager(searcher, dimFilters, facetSample, SAMPLE_SEED));
                all = f.all();
                sideways.putAll(f.sideways());
            } else {
                for (String dim : dims) {
                    sideways.put(dim, matches(searcher, filtered(q, textQuery, withConfidential, List.of(dim))));
                }
                all = Matches.common(sideways.get(dims.get(0)), sideways.get(dims.get(1)));
            }
            Query among = new BooleanQuery.Builder().add(textQuery, BooleanClause.Occur.MUST)
                    .add(all.asFilter(), BooleanClause.Occur.FILTER).build();
            return new Found(top(searcher, q, among, n).scoreDocs, all.total(), all, null, sideways);
        }
        // the top hits (by relevance with max-score pruning), then every match collected without scoring
        TopDocs top = top(searcher, q, query, n);
        if (browsing(q, textQuery)) {
            return new Found(top.scoreDocs, searcher.whole(this, false));
        }
        Matches all = matches(searcher, query);
        return new Found(top.scoreDocs, all.total(), all, null, Map.of());
    }

    /** The first {@code n} units in the query's order. */
    private static TopDocs top(IndexSearcher searcher, SearchQuery q, Query query, int n) throws IOException {
        return q.sort() == SearchQuery.Sort.relevance ? searcher.search(query, n)
                : searcher.search(query, n, byDate(q.sort()), true);
    }

    /** The facet dimensions the query filters on. */
    private static List<String> filteredDims(SearchQuery q) {
        Map<String, List<String>> filters = filters(q);
        return Fields.FACETS.stream().filter(dim -> !filters.get(dim).isEmpty()).toList();
    }

    /**
     * The top units, the total, and either every match (for the facet counts) or, when browsing everything, the
     * facets of all visible units; with the matches of filtered dimensions counted sideways when already searched.
     */
    private record Found(ScoreDoc[] top, long total, Matches matches, Map<String, List<SearchResult.FacetCount>> facets,
                         Map<String, Matches> sideways) {
        Found(ScoreDoc[] top, Whole whole) {
            this(top, whole.total(), null, whole.facets(), Map.of());
        }
    }

    /** The number of units a user of one clearance may see, and their facet counts. */
    private record Whole(long total, Map<String, List<SearchResult.FacetCount>> facets) {}

    /** Every match of {@code query}, with a sample of them for the facet counts when there are many. */
    private Matches matches(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(new ConstantScoreQuery(query), Matches.manager(facetSample, SAMPLE_SEED));
    }

    /** Whether the query (outside its negations) holds a phrase. */
    private static boolean hasPhrase(Query textQuery) {
        boolean[] found = {false};
        textQuery.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                found[0] |= query instanceof PhraseQuery || query instanceof MultiPhraseQuery;
            }
        });
        return found[0];
    }

    private static boolean browsing(SearchQuery q, Query textQuery) {
        return textQuery instanceof MatchAllDocsQuery && q.from() == null && q.to() == null
                && filters(q).values().stream().allMatch(List::isEmpty);
    }

    private static Sort byDate(SearchQuery.Sort s) {
        return new Sort(dateField(s), SortField.FIELD_SCORE);
    }

    private static SortField dateField(SearchQuery.Sort s) {
        boolean desc = s == SearchQuery.Sort.date_desc;
        SortField date = new SortField(Fields.DATE, SortField.Type.LONG, desc);
        date.setMissingValue(desc ? Long.MIN_VALUE : Long.MAX_VALUE); // undated units last
        return date;
    }

    /**
     * The free-text part: words in title, heading, text and document context, weighted; unit type boosts.
     * With {@code SHOULD} (any word) a unit holding more of the words ranks above one holding fewer, whatever
     * their relevance, as Lucene's former coordination factor did.
     */
    Query parse(String text, BooleanClause.Occur operator) {
        if (text.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        SimpleQueryParser p = new DutchQueryParser(analyzer, WEIGHTS);
        p.setDefaultOperator(operator);
        Query parsed = p.parse(text);
        if (parsed == null) { // only stop words or punctuation
            return new MatchNoDocsQuery("no searchable words in '" + text + "'");
        }
        Query boosted = new TypeBoostQuery(parsed, Units.maxBoost());
        if (operator != BooleanClause.Occur.SHOULD || !(parsed instanceof BooleanQuery words)) {
            return boosted;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(boosted, BooleanClause.Occur.SHOULD);
        for (BooleanClause c : words.clauses()) {
            if (c.getOccur() == BooleanClause.Occur.SHOULD) {
                b.add(new BoostQuery(new ConstantScoreQuery(c.getQuery()), COORD), BooleanClause.Occur.SHOULD);
            }
        }
        return b.build();
    }

    /** The text query with every filter of {@code q} except those on the fields {@code except}. */
    private static Query filtered(SearchQuery q, Query textQuery, boolean withConfidential, List<String> except) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(textQuery, BooleanClause.Occur.MUST);
        if (!withConfidential) {
            b.add(new TermQuery(new Term(Fields.CONFIDENTIAL, "true")), BooleanClause.Occur.MUST_NOT);
        }
        filters(q).forEach((field, values) -> {
            if (!values.isEmpty() && !except.contains(field)) {
                b.add(anyOf(field, values), BooleanClause.Occur.FILTER);
            }
        });
        if (q.from() != null || q.to() != null) {
            long lo = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
            long hi = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(Fields.DATE, lo, hi), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static Map<String, List<String>> filters(SearchQuery q) {
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put(Fields.TYPE, q.types());
        f.put(Fields.KIND, q.kinds());
        f.put(Fields.BODY, q.bodies());
        f.put(Fields.ORGANISATION, q.organisations());
        f.put(Fields.YEAR, q.years());
        f.put(Fields.STATUS, q.statuses());
        f.put(Fields.REDACTION, q.redactions());
        return f;
    }

    /** The units holding any of the (one or more) values in the field. */
    private static Query anyOf(String field, List<String> values) {
        return values.size() == 1 ? new TermQuery(new Term(field, values.get(0)))
                : new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    /**
     * Counts per facet dimension. A dimension the query filters on is counted "sideways", with every
     * filter but its own, so its other values show how many results choosing them would give.
     */
    private Map<String, List<SearchResult.FacetCount>> facets(FacetSearcher searcher, SearchQuery q,
                                                                     Query textQuery, boolean withConfidential,
                                                                     Matches all, Map<String, Matches> sideways)
            throws IOException {
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        if (searcher.state == null) {
            return out;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(searcher.state, all.facets());
        Map<String, List<String>> filters = filters(q);
        for (String dim : Fields.FACETS) {
            SortedSetDocValuesFacetCounts dimCounts = counts;
            Matches dimMatches = all;
            if (!filters.get(dim).isEmpty()) {
                dimMatches = sideways.containsKey(dim) ? sideways.get(dim)
                        : matches(searcher, filtered(q, textQuery, withConfidential, List.of(dim)));
                dimCounts = new SortedSetDocValuesFacetCounts(searcher.state, dimMatches.facets());
            }
            List<SearchResult.FacetCount> values = new ArrayList<>();
            FacetResult r;
            try {
                r = dimCounts.getTopChildren(FACET_VALUES, dim);
            } catch (IllegalArgumentException notIndexedYet) {
                r = null;
            }
            if (r != null) {
                boolean estimated = dimMatches.sampled();
                for (LabelAndValue lv : r.labelValues) {
                    int count = lv.value.intValue();
                    if (estimated) { // scaled up, but never above the number of units holding the value
                        count = Math.min(searcher.docFreq(dim, lv.label), (int) (count / dimMatches.rate()));
                    }
                    values.add(new SearchResult.FacetCount(lv.label, count, estimated));
                }
            }
            out.put(dim, values);
        }
        return out;
    }

    /**
     * A record matched (partly) through its agenda item's title gets that title, highlighted, before its
     * text: "<mark>Jaarstukken</mark> 2024 — Het algemeen bestuur <mark>besluit</mark> conform voorstel."
     */
    private static SearchResult.Hit hit(Document d, Snippets.Snippet snippet, Snippets.Snippet heading, float score) {
        String html = snippet.html();
        if (!marked(html).containsAll(marked(heading.html()))) {
            html = heading.html() + (html.isEmpty() ? "" : " — " + html);
        }
        IndexableField date = d.getField(Fields.DATE);
        IndexableField page = d.getField(Fields.PAGE);
        String pageMap = d.get(Fields.PAGE_MAP);
        int p = pageMap != null && !snippet.html().isEmpty() ? Units.pageAt(pageMap, snippet.offset())
                : page == null ? 0 : page.numericValue().intValue();
        return new SearchResult.Hit(d.get(Fields.UID), d.get(Fields.TYPE), d.get(Fields.DOC_ID),
                d.get(Fields.DISPLAY_TITLE), html, p, d.get(Fields.AGENDA_ITEM),
                date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()), d.get(Fields.KIND),
                d.get(Fields.BODY), d.get(Fields.ORGANISATION), d.get(Fields.STATUS), Float.isNaN(score) ? 0 : score);
    }

    private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");

    /** The highlighted words of a snippet, lower case. */
    private static Set<String> marked(String html) {
        Set<String> out = new HashSet<>();
        var m = MARK.matcher(html);
        while (m.find()) {
            out.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private synchronized SearcherManager manager() {
        if (manager == null) {
            try {
                if (DirectoryReader.indexExists(directory)) {
                    manager = new SearcherManager(directory, new FacetSearcherFactory(segments));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open index " + store.indexDir() + ": " + e.getMessage()
                        + " (if it is damaged, run: gremium reindex)", e);
            }
        }
        return manager;
    }

    @Override
    public synchronized void close() {
        try {
            if (manager != null) {
                manager.close();
            }
            directory.close();
            if (segments != null) {
                segments.shutdown();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A searcher with the facet ordinals of its reader, computed once per commit rather than per search. */
    private static final class FacetSearcher extends IndexSearcher {
        final SortedSetDocValuesReaderState state;
        /** By clearance (true: may see confidential units), counted on first use. */
        private final Map<Boolean, Whole> whole = new ConcurrentHashMap<>();
        /** Units holding each facet value, the cap of a scaled-up count; looked up once per commit. */
        private final Map<String, Integer> docFreqs = new ConcurrentHashMap<>();

        int docFreq(String dim, String value) throws IOException {
            String path = FacetsConfig.pathToString(new String[] {dim, value}, 2);
            Integer n = docFreqs.get(path);
            if (n == null) {
                n = getIndexReader().docFreq(new Term(Units.FACETS.getDimConfig(dim).indexFieldName, path));
                docFreqs.put(path, n);
            }
            return n;
        }

        /** The total and exact facet counts of every unit a user of this clearance may see in this commit. */
        synchronized Whole whole(SearchService service, boolean withConfidential) throws IOException {
            Whole w = whole.get(withConfidential);
            if (w == null) {
                Query all = new MatchAllDocsQuery();
                Matches matches = search(filtered(SearchQuery.of(""), all, withConfidential, List.of()),
                        Matches.manager(Integer.MAX_VALUE, 0));
                w = new Whole(matches.total(),
                        service.facets(this, SearchQuery.of(""), all, withConfidential, matches, Map.of()));
                whole.put(withConfidential, w);
            }
            return w;
        }

        FacetSearcher(IndexReader reader, Executor segments) throws IOException {
            super(reader, segments);
            SortedSetDocValuesReaderState s;
            try {
                s = new DefaultSortedSetDocValuesReaderState(reader, Units.FACETS);
            } catch (IllegalArgumentException emptyIndex) {
                s = null;
            }
            state = s;
        }
    }

    private static final class FacetSearcherFactory extends SearcherFactory {
        private final Executor segments;

        FacetSearcherFactory(Executor segments) {
            this.segments = segments;
        }

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
            return new FacetSearcher(reader, segments);
        }
    }
}
