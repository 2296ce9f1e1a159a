package nl.gremium.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * An agenda topic that comes back in several meetings.
 *
 * @param topic    the normalised title (lower case, numbers and dates removed)
 * @param example  one title as printed
 * @param meetings distinct meetings (body + date) it was on
 */
public record RecurringTopic(String topic, String example, long meetings, LocalDate first, LocalDate last,
                             List<String> bodies) {}
