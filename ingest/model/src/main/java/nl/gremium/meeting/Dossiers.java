package nl.gremium.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gremium.model.Block;
import nl.gremium.model.Decision;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.text.AgendaTopic;
import nl.gremium.text.Folding;

/**
 * Groups agenda items into dossiers: items with the same topic (the recurring topics of the analytics, the
 * fixed items of every meeting left out) or citing the same reference are one matter; letters and reports
 * outside meetings join when they cite a reference of it. A dossier spans at least two meetings.
 */
public final class Dossiers {
    private static final Set<DocKind> MEETING_RECORDS = Set.of(DocKind.agenda, DocKind.minutes, DocKind.decision_list);

    private Dossiers() {}

    /** The dossiers of the meetings and documents, the one with most meetings first. */
    public static List<Dossier> derive(List<Meeting> meetings, Collection<LogicalDocument> docs) {
        Map<String, LogicalDocument> byId = docs.stream().collect(Collectors.toMap(LogicalDocument::id, Function.identity(), (a, b) -> a));
        List<DossierEntry> nodes = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        Set<String> inMeetings = new LinkedHashSet<>();
        for (Meeting m : meetings) {
            m.documents().forEach(p -> inMeetings.add(p.docId()));
            for (MeetingItem item : m.items()) {
                StringBuilder text = new StringBuilder(Objects.toString(item.title(), ""));
                item.decisions().forEach(d -> text.append('\n').append(d.text()));
                if (item.minutes() != null) {
                    text.append('\n').append(item.minutes().text());
                }
                item.papers().forEach(p -> text.append('\n').append(fullText(byId.get(p.docId()))));
                nodes.add(new DossierEntry(m.date(), m.body(), m.id(), item.number(), item.title(), item.docId(), item.itemId(),
                        item.decisions(), List.copyOf(References.in(text.toString()))));
                topics.add(AgendaTopic.of(item.title()));
            }
        }
        for (LogicalDocument d : byId.values().stream().sorted(Comparator.comparing(LogicalDocument::id)).toList()) {
            if (!inMeetings.contains(d.id()) && !MEETING_RECORDS.contains(d.kind()) && d.metadata() != null) {
                Set<String> refs = References.in(fullText(d));
                if (!refs.isEmpty()) {
                    nodes.add(new DossierEntry(d.metadata().date(), d.metadata().organisation(), null, null, d.title(), d.id(), null,
                            d.tags().decisions(), List.copyOf(refs)));
                    topics.add("");
                }
            }
        }
        int[] parent = new int[nodes.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            List<String> keys = new ArrayList<>();
            if (!AgendaTopic.procedural(topics.get(i))) {
                keys.add("t:" + topics.get(i));
            }
            nodes.get(i).references().forEach(r -> keys.add("r:" + r));
            for (String k : keys) {
                Integer j = firstWithKey.putIfAbsent(k, i);
                if (j != null) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Dossier> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (List<Integer> group : groups.values()) {
            List<DossierEntry> timeline = group.stream().map(nodes::get)
                    .sorted(Comparator.comparing(DossierEntry::date, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(e -> Objects.toString(e.body(), "")))
                    .toList();
            long meetingCount = timeline.stream().map(DossierEntry::meetingId).filter(Objects::nonNull).distinct().count();
            if (meetingCount < 2) {
                continue;
            }
            DossierEntry first = timeline.stream().filter(e -> e.meetingId() != null).findFirst().orElseThrow();
            String topic = group.stream().map(topics::get).filter(t -> !AgendaTopic.procedural(t)).findFirst()
                    .orElse(AgendaTopic.of(first.title()));
            Map<String, Long> refCount = timeline.stream().flatMap(e -> e.references().stream())
                    .collect(Collectors.groupingBy(r -> r, Collectors.counting()));
            List<String> shared = new ArrayList<>(new TreeSet<>(refCount.entrySet().stream().filter(e -> e.getValue() > 1)
                    .map(Map.Entry::getKey).toList()));
            List<LocalDate> dates = timeline.stream().map(DossierEntry::date).filter(Objects::nonNull).toList();
            out.add(new Dossier(uniqueId(slug(topic.isBlank() ? first.title() : topic), ids), first.title(), topic,
                    timeline.stream().filter(e -> e.meetingId() != null).map(DossierEntry::body).distinct().toList(),
                    dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1),
                    (int) meetingCount, shared, timeline));
        }
        out.sort(Comparator.comparingInt(Dossier::meetings).reversed().thenComparing(Dossier::id));
        return List.copyOf(out);
    }

    /** The full text of a document (blocks joined), "" when absent. */
    private static String fullText(LogicalDocument d) {
        return d == null ? "" : d.blocks().stream().map(Block::text).filter(Objects::nonNull).collect(Collectors.joining("\n"));
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static String slug(String text) {
        String s = Folding.slug(text);
        String[] words = s.split("-");
        return words.length > 8 ? String.join("-", List.of(words).subList(0, 8)) : s.isEmpty() ? "dossier" : s;
    }

    private static String uniqueId(String base, Set<String> taken) {
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** The decisions of a dossier, in time order. */
    public static List<Decision> decisions(Dossier dossier) {
        return dossier.timeline().stream().flatMap(e -> e.decisions().stream()).toList();
    }
}
