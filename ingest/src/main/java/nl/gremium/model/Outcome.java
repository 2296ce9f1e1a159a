package nl.gremium.model;

/** How a decision turned out. */
public enum Outcome { adopted, adopted_amended, noted, deferred, rejected }
