package nl.gremium.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A user's saved search or follow, with where its alerts go.
 *
 * @param query     the search text (the same syntax as the search page), or null for a follow
 * @param follow    a followed record: "motion:&lt;id&gt;" or "recommendation:&lt;id&gt;", or null for a search
 * @param email     where the digest goes, or null for the Atom feed only
 * @param feedToken the secret in the feed's address (feed readers cannot sign in)
 * @param seen      the record ids already sent, so a digest holds only what is new
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SavedSearch(String id, String user, String name, String query, String follow, String email, String feedToken,
                   Instant created, List<String> seen) {
    SavedSearch {
        seen = seen == null ? List.of() : List.copyOf(seen);
    }

    SavedSearch withSeen(List<String> ids) {
        return new SavedSearch(id, user, name, query, follow, email, feedToken, created, ids);
    }
}
