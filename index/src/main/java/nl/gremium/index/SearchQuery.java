package nl.gremium.index;

import java.time.LocalDate;
import java.util.List;

/**
 * One search request. {@code text} is free text: words (all required; if nothing matches, any),
 * "exact phrases" in quotes, {@code -word} to exclude, {@code word*} for a prefix. Filters within one
 * field are alternatives (OR), different fields all apply (AND). {@code page} is 1-based.
 *
 * <p>Build with {@link #of(String)} and the {@code with…} methods:
 * {@code SearchQuery.of("jaarstukken").withTypes("decision").withFrom(LocalDate.of(2025, 1, 1))}.
 */
public record SearchQuery(String text, List<String> types, List<String> kinds, List<String> bodies,
                          List<String> organisations, List<String> years, List<String> statuses,
                          LocalDate from, LocalDate to, Sort sort, int page, int pageSize, boolean facets,
                          List<String> redactions) {

    public enum Sort { relevance, date_desc, date_asc }

    public static final int MAX_PAGE_SIZE = 100;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        types = clean(types);
        kinds = clean(kinds);
        bodies = clean(bodies);
        organisations = clean(organisations);
        years = clean(years);
        statuses = clean(statuses);
        redactions = clean(redactions);
        sort = sort == null ? Sort.relevance : sort;
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more, got " + page);
        }
        if (pageSize < 0 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be 0.." + MAX_PAGE_SIZE + " (0: counts and facets only), got "
                    + pageSize);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("date range is empty: from " + from + " is after to " + to);
        }
        for (String t : types) {
            if (!Fields.TYPES.contains(t)) {
                throw new IllegalArgumentException("unknown type '" + t + "'; one of " + Fields.TYPES);
            }
        }
    }

    /** Free text, first page of 10, relevance order, with facets. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, null, null, Sort.relevance, 1, 10, true, null);
    }

    public SearchQuery withText(String t) {
        return new SearchQuery(t, types, kinds, bodies, organisations, years, statuses, from, to, sort, page, pageSize, facets, redactions);
    }

    public SearchQuery withTypes(String... v) {
        return new SearchQuery(text, List.of(v), kinds, bodies, organisations, years, statuses, from, to, sort, page, pageSize, facets, redactions);
    }

    public SearchQuery withKinds(String... v) {
        return new SearchQuery(text, types, List.of(v), bodies, organisations, years, statuses, from, to, sort, page, pageSize, facets, redactions);
    }

    public SearchQuery withBodies(String... v) {
        return new SearchQuery(text, types, kinds, List.of(v), organisations, years, statuses, from, to, sort, page, pageSize, facets, redactions);
    }

    public SearchQuery withOrganisations(String... v) {
        return new SearchQuery(text, types, kinds, bodies, List.of(v), years, statuses, from, to, sort, page, pageSize, facets, redactions);
    }

    public SearchQuery withYears(String... v) {
        return new SearchQuery(text, types, kinds, bodies, organisations, List.of(v), statuses, from, to, sort, page, pageSize, facets, redactions);
    }

    public SearchQuery withStatuses(String... v) {
        return new SearchQuery(text, types, kinds, bodies, organisations, years, List.of(v), from, to, sort, page, pageSize, facets, redactions);
    }

    public SearchQuery withFrom(LocalDate d) {
        return new SearchQuery(text, types, kinds, bodies, organisations, years, statuses, d, to, sort, page, pageSize, facets, redactions);
    }

    public SearchQuery withTo(LocalDate d) {
        return new SearchQuery(text, types, kinds, bodies, organisations, years, statuses, from, d, sort, page, pageSize, facets, redactions);
    }

    public SearchQuery withSort(Sort s) {
        return new SearchQuery(text, types, kinds, bodies, organisations, years, statuses, from, to, s, page, pageSize, facets, redactions);
    }

    public SearchQuery withPage(int p, int size) {
        return new SearchQuery(text, types, kinds, bodies, organisations, years, statuses, from, to, sort, p, size, facets, redactions);
    }

    /** Documents with a passage blacked out on this Woo ground ("5.1.2e"; {@link Fields#NO_GROUND} when none was printed). */
    public SearchQuery withRedactions(String... v) {
        return new SearchQuery(text, types, kinds, bodies, organisations, years, statuses, from, to, sort, page, pageSize, facets,
                List.of(v));
    }

    public SearchQuery withFacets(boolean f) {
        return new SearchQuery(text, types, kinds, bodies, organisations, years, statuses, from, to, sort, page, pageSize, f, redactions);
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }
}
