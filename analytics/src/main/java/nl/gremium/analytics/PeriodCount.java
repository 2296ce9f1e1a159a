package nl.gremium.analytics;

/**
 * Decisions of one body in one period ("2025-07" or "2025-Q3").
 *
 * @param adoptedAsProposed outcome adopted (as proposed, e.g. "besluit conform voorstel")
 * @param adoptedAmended    adopted with changes
 * @param noted             taken note of ("neemt kennis van")
 * @param rejected          voted down
 * @param withdrawn         withdrawn by who submitted it
 * @param deferred          deferred (aangehouden, uitgesteld) to a later meeting
 * @param other             a tie, not treated, or without a recognised outcome
 */
public record PeriodCount(String body, String period, long total, long adoptedAsProposed, long adoptedAmended,
                          long noted, long rejected, long withdrawn, long deferred, long other) {}
