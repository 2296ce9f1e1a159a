package nl.gremium.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.gremium.meeting.Meeting;
import nl.gremium.meeting.MeetingItem;
import nl.gremium.meeting.Meetings;
import nl.gremium.meeting.Paper;
import nl.gremium.model.Decision;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Motion;
import nl.gremium.store.ConfidentialityMarks;
import nl.gremium.store.DataStore;
import nl.gremium.store.Json;
import nl.gremium.text.Folding;

/**
 * Meetings, agenda items, documents, decisions and motions in the shape of Open Raadsinformatie (Popolo and
 * schema.org names: {@code Meeting}, {@code AgendaItem}, {@code MediaObject}, {@code Motion}, {@code VoteEvent}),
 * one JSON object a line like OpenBesluitvorming's NDJSON; the mapping is in {@code docs/OPENDATA.md}, the schema
 * in {@code docs/opendata.schema.json}. With a date, a change feed: only what was (re)stored since then, after a
 * {@code Deleted} line for each document withdrawn since. The caller passes the documents that may be published
 * (never confidential ones).
 */
public final class OpenDataExport {
    /** The id scheme of every exported object: "gremium:meeting/…", "gremium:document/…". */
    public static final String PREFIX = "gremium:";

    private OpenDataExport() {}

    /**
     * The objects, documents first, then per meeting the meeting, its items and its decisions, then the motions.
     *
     * @param modified when each document was last stored (by id)
     * @param since    only objects of documents stored on or after this instant; null for everything
     */
    public static List<Map<String, Object>> objects(Collection<LogicalDocument> docs, Function<String, Instant> modified, Instant since) {
        return objects(docs, modified, since, Map.of());
    }

    /**
     * As {@link #objects(Collection, Function, Instant)}; a change feed ({@code since} given) starts with a
     * {@code Deleted} object for each withdrawn document ({@link #withdrawnSince}) that is not among {@code docs}.
     */
    public static List<Map<String, Object>> objects(Collection<LogicalDocument> docs, Function<String, Instant> modified, Instant since,
                                                    Map<String, Instant> withdrawn) {
        Map<String, LogicalDocument> byId = new LinkedHashMap<>();
        docs.stream().sorted((a, b) -> a.id().compareTo(b.id())).forEach(d -> byId.put(d.id(), d));
        List<Map<String, Object>> out = new ArrayList<>();
        if (since != null) {
            new TreeMap<>(withdrawn).forEach((id, when) -> {
                if (!byId.containsKey(id) && changed(when, since)) {
                    Map<String, Object> gone = object("Deleted", id("document", id), "", when);
                    gone.put("deleted", when.toString());
                    out.add(gone);
                }
            });
        }
        for (LogicalDocument d : byId.values()) {
            Instant m = modified.apply(d.id());
            if (changed(m, since)) {
                out.add(document(d, m));
            }
        }
        for (Meeting meeting : Meetings.derive(byId.values())) {
            Instant m = meeting.documents().stream().map(p -> modified.apply(p.docId())).filter(Objects::nonNull)
                    .max(Instant::compareTo).orElse(null);
            if (!changed(m, since)) {
                continue;
            }
            String meetingId = id("meeting", meeting.id());
            Map<String, Object> o = object("Meeting", meetingId, meeting.body() + " " + meeting.date(), m);
            o.put("start_date", meeting.date().toString());
            o.put("committee", meeting.body());
            put(o, "organization", organisation(meeting, byId));
            o.put("agenda", meeting.items().stream().map(i -> itemId(meeting, i)).toList());
            o.put("attachment", meeting.documents().stream().map(p -> id("document", p.docId())).toList());
            put(o, "previous", meeting.previous() == null ? null : id("meeting", meeting.previous()));
            put(o, "next", meeting.next() == null ? null : id("meeting", meeting.next()));
            out.add(o);
            int position = 0;
            for (MeetingItem item : meeting.items()) {
                Map<String, Object> a = object("AgendaItem", itemId(meeting, item), item.title(), m);
                a.put("parent", meetingId);
                a.put("position", ++position);
                a.put("identifier", item.number());
                a.put("start_date", meeting.date().toString());
                a.put("attachment", item.papers().stream().map(Paper::docId).map(x -> id("document", x)).toList());
                if (item.minutes() != null) {
                    a.put("minutes", item.minutes().text());
                    a.put("minutes_document", id("document", item.minutes().docId()));
                }
                out.add(a);
                for (Decision dec : item.decisions()) {
                    Map<String, Object> v = object("VoteEvent", id("decision", dec.id()), dec.text(), m);
                    v.put("agenda_item", itemId(meeting, item));
                    v.put("start_date", meeting.date().toString());
                    v.put("organization", meeting.body());
                    put(v, "result", dec.outcome() == null ? null : dec.outcome().name());
                    put(v, "result_text", dec.outcomeText());
                    v.put("document", id("document", documentOf(dec, meeting, byId)));
                    out.add(v);
                }
            }
        }
        Map<String, Map<String, Object>> people = new TreeMap<>();
        for (LogicalDocument d : byId.values()) {
            Instant m = modified.apply(d.id());
            if (!changed(m, since)) {
                continue;
            }
            for (Motion mo : d.tags().motions()) {
                Map<String, Object> o = object("Motion", id("motion", mo.id()), mo.title() == null ? d.title() : mo.title(), m);
                o.put("classification", mo.kind().name());
                put(o, "identifier", mo.number());
                o.put("creator", mo.submitters());
                o.put("party", mo.parties());
                o.put("creator_id", mo.submitters().stream().map(n -> actor(people, "Person", "person", n, null, m)).toList());
                o.put("party_id", mo.parties().stream().map(n -> actor(people, "Organization", "organization", n, "party", m)).toList());
                put(o, "result", mo.outcome() == null ? null : mo.outcome().name());
                put(o, "result_text", mo.outcomeText());
                put(o, "result_source", mo.outcomeSource() == null ? null : id("decision", mo.outcomeSource()));
                o.put("document", id("document", d.id()));
                if (d.metadata() != null) {
                    put(o, "date", d.metadata().date() == null ? null : d.metadata().date().toString());
                    put(o, "committee", d.metadata().body());
                }
                out.add(o);
            }
        }
        out.addAll(people.values()); // the submitters and parties of the motions above, once each
        return out;
    }

