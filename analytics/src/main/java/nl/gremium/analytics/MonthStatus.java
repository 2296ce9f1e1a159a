package nl.gremium.analytics;

/** Recommendations per status at the end of one month ("2025-07"), for the trend of open recommendations. */
public record MonthStatus(String month, long open, long inProgress, long notAdopted, long closed) {}
