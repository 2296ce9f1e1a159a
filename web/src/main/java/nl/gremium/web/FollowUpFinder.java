package nl.gremium.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.analytics.Evidence;
import nl.gremium.model.Block;
import nl.gremium.model.Commitment;
import nl.gremium.model.LogicalDocument;
import nl.gremium.store.RecommendationStatus;
import nl.gremium.text.Folding;
import nl.gremium.text.Whitespace;

/**
 * Follow-up of an adopted motion or a commitment in the documents dated after its meeting: a passage that names it (the motion's
 * title or number, or most of a commitment's words next to "toezegging") is evidence, and its wording says how far
 * the follow-up is: "afdoening", "afgedaan", "uitgevoerd", "nagekomen" → done ({@code closed}); "tussenbericht", "in
 * uitvoering", "voortgang" → in progress; "nog niet uitgevoerd" is not done, and "voert de motie niet uit" says it will
 * not be carried out ({@code not_adopted}); a bare mention leaves it open. The strongest passage gives the status.
 */
final class FollowUpFinder {
    static final String RULE_DONE = "een later document meldt het afgedaan (afdoening, afgedaan, uitgevoerd, nagekomen)";
    static final String RULE_PROGRESS = "een later document meldt voortgang (tussenbericht, in uitvoering, voortgang)";
    static final String RULE_MENTION = "een later document noemt het zonder te melden dat het af is";
    static final String RULE_DECLINED = "een later document meldt dat het niet wordt uitgevoerd";
    static final String RULE_NONE = "geen later document volgt het op";
    static final String RULE_CONTROLLER = "gezet door een controller";
    static final String RULE_LIST = "de toezeggingenlijst zelf meldt deze stand";