    /**
     * A Popolo {@code Person} or {@code Organization} for a name as printed, made once per run; its id is the
     * folded name, so "De Vries" and "de Vries" are one.
     */
    private static String actor(Map<String, Map<String, Object>> seen, String type, String kind, String name, String classification,
                                Instant modified) {
        String id = id(kind, Folding.slug(name));
        Map<String, Object> o = seen.computeIfAbsent(id, k -> {
            Map<String, Object> x = object(type, k, name, modified);
            put(x, "classification", classification);
            return x;
        });
        if (modified != null && (o.get("modified") == null || modified.toString().compareTo((String) o.get("modified")) > 0)) {
            o.put("modified", modified.toString());
        }
        return id;
    }

    /**
     * Documents a change feed must tell its consumers to drop, with when: removed from the data folder by an
     * ingest (a changed file's old parts, a file gone from a re-ingested folder; from the run reports in
     * {@code runs/}), or marked confidential by the secretariat, since {@code since}. The caller leaves out the ones
     * its reader may still see.
     */
    public static Map<String, Instant> withdrawnSince(DataStore store, Instant since) {
        Map<String, Instant> out = new HashMap<>();
        if (Files.isDirectory(store.runsDir())) {
            try (Stream<Path> runs = Files.list(store.runsDir())) {
                for (Path run : runs.filter(f -> f.getFileName().toString().endsWith("-ingest.json")).sorted().toList()) {
                    JsonNode report = Json.mapper().readTree(run.toFile());
                    Instant when = Instant.parse(report.path("startedAt").asText("1970-01-01T00:00:00Z"));
                    if (since == null || !when.isBefore(since)) {
                        report.path("summary").path("removedIds").forEach(id -> out.merge(id.asText(), when, (a, b) -> a.isAfter(b) ? a : b));
                    }
                }
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("cannot read the ingest run reports in " + store.runsDir() + ": " + e.getMessage(), e);
            }
        }
        ConfidentialityMarks marks = new ConfidentialityMarks(store);
        Map<String, Boolean> latest = marks.latest();
        for (ConfidentialityMarks.Mark m : marks.all()) {
            if (m.confidential() && Boolean.TRUE.equals(latest.get(m.docId())) && (since == null || !m.when().isBefore(since))) {
                out.merge(m.docId(), m.when(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return out;
    }

    /** When a document was last stored: its JSON file's modification time in the data folder, null when gone. */
    public static Function<String, Instant> storedAt(DataStore store) {
        return id -> {
            try {
                return Files.getLastModifiedTime(store.docPath(id)).toInstant();
            } catch (IOException e) {
                return null;
            }
        };
    }

    /** The start of a day in the Netherlands, where the boards meet: "--since 2025-07-01" means from that morning on. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant();
    }

    /** Writes the objects as NDJSON; the number written. */
    public static int write(List<Map<String, Object>> objects, Writer w) {
        try {
            for (Map<String, Object> o : objects) {
                w.write(Json.mapper().writeValueAsString(o));
                w.write('\n');
            }
            w.flush();
            return objects.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> document(LogicalDocument d, Instant modified) {
        Map<String, Object> o = object("MediaObject", id("document", d.id()), d.title() == null ? d.source().fileName() : d.title(), modified);
        o.put("additionalType", d.kind() == null ? "other" : d.kind().name());
        o.put("file_name", d.source().fileName());
        put(o, "content_type", d.source().mediaType());
        o.put("page_start", d.pageStart());
        o.put("page_end", d.pageEnd());
        if (d.metadata() != null) {
            put(o, "organization", d.metadata().organisation());
            put(o, "committee", d.metadata().body());
            LocalDate date = d.metadata().date();
            put(o, "date", date == null ? null : date.toString());
            put(o, "language", d.metadata().language());
        }
        o.put("url", "/documents/" + d.id());
        return o;
    }

    private static Map<String, Object> object(String type, String id, String name, Instant modified) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("@type", type);
        o.put("@id", id);
        o.put("name", name == null ? "" : name);
        put(o, "modified", modified == null ? null : modified.toString());
        return o;
    }

    private static void put(Map<String, Object> o, String key, Object value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    private static boolean changed(Instant modified, Instant since) {
        return since == null || modified != null && !modified.isBefore(since);
    }

    private static String id(String kind, String local) {
        return PREFIX + kind + "/" + local;
    }

    private static String itemId(Meeting m, MeetingItem i) {
        return id("agenda-item", m.id() + "/" + i.key());
    }

    private static String organisation(Meeting m, Map<String, LogicalDocument> byId) {
        return m.documents().stream().map(p -> byId.get(p.docId())).filter(Objects::nonNull).map(LogicalDocument::metadata)
                .filter(Objects::nonNull).map(x -> x.organisation()).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The document a decision was found in: the one of the meeting whose tags hold it. */
    private static String documentOf(Decision dec, Meeting m, Map<String, LogicalDocument> byId) {
        return m.documents().stream().map(p -> byId.get(p.docId())).filter(Objects::nonNull)
                .filter(d -> d.tags().decisions().contains(dec)).map(LogicalDocument::id).findFirst().orElse(m.documents().get(0).docId());
    }
}
