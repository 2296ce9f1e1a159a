package nl.gremium.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import nl.gremium.index.ResultText;
import nl.gremium.index.SearchQuery;
import nl.gremium.index.SearchResult;
import nl.gremium.index.SearchService;
import nl.gremium.store.DataStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search documents, agenda items and tagged records.",
                "Words are all required (any, when nothing holds all); \"exact phrase\", -exclude, prefix*."})
final class SearchCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Search text (empty: everything, e.g. with filters).")
    List<String> words = List.of();

    @Option(names = "--type", paramLabel = "TYPE", split = ",",
            description = "document, agenda_item, decision, recommendation, action, amount, funding (repeatable).")
    List<String> types;

    @Option(names = "--kind", paramLabel = "KIND", split = ",", description = "Document kind, e.g. minutes, letter.")
    List<String> kinds;

    @Option(names = "--body", paramLabel = "BODY", description = "Board, e.g. \"Algemeen bestuur\".")
    List<String> bodies;

    @Option(names = "--org", paramLabel = "ORG", description = "Organisation.")
    List<String> organisations;

    @Option(names = "--year", paramLabel = "YEAR", split = ",", description = "Year(s).")
    List<String> years;

    @Option(names = "--status", paramLabel = "STATUS", split = ",", description = "Decision outcome, e.g. adopted.")
    List<String> statuses;

    @Option(names = "--from", paramLabel = "DATE", description = "On or after this date (yyyy-mm-dd).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "On or before this date (yyyy-mm-dd).")
    LocalDate to;

    @Option(names = "--sort", defaultValue = "relevance", description = "relevance, date_desc or date_asc.")
    SearchQuery.Sort sort;

    @Option(names = "--page", defaultValue = "1", description = "Result page (default: 1).")
    int page;

    @Option(names = "--limit", defaultValue = "10", description = "Results per page (default: 10).")
    int limit;

    @Option(names = "--redaction", description = "Only documents with a passage blacked out on this Woo ground (repeatable).")
    List<String> redactions;

    @Option(names = "--facets", description = "Also print counts per type, kind, body, organisation, year and redaction ground.")
    boolean facets;

    @Override
    public Integer call() {
        DataStore store = data.existing();
        SearchQuery q = new SearchQuery(String.join(" ", words), types, kinds, bodies, organisations, years, statuses,
                from, to, sort, page, limit, facets, redactions);
        try (SearchService search = SearchService.open(store)) {
            if (search.size() == 0 && !store.docFiles().isEmpty()) {
                throw new IllegalStateException("no index in " + store.indexDir() + " yet; run: gremium reindex --data "
                        + store.root());
            }
            SearchResult r = search.search(q, true); // the operator at the data folder reads everything in it
            System.out.print(ResultText.format(r, System.console() != null, facets));
        }
        return 0;
    }
}
