package nl.gremium.model;

public enum EntityType { person, organisation, municipality, date }
