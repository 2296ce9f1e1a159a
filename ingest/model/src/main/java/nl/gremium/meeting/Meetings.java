package nl.gremium.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Block;
import nl.gremium.model.Decision;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.text.AgendaTopic;
import nl.gremium.text.Folding;

/**
 * Derives the meetings from the documents: every document that names a body and a meeting date belongs to
 * that meeting; the agenda (else the minutes, else the decision list) gives the items in order; decisions
 * join their item by number, the minutes' passage by number, and the other papers by the words of their
 * title. The caller passes only the documents its user may see, so nothing hidden shows through a meeting.
 */
public final class Meetings {
    /** The longest minutes passage kept on an item; the document page has the rest. */
    public static final int PASSAGE_CHARS = 900;
    private static final List<DocKind> SKELETON = List.of(DocKind.agenda, DocKind.minutes, DocKind.decision_list);

    private Meetings() {}

    /** The meetings of the documents, by body then date. */
    public static List<Meeting> derive(Collection<LogicalDocument> docs) {
        Map<String, List<LogicalDocument>> byMeeting = new LinkedHashMap<>();
        for (LogicalDocument d : docs.stream().sorted(Comparator.comparing(LogicalDocument::id)).toList()) {
            if (d.metadata() != null && d.metadata().body() != null && !d.metadata().body().isBlank()
                    && d.metadata().meetingDate() != null && d.kind() != DocKind.schedule && d.kind() != DocKind.inspection_report) {
                byMeeting.computeIfAbsent(id(d.metadata().body(), d.metadata().meetingDate()), k -> new ArrayList<>()).add(d);
            }
        }
        List<Meeting> meetings = byMeeting.entrySet().stream().map(e -> meeting(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((Meeting m) -> Folding.fold(m.body())).thenComparing(Meeting::date)).toList();
        List<Meeting> out = new ArrayList<>();
        for (int i = 0; i < meetings.size(); i++) {
            Meeting m = meetings.get(i);
            String before = i > 0 && sameBody(meetings.get(i - 1), m) ? meetings.get(i - 1).id() : null;
            String after = i + 1 < meetings.size() && sameBody(meetings.get(i + 1), m) ? meetings.get(i + 1).id() : null;
            out.add(m.withNeighbours(before, after));
        }
        return List.copyOf(out);
    }

    /** The meeting id of a body and date: "algemeen-bestuur-2025-07-09". */
    public static String id(String body, LocalDate date) {
        String slug = Folding.slug(body);
        return slug + "-" + date;
    }

    private static boolean sameBody(Meeting a, Meeting b) {
        return Folding.fold(a.body()).equals(Folding.fold(b.body()));
    }

    private static Meeting meeting(String id, List<LogicalDocument> docs) {
        List<LogicalDocument> ordered = docs.stream().sorted(Comparator.comparingInt(Meetings::rank)).toList();
        LogicalDocument first = ordered.get(0);
        Map<String, Draft> items = new LinkedHashMap<>();
        for (LogicalDocument d : ordered) {
            if (SKELETON.contains(d.kind())) {
                String before = null; // the numbered item an unnumbered one follows in its document
                for (AgendaItem a : d.agendaItems()) {
                    Draft draft = items.computeIfAbsent(key(a), k -> new Draft(a.number(), a.title(), d.id(), a.id()));
                    if (a.number() == null && draft.after == null) {
                        draft.after = before;
                    } else if (a.number() != null) {
                        before = a.number();
                    }
                }
            }
        }
        for (LogicalDocument d : ordered) {
            Set<String> seen = new HashSet<>();
            for (Decision dec : d.tags().decisions()) {
                Draft item = dec.agendaItem() == null ? byTitle(items.values(), dec.agendaTitle()) : items.get(key(dec.agendaItem()));
                if (item == null && dec.agendaItem() != null) {
                    item = new Draft(dec.agendaItem(), dec.agendaTitle(), d.id(), null);
                    items.put(key(dec.agendaItem()), item);
                }
                if (item != null && seen.add(Folding.fold(dec.text()))) {
                    item.decisions.add(dec);
                }
            }
            if (d.kind() == DocKind.minutes) {
                for (AgendaItem a : d.agendaItems()) {
                    Draft item = items.get(key(a));
                    if (item != null && item.minutes == null) {
                        item.minutes = new Passage(d.id(), a.id(), shorten(passage(d, a)), a.pageStart());
                    }
                }
            }
        }
        List<Paper> all = ordered.stream().map(Meetings::paper).toList();
        List<Paper> loose = new ArrayList<>();
        for (LogicalDocument d : ordered) {
            if (!SKELETON.contains(d.kind())) {
                Draft item = byTitle(items.values(), d.title());
                if (item == null) {
                    loose.add(paper(d));
                } else {
                    item.papers.add(paper(d));
                }
            }
        }
        List<MeetingItem> list = inOrder(items.values()).stream().map(Draft::item).toList();
        return new Meeting(id, first.metadata().body(), first.metadata().meetingDate(), list, all, loose, null, null);
    }

    /**
     * Numbered items in numeric order; an item without a number ("Mondelinge vragen") right after the numbered
     * item it follows in its document (first when nothing precedes it), so it is not pushed to the top.
     */
    private static List<Draft> inOrder(Collection<Draft> drafts) {
        List<Draft> out = new ArrayList<>(drafts.stream().filter(x -> x.number != null)
                .sorted(Comparator.comparing(x -> x.number, Meetings::compareNumbers)).toList());
        int top = 0;
        for (Draft x : drafts) {
            if (x.number != null) {
                continue;
            }
            int at = -1;
            for (int i = 0; i < out.size() && x.after != null; i++) {
                if (key(x.after).equals(key(out.get(i).number))) {
                    at = i + 1;
                }
            }
            if (at < 0) {
                out.add(top++, x);
            } else {
                // after its numbered item and any unnumbered ones already placed there
                while (at < out.size() && out.get(at).number == null) {
                    at++;
                }
                out.add(at, x);
            }
        }
        return out;
    }

    private static int rank(LogicalDocument d) {
        int i = SKELETON.indexOf(d.kind());
        return i < 0 ? SKELETON.size() : i;
    }

    private static Paper paper(LogicalDocument d) {
        return new Paper(d.id(), d.title(), d.kind(), !d.location().wholeFile());
    }

    /** The item whose title shares most topic words with the given title (at least 60% of the shorter one's), or null. */
    private static Draft byTitle(Collection<Draft> items, String title) {
        Set<String> words = words(title);
        Draft best = null;
        double bestScore = 0.6;
        for (Draft item : items) {
            Set<String> other = words(item.title);
            if (words.isEmpty() || other.isEmpty() || AgendaTopic.procedural(String.join(" ", other))) {
                continue;
            }
            long shared = words.stream().filter(other::contains).count();
            double score = (double) shared / Math.min(words.size(), other.size());
            if (score > bestScore || best == null && score >= bestScore) {
                best = item;
                bestScore = score;
            }
        }
        return best;
    }

    private static Set<String> words(String title) {
        String topic = AgendaTopic.of(title);
        // a title may repeat a word ("geen bezwaar, geen wensen"): a set of its words, not Set.of, which refuses doubles
        return Arrays.stream(topic.split(" ")).filter(w -> w.length() > 2).collect(Collectors.toSet());
    }

    private static String passage(LogicalDocument d, AgendaItem a) {
        if (a.text() != null && !a.text().isBlank()) {
            return a.text();
        }
        List<Block> blocks = d.blocks();
        return blocks.subList(Math.min(a.blockStart() + 1, blocks.size()), Math.min(Math.max(a.blockEnd(), a.blockStart() + 1), blocks.size()))
                .stream().map(Block::text).filter(t -> t != null).collect(Collectors.joining(" "));
    }

    private static String shorten(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= PASSAGE_CHARS) {
            return t;
        }
        int cut = t.lastIndexOf(' ', PASSAGE_CHARS);
        return t.substring(0, cut > 0 ? cut : PASSAGE_CHARS) + " …";
    }

