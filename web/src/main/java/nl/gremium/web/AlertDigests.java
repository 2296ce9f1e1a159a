package nl.gremium.web;

import jakarta.mail.MessagingException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.gremium.access.User;
import nl.gremium.access.UserStore;
import nl.gremium.analytics.RecommendationView;

/**
 * The e-mail digests after an ingest: per user and address, the records that are new for each of their saved searches
 * and follows (seen as that user sees the archive now, so a record of a confidential document never reaches a user
 * without clearance), and the overdue commitments and recommendations a controller made them owner of. A digest
 * that was sent marks its records seen; one that failed is tried again next time.
 */
final class AlertDigests {
    /** How many record ids a saved search remembers (the newest); beyond that an old record could come back. */
    private static final int SEEN_MAX = 5_000;

    /** What a run did: digests sent, and one line per failure naming the address and reason. */
    record Report(int sent, int records, List<String> failures) {}

    private record Section(SavedSearch search, List<AlertItem> items) {}

    private final SavedSearches saved;
    private final AlertMatcher matcher;
    private final UserStore users;
    private final CommitmentRegister commitments;
    private final RecommendationsTracker recommendations;

    AlertDigests(SavedSearches saved, AlertMatcher matcher, UserStore users, CommitmentRegister commitments,
                 RecommendationsTracker recommendations) {
        this.saved = saved;
        this.matcher = matcher;
        this.users = users;
        this.commitments = commitments;
        this.recommendations = recommendations;
    }

    /** The ids a new saved search starts from: what it matches now, so its first digest holds only what comes after. */
    List<String> current(SavedSearch s) {
        return matcher.matches(s).stream().map(AlertItem::id).toList();
    }

    Report send(Mailer mailer, String baseUrl) {
        Map<String, List<SavedSearch>> byAddress = new LinkedHashMap<>();
        for (SavedSearch s : saved.all()) {
            if (s.email() != null && !s.email().isBlank()) {
                byAddress.computeIfAbsent(s.user() + "\n" + s.email(), k -> new ArrayList<>()).add(s);
            }
        }
        int sent = 0, records = 0;
        List<String> failures = new ArrayList<>();
        Map<String, List<String>> seenNow = new LinkedHashMap<>();
        for (Map.Entry<String, List<SavedSearch>> e : byAddress.entrySet()) {
            String user = e.getValue().get(0).user();
            String email = e.getValue().get(0).email();
            Optional<User> account = users.find(user);
            if (account.isEmpty()) {
                continue; // the account was removed: its saved searches send nothing
            }
            List<Section> sections = new ArrayList<>();
            List<CommitmentRow> lateCommitments = new ArrayList<>();
            List<RecommendationView> lateRecommendations = new ArrayList<>();
            Principal.viewing(account.get().confidential(), () -> {
                for (SavedSearch s : e.getValue()) {
                    List<AlertItem> now = matcher.matches(s);
                    Set<String> seen = new LinkedHashSet<>(s.seen());
                    List<AlertItem> fresh = now.stream().filter(i -> !seen.contains(i.id())).toList();
                    if (!fresh.isEmpty()) {
                        sections.add(new Section(s, fresh));
                    }
                    List<String> ids = new ArrayList<>(seen);
                    fresh.forEach(i -> ids.add(i.id()));
                    seenNow.put(s.id(), ids.size() > SEEN_MAX ? ids.subList(ids.size() - SEEN_MAX, ids.size()) : ids);
                }
                LocalDate today = LocalDate.now(ZoneId.systemDefault());
                commitments.list().stream().filter(c -> c.overdue() && user.equals(c.owner())).forEach(lateCommitments::add);
                recommendations.list().stream().filter(r -> r.controller() != null && user.equals(r.controller().owner())
                        && r.controller().due() != null && r.controller().due().isBefore(today)
                        && !r.status().settled()).forEach(lateRecommendations::add);
                return null;
            });
            if (sections.isEmpty() && lateCommitments.isEmpty() && lateRecommendations.isEmpty()) {
                continue;
            }
            DigestMail mail = DigestMail.of(user, baseUrl, sections.stream().map(Section::search).toList(),
                    sections.stream().map(Section::items).toList(), lateCommitments, lateRecommendations);
            try {
                mailer.send(email, mail.subject(), mail.text(), mail.html());
                sent++;
                records += sections.stream().mapToInt(s -> s.items().size()).sum();
                sections.forEach(s -> saved.update(x -> x.id().equals(s.search().id()) ? x.withSeen(seenNow.get(x.id())) : x));
            } catch (MessagingException ex) {
                failures.add(email + ": " + ex.getMessage());
            }
        }
        return new Report(sent, records, failures);
    }
}
