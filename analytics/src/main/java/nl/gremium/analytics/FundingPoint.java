package nl.gremium.analytics;

import java.math.BigDecimal;

/** One year on a letter's line: the stream's amount and its kind (allocation, forecast, definitive). */
public record FundingPoint(int year, BigDecimal value, String kind) {}