    /** An item's key: its number, or for an item without one (minutes' "Mondelinge vragen") its title. */
    private static String key(AgendaItem a) {
        return a.number() != null ? key(a.number()) : "#" + Folding.fold(a.title());
    }

    private static String key(String number) {
        return number == null ? "" : number.strip().replaceAll("[.)]+$", "").toLowerCase(Locale.ROOT);
    }

    /** "2" before "5.1" before "10": numeric parts as numbers, the rest as text. */
    static int compareNumbers(String a, String b) {
        String[] x = key(a).split("[^0-9a-z]+|(?<=[0-9])(?=[a-z])"), y = key(b).split("[^0-9a-z]+|(?<=[0-9])(?=[a-z])");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d{1,9}") && y[i].matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /** An item while the meeting's documents are read. */
    private static final class Draft {
        final String number;
        final String title;
        final String docId;
        final String itemId;
        final List<Paper> papers = new ArrayList<>();
        final List<Decision> decisions = new ArrayList<>();
        Passage minutes;
        /** For an item without a number: the number of the item before it in its document, or null. */
        String after;

        Draft(String number, String title, String docId, String itemId) {
            this.number = number;
            this.title = title;
            this.docId = docId;
            this.itemId = itemId;
        }

        MeetingItem item() {
            return new MeetingItem(number, title, docId, itemId, papers, decisions, minutes);
        }
    }
}