    private static final Pattern DONE = Pattern.compile(
            "\\b(?:afdoening|afgedaan|af\\s+te\\s+doen|uitgevoerd|nagekomen|gestand\\s+gedaan|invulling\\s+gegeven|voldaan|"
                    + "afgehandeld|beschouwen\\s+wij\\s+(?:de\\s+)?(?:motie|toezegging)\\s+als)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROGRESS = Pattern.compile(
            "\\b(?:tussenbericht|tussenstand|in\\s+uitvoering|voortgang|werken\\s+wij\\s+aan|werken\\s+we\\s+aan|wordt\\s+uitgewerkt|"
                    + "nemen\\s+wij\\s+mee|loopt|lopende)\\b", Pattern.CASE_INSENSITIVE);
    /** A done-word denied: "nog niet uitgevoerd", "niet afgedaan", "geen invulling gegeven". */
    private static final Pattern NOT_DONE = Pattern.compile("\\b(?:niet|geen)\\s+(?:\\p{L}+\\s+)?(?:afdoening|afgedaan|"
            + "uitgevoerd|nagekomen|invulling\\s+gegeven|voldaan|afgehandeld)\\b", Pattern.CASE_INSENSITIVE);
    /** Deciding not to carry it out: "voert de motie niet uit", "wordt niet uitgevoerd", "niet uit te voeren". */
    private static final Pattern DECLINED = Pattern.compile("\\bniet\\s+uit\\s+te\\s+voeren\\b|\\bvoer(?:t|en)\\b[^.]{0,60}?\\bniet\\s+uit\\b"
            + "|\\b(?:wordt|worden|zal|zullen)\\s+(?:de(?:ze)?\\s+motie\\s+)?niet\\s+(?:worden\\s+)?uitgevoerd\\b"
            + "|\\bnaast\\s+(?:ons|zich)\\s+neer\\b", Pattern.CASE_INSENSITIVE);
    /** Said in advice, proposal or reproach, not decided: "moet ik ontraden, want niet uit te voeren", "waarom voert hij … niet uit?" */
    private static final Pattern NOT_A_DECISION = Pattern.compile("\\bontra(?:ad|den|dt)|\\bvoorgesteld\\b|\\bstel(?:t|len)?\\b.*\\bvoor\\b"
            + "|\\bwaarom\\b|\\?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    /** Statuses a list prints in a word of their own ("Afgerond", "Gereed", "Loopt", "In behandeling"). */
    private static final Pattern LIST_DONE = Pattern.compile("^\\s*(?:afgerond|gereed|gerealiseerd|ja|klaar)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_PROGRESS = Pattern.compile("^\\s*(?:in\\s+behandeling|in\\s+voorbereiding|gestart|deels|bezig|"
            + "in\\s+procedure)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMITMENT_WORD = Pattern.compile("\\btoezegging|\\btoegezegd", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]{5,}");
    private static final int SNIPPET = 300;
    private static final Set<String> COMMON = Set.of("motie", "moties", "amendement", "college", "wethouder", "portefeuillehouder",
            "toezegging", "toegezegd", "informeren", "commissie", "gemeenteraad", "verzoekt", "besluit", "worden");

    private FollowUpFinder() {}

    /** Evidence for a motion: passages of other documents that name its title (or "motie" with its number). */
    static List<Evidence> forMotion(String ownDocId, String title, String number, LocalDate since, Collection<LogicalDocument> docs) {
        String t = title == null ? null : fold(title.replaceFirst("(?i)^\\s*(?:motie|amendement)\\s*[:\\-–]?\\s*", ""));
        if ((t == null || t.split(" ").length < 2) && number == null) {
            return List.of();
        }
        Pattern byNumber = number == null ? null
                : Pattern.compile("\\bmotie\\s+(?:nr\\.?\\s*)?" + Pattern.quote(fold(number)) + "\\b");
        return find(ownDocId, since, docs, (passage, inTitle) -> t != null && t.split(" ").length >= 2 && passage.contains(t)
                || byNumber != null && byNumber.matcher(passage).find());
    }

    /** Evidence for a commitment: passages that speak of a toezegging and share most of its content words. */
    static List<Evidence> forCommitment(String ownDocId, String text, LocalDate since, Collection<LogicalDocument> docs) {
        Set<String> words = words(text);
        if (words.size() < 3) {
            return List.of();
        }
        // a commitments list ("Lijst van toezeggingen") speaks of toezeggingen in its title, not in each row
        return find(ownDocId, since, docs, (passage, inTitle) -> {
            if (!COMMITMENT_WORD.matcher(passage).find() && !COMMITMENT_WORD.matcher(inTitle).find()) {
                return false;
            }
            Set<String> shared = new HashSet<>(words(passage));
            shared.retainAll(words);
            return shared.size() >= Math.max(3, words.size() / 2);
        });
    }

    /** The status the strongest evidence supports, or null without evidence. */
    static RecommendationStatus status(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::suggests).max(Comparator.naturalOrder()).orElse(null);
    }

    static String rule(List<Evidence> evidence) {
        return ruleFor(status(evidence));
    }

    /** The rule a later document's passage gives for the status it supports; RULE_NONE for no status. */
    private static String ruleFor(RecommendationStatus s) {
        return s == null ? RULE_NONE : s == RecommendationStatus.closed ? RULE_DONE
                : s == RecommendationStatus.not_adopted ? RULE_DECLINED
                : s == RecommendationStatus.in_progress ? RULE_PROGRESS : RULE_MENTION;
    }

    private interface Match {
        boolean test(String foldedPassage, String foldedTitle);
    }

    private static List<Evidence> find(String ownDocId, LocalDate since, Collection<LogicalDocument> docs, Match match) {
        List<Evidence> out = new ArrayList<>();
        for (LogicalDocument d : docs) {
            LocalDate date = d.metadata() == null ? null : d.metadata().date();
            if (d.id().equals(ownDocId) || since != null && date != null && !date.isAfter(since)) {
                continue;
            }
            String title = DocumentPage.titleOf(d);
            String inTitle = fold(title + " " + d.source().fileName().replace('-', ' '));
            boolean named = match.test(inTitle, inTitle);
            passages:
            for (Block b : d.blocks()) {
                for (String passage : passages(b)) {
                    String text = Whitespace.normalize(passage);
                    if (text.isEmpty() || !named && !match.test(fold(text), inTitle)) {
                        continue;
                    }
                    RecommendationStatus s = done(text) || done(inTitle) ? RecommendationStatus.closed
                            : declined(text) ? RecommendationStatus.not_adopted
                            : PROGRESS.matcher(text).find() || PROGRESS.matcher(inTitle).find() ? RecommendationStatus.in_progress
                            : RecommendationStatus.open;
                    String rule = ruleFor(s);
                    out.add(new Evidence(d.id(), title, d.kind() == null ? null : d.kind().name(), date, "document", null,
                            text.length() > SNIPPET ? text.substring(0, SNIPPET) + "…" : text, s, List.of(), rule));
                    break passages; // one passage per document
                }
            }
        }
        out.sort(Comparator.comparing(Evidence::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /**
     * The passages of a block: a table row by row, so that one row's "Afgedaan" is no evidence for the commitment
     * or motion on the row above it.
     */
    private static List<String> passages(Block b) {
        if (b.table() == null) {
            return List.of(b.text());
        }
        return b.table().rows().stream().map(r -> String.join(" | ", r.stream().map(c -> c.text() == null ? "" : c.text()).toList()))
                .toList();
    }

    /**
     * What a commitments list itself prints for one of its rows ({@link Commitment#printedStatus()}) as evidence from
     * the list: "Afgedaan met …", "Afgerond" → done; "Loopt", "In behandeling" → in progress; "Open" → open.
     */
    static Optional<Evidence> fromList(LogicalDocument list, Commitment c) {
        String printed = c.printedStatus();
        if (printed == null) {
            return Optional.empty();
        }
        RecommendationStatus s = done(printed) || LIST_DONE.matcher(printed).find() ? RecommendationStatus.closed
                : PROGRESS.matcher(printed).find() || LIST_PROGRESS.matcher(printed).find() ? RecommendationStatus.in_progress
                : RecommendationStatus.open;
        return Optional.of(new Evidence(list.id(), DocumentPage.titleOf(list), list.kind() == null ? null : list.kind().name(),
                list.metadata() == null ? null : list.metadata().date(), "document", null, printed, s, List.of(), RULE_LIST));
    }

    /** The rule of the strongest evidence: the list's own, or the later documents' ({@link #rule(List)}). */
    static String strongestRule(List<Evidence> evidence) {
        RecommendationStatus s = status(evidence);
        return evidence.stream().filter(e -> e.suggests() == s && RULE_LIST.equals(e.rule())).findFirst().map(Evidence::rule)
                .orElseGet(() -> rule(evidence));
    }

    /** A done-word that is not denied. */
    private static boolean done(String text) {
        return DONE.matcher(NOT_DONE.matcher(text).replaceAll(" ")).find();
    }

    /** A sentence deciding not to carry it out, not one advising, proposing or asking why. */
    private static boolean declined(String text) {
        for (String sentence : SENTENCE_END.split(text)) {
            if (DECLINED.matcher(sentence).find() && !NOT_A_DECISION.matcher(sentence).find()) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(fold(s));
        while (m.find()) {
            if (!COMMON.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    private static String fold(String s) {
        return Whitespace.normalize(Folding.fold(s)).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d ]+", " ").replaceAll(" +", " ").trim();
    }
}
