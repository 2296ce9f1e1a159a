package nl.gremium.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.gremium.model.Block;
import nl.gremium.model.Commitment;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import org.junit.jupiter.api.Test;

class CommitmentsTest {
    private static final Commitments.Speaker BAKKER = new Commitments.Speaker("Wethouder Bakker", true);

    /** One gold line: the fields as printed, null for "-". */
    private record Gold(String who, String toWhom, String dueText) {}

    /**
     * Precision and recall on our own minutes (each line one paragraph) against the gold pointers beside it. The
     * text holds as many look-alikes (requests, refusals, members' own plans, earlier commitments, a list of
     * commitments) as commitments, so a rule that fires on every "toe" or "zal" fails here. Thresholds: 0.9 both.
     */
    @Test
    void findsTheCommitmentsOfOurOwnMinutesAndTheirParties() throws IOException {
        List<String> lines = resource("toezeggingen-verslag.txt");
        Map<Integer, Gold> gold = new LinkedHashMap<>();
        for (String l : resource("toezeggingen-gold.tsv")) {
            if (l.startsWith("#") || l.startsWith("line") || l.isBlank()) {
                continue;
            }
            String[] f = l.split("\t");
            gold.put(Integer.parseInt(f[0]), new Gold(dash(f[1]), dash(f[2]), dash(f[3])));
        }
        List<Block> blocks = new ArrayList<>();
        lines.forEach(l -> blocks.add(Docs.p(l)));
        LogicalDocument doc = Docs.of(DocKind.minutes, blocks, List.of());

        List<Commitment> found = Commitments.in(doc);
        int truePositives = 0, fields = 0, fieldsRight = 0;
        List<String> wrong = new ArrayList<>();
        for (Commitment c : found) {
            int line = lines.indexOf(lines.stream().filter(l -> l.contains(c.text())).findFirst().orElse("")) + 1;
            Gold g = gold.get(line);
            if (g == null) {
                wrong.add("not a commitment, line " + line + ": " + c.text());
                continue;
            }
            truePositives++;
            for (String[] pair : List.of(new String[] {g.who(), c.who()}, new String[] {g.toWhom(), c.toWhom()},
                    new String[] {g.dueText(), c.dueText()})) {
                fields++;
                if (same(pair[0], pair[1])) {
                    fieldsRight++;
                } else {
                    wrong.add("line " + line + ": expected '" + pair[0] + "', got '" + pair[1] + "'");
                }
            }
        }
        double precision = found.isEmpty() ? 0 : (double) truePositives / found.size();
        double recall = (double) truePositives / gold.size();
        assertTrue(precision >= 0.9 && recall >= 0.9, "precision " + precision + ", recall " + recall + "; " + wrong);
        assertTrue(fieldsRight >= 0.85 * fields, fieldsRight + "/" + fields + " fields right; " + wrong);
    }

    @Test
    void reckonsTheLastDayOfAPrintedDeadline() {
        LocalDate meeting = LocalDate.of(2026, 3, 12);
        assertEquals(LocalDate.of(2026, 7, 1), Deadline.lastDay("voor de zomer", meeting).orElseThrow());
        assertEquals(LocalDate.of(2026, 9, 30), Deadline.lastDay("na de zomer", meeting).orElseThrow());
        assertEquals(LocalDate.of(2026, 6, 30), Deadline.lastDay("in het tweede kwartaal van 2026", meeting).orElseThrow());
        assertEquals(LocalDate.of(2026, 10, 1), Deadline.lastDay("uiterlijk 1 oktober 2026", meeting).orElseThrow());
        assertEquals(LocalDate.of(2026, 4, 23), Deadline.lastDay("binnen zes weken", meeting).orElseThrow());
        assertEquals(LocalDate.of(2027, 12, 31), Deadline.lastDay("in 2027", meeting).orElseThrow());
        assertTrue(Deadline.lastDay("voor de begrotingsbehandeling", null).isEmpty());
    }

    @Test
    void aQuestionOrARefusalIsNoCommitment() {
        RecordIds ids = new RecordIds("d");
        assertTrue(Commitments.read("Wil de wethouder toezeggen dat de raad wordt geïnformeerd?", null, null, 1, ids).isEmpty());
        assertTrue(Commitments.read("Dat zeg ik niet toe.", BAKKER, null, 1, ids).isEmpty());
        Commitment c = Commitments.read("Ik zeg toe dat de raad een brief krijgt.", BAKKER, null, 1, ids).orElseThrow();
        assertEquals("Wethouder Bakker", c.who());
        assertEquals("de raad", c.toWhom());
        assertNull(c.dueText());
        assertTrue(Commitments.read("Ik zeg toe dat de raad een brief krijgt.", new Commitments.Speaker("Mevrouw Smit", false),
                null, 1, ids).isEmpty(), "a member's own promise");
    }

    @Test
    void readsSpeakerLabels() {
        assertTrue(Commitments.speaker("Wethouder Bakker: Ik zeg u toe.").executive());
        assertTrue(Commitments.speaker("De heer Van Zanen. Daarover zal ik u informeren.").executive());
        assertEquals(false, Commitments.speaker("Mevrouw Smit (GroenLinks): Kan dat?").executive());
        assertEquals(false, Commitments.speaker("Piet de Boer (CDA). Dank u wel.").executive());
        assertNull(Commitments.speaker("De voorzitter opent de vergadering."));
        assertNull(Commitments.speaker("Toezegging: de raad krijgt een brief."));
    }

    private static boolean same(String gold, String found) {
        if (gold == null || found == null) {
            return gold == null && found == null;
        }
        String g = gold.toLowerCase(Locale.ROOT), f = found.toLowerCase(Locale.ROOT);
        return g.contains(f) || f.contains(g);
    }

    private static String dash(String s) {
        return s.equals("-") ? null : s;
    }

    private static List<String> resource(String name) throws IOException {
        try (InputStream in = CommitmentsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
