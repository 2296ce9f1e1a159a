package nl.gremium.model;

/**
 * What a letter's amount is: a fixed contribution ({@code allocation}), an estimate for a later year
 * ({@code forecast}), the change a correction makes ({@code correction}: "correctie", "+€ 24.526"), or the
 * settled amount after correction or final determination ({@code definitive}: "na correctie", "definitief",
 * "vastgesteld").
 */
public enum FundingKind { allocation, forecast, correction, definitive }
