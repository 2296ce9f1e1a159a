package nl.gremium.model;

/**
 * How a decision turned out, normalised from what the document prints ({@code Decision.outcomeText}):
 * aangenomen/vastgesteld/conform → adopted, geamendeerd aangenomen → adopted_amended, voor kennisgeving
 * → noted, uitgesteld/doorgeschoven → deferred, verworpen → rejected, ingetrokken → withdrawn,
 * aangehouden → held, staken der stemmen → tie, niet behandeld → not_treated.
 */
public enum Outcome { adopted, adopted_amended, noted, deferred, rejected, withdrawn, held, tie, not_treated }
