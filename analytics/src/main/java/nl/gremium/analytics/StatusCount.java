package nl.gremium.analytics;

/** Recommendations per status for one group (an issuer, an addressee, a theme). */
public record StatusCount(String key, long open, long inProgress, long notAdopted, long closed, long total) {}
