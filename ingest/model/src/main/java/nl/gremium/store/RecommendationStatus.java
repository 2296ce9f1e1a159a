package nl.gremium.store;

import java.util.Locale;

/**
 * Where a recommendation stands in its follow-up; names are the lower-case wire values. In order of strength: a later
 * status outweighs an earlier one when evidence is weighed ({@code not_adopted}, the board decided not to take the
 * recommendation over, outweighs the general progress of its report; only its being carried out after all outweighs that).
 */
public enum RecommendationStatus {
    open, in_progress, not_adopted, closed;

    /** Nothing more is expected: carried out, or decided against. Such a recommendation is never overdue. */
    public boolean settled() {
        return this == closed || this == not_adopted;
    }

    /** Parses the wire value, also accepting "in progress" / "not-adopted"; throws naming the bad value. */
    public static RecommendationStatus parse(String s) {
        if (s != null) {
            String k = s.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            for (RecommendationStatus v : values()) {
                if (v.name().equals(k)) {
                    return v;
                }
            }
        }
        throw new IllegalArgumentException("unknown status '" + s + "' (expected open, in_progress, not_adopted or closed)");
    }
}
