package nl.gremium.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.gremium.meeting.MeetingsTest;
import nl.gremium.model.Block;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Metadata;
import nl.gremium.model.Motion;
import nl.gremium.model.Outcome;
import nl.gremium.model.SourceFile;
import nl.gremium.model.Tags;
import nl.gremium.store.ConfidentialityMarks;
import nl.gremium.store.DataStore;
import nl.gremium.store.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The open-data export validates against the schema documented in docs/, and its change feed keeps only what changed. */
class OpenDataExportTest {
    static final Instant OLD = Instant.parse("2025-06-01T10:00:00Z");
    static final Instant NEW = Instant.parse("2025-07-01T10:00:00Z");
    static final LocalDate NEW_DAY = LocalDate.of(2025, 7, 1);

    private static Schema schema() throws Exception {
        Path file = Path.of("..", "..", "docs", "opendata.schema.json");
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(Json.mapper().readTree(Files.readString(file)));
    }

    /** The June decision list was stored later than the rest. */
    private static Instant modified(String id) {
        return id.startsWith("d") ? NEW : OLD;
    }

    @Test
    void everyLineValidatesAgainstTheDocumentedSchema() throws Exception {
        List<LogicalDocument> docs = MeetingsTest.docs();
        StringWriter w = new StringWriter();
        int n = OpenDataExport.write(OpenDataExport.objects(docs, OpenDataExportTest::modified, null), w);
        List<String> lines = w.toString().lines().toList();
        assertEquals(n, lines.size());
        Schema schema = schema();
        Map<String, Long> types = new TreeMap<>();
        for (String line : lines) {
            JsonNode o = Json.mapper().readTree(line);
            List<Error> errors = schema.validate(o);
            assertTrue(errors.isEmpty(), line + " → " + errors);
            types.merge(o.get("@type").asText(), 1L, Long::sum);
        }
        assertEquals(Map.of("AgendaItem", 4L, "MediaObject", 5L, "Meeting", 2L, "VoteEvent", 2L), types);
        JsonNode item = lines.stream().map(OpenDataExportTest::tree).filter(o -> o.get("@id").asText().endsWith("2025-05-14/5.1"))
                .findFirst().orElseThrow();
        assertEquals("gremium:meeting/algemeen-bestuur-2025-05-14", item.get("parent").asText());
        assertEquals(2, item.get("position").asInt());
        assertEquals("gremium:document/c000000000000000-01", item.at("/attachment/0").asText());
        // the schema can fail: an item without its meeting does not validate
        ObjectNode broken = (ObjectNode) item.deepCopy();
        broken.remove("parent");
        assertFalse(schema.validate(broken).isEmpty(), "the schema requires an agenda item's parent");
    }

    @Test
    void theChangeFeedHoldsOnlyWhatWasStoredSince() {
        List<Map<String, Object>> feed = OpenDataExport.objects(MeetingsTest.docs(), OpenDataExportTest::modified, NEW);
        assertEquals(List.of("gremium:document/d000000000000000-01", "gremium:meeting/algemeen-bestuur-2025-06-25",
                        "gremium:agenda-item/algemeen-bestuur-2025-06-25/3", "gremium:decision/d3"),
                feed.stream().map(o -> (String) o.get("@id")).collect(Collectors.toList()));
        assertTrue(OpenDataExport.objects(MeetingsTest.docs(), OpenDataExportTest::modified, NEW.plusSeconds(1)).isEmpty());
    }

