package nl.gremium.model;

public enum FundingKind { allocation, forecast, correction }
