package nl.gremium.store;

import java.util.Locale;

/** Where a recommendation stands in its follow-up; names are the lower-case wire values. */
public enum RecommendationStatus {
    open, in_progress, closed;

    /** Parses the wire value, also accepting "in progress" / "in-progress"; throws naming the bad value. */
    public static RecommendationStatus parse(String s) {
        if (s != null) {
            String k = s.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            for (RecommendationStatus v : values()) {
                if (v.name().equals(k)) {
                    return v;
                }
            }
        }
        throw new IllegalArgumentException("unknown status '" + s + "' (expected open, in_progress or closed)");
    }
}