    @Test
    void theChangeFeedTellsWhichDocumentsWereWithdrawn(@TempDir Path dir) throws Exception {
        DataStore store = new DataStore(dir);
        Files.createDirectories(store.runsDir());
        // an ingest that replaced a changed file removed its old document; an older run removed one before the date
        Files.writeString(store.runsDir().resolve("20250702-090000-000-ingest.json"),
                "{\"startedAt\":\"2025-07-02T09:00:00Z\",\"summary\":{\"removedIds\":[\"9000000000000000-01\"]}}");
        Files.writeString(store.runsDir().resolve("20250501-090000-000-ingest.json"),
                "{\"startedAt\":\"2025-05-01T09:00:00Z\",\"summary\":{\"removedIds\":[\"8000000000000000-01\"]}}");
        ConfidentialityMarks marks = new ConfidentialityMarks(store, Clock.fixed(NEW.plusSeconds(60), ZoneOffset.UTC));
        marks.set("c000000000000000-01", true, "secretariaat"); // the proposal, marked confidential after the date
        Map<String, Instant> withdrawn = OpenDataExport.withdrawnSince(store, NEW);
        assertEquals(Set.of("9000000000000000-01", "c000000000000000-01"), withdrawn.keySet());

        List<LogicalDocument> visible = MeetingsTest.docs().stream().filter(d -> !d.id().startsWith("c")).toList();
        List<Map<String, Object>> feed = OpenDataExport.objects(visible, OpenDataExportTest::modified, NEW, withdrawn);
        assertEquals(List.of("gremium:document/9000000000000000-01", "gremium:document/c000000000000000-01"),
                feed.stream().filter(o -> "Deleted".equals(o.get("@type"))).map(o -> (String) o.get("@id")).toList());
        assertEquals("Deleted", feed.get(0).get("@type"), "withdrawals first");
        Schema schema = schema();
        for (Map<String, Object> o : feed) {
            assertTrue(schema.validate(Json.mapper().valueToTree(o)).isEmpty(), o.toString());
        }
        List<Map<String, Object>> cleared = OpenDataExport.objects(MeetingsTest.docs(), OpenDataExportTest::modified, NEW, withdrawn);
        assertEquals(1, cleared.stream().filter(o -> "Deleted".equals(o.get("@type"))).count(),
                "a reader who may see the marked document gets no withdrawal of it");
        assertTrue(OpenDataExport.objects(visible, OpenDataExportTest::modified, null, withdrawn).stream()
                .noneMatch(o -> "Deleted".equals(o.get("@type"))), "a full export has nothing to withdraw");
    }

    @Test
    void theMotionsSubmittersAndPartiesArePersonsAndOrganisationsOnce() throws Exception {
        LogicalDocument first = motionDoc("m100000000000000-01", new Motion("m1#1", DocKind.motion, "M1", "Motie groen in de wijk",
                List.of("Jansen", "de Vries"), List.of("VVD", "CDA"), Outcome.adopted, "aangenomen", 1));
        LogicalDocument second = motionDoc("m200000000000000-01", new Motion("m2#1", DocKind.amendment, "A1", "Amendement fietspad",
                List.of("De Vries"), List.of("VVD"), null, null, 1));
        List<Map<String, Object>> all = OpenDataExport.objects(List.of(first, second), OpenDataExportTest::modified, null);
        Schema schema = schema();
        for (Map<String, Object> o : all) {
            assertTrue(schema.validate(Json.mapper().valueToTree(o)).isEmpty(), o.toString());
        }
        assertEquals(List.of("gremium:person/de-vries", "gremium:person/jansen"), ids(all, "Person"), "one person however the name is cased");
        assertEquals(List.of("gremium:organization/cda", "gremium:organization/vvd"), ids(all, "Organization"));
        Map<String, Object> motion = all.stream().filter(o -> "gremium:motion/m1#1".equals(o.get("@id"))).findFirst().orElseThrow();
        assertEquals(List.of("gremium:person/jansen", "gremium:person/de-vries"), motion.get("creator_id"));
        assertEquals(List.of("gremium:organization/vvd", "gremium:organization/cda"), motion.get("party_id"));
    }

    private static List<String> ids(List<Map<String, Object>> objects, String type) {
        return objects.stream().filter(o -> type.equals(o.get("@type"))).map(o -> (String) o.get("@id")).sorted().toList();
    }

    private static LogicalDocument motionDoc(String id, Motion motion) {
        return new LogicalDocument(id, new SourceFile("/in/" + id, id + ".pdf", id.substring(0, 1).repeat(64), 1, "application/pdf", 1),
                1, 1, 1, motion.kind(), new Metadata(motion.title(), "Gemeente Testdorp", "Gemeenteraad", NEW_DAY, null, "nld", false),
                List.of(Block.paragraph(motion.title(), 1)), List.of(),
                new Tags(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(motion)));
    }

    private static JsonNode tree(String line) {
        try {
            return Json.mapper().readTree(line);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
