package nl.gremium.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.gremium.model.Block;
import nl.gremium.model.DocKind;
import org.junit.jupiter.api.Test;

/**
 * Confidentiality measured on test documents of our own writing (confidentiality-cases.txt): stamps in
 * their forms, classification fields, Woo grounds, and the look-alikes that must stay public.
 */
class ConfidentialityTest {
    private record Case(String name, boolean confidential, List<Block> blocks) {}

    @Test
    void everyStampFormIsFoundAndNoLookAlikeIs() throws IOException {
        List<Case> cases = cases();
        MetadataExtractor extractor = new MetadataExtractor();
        int tp = 0, fp = 0, fn = 0;
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            boolean found = extractor.extract(c.blocks(), DocKind.other).confidential();
            if (found && c.confidential()) {
                tp++;
            } else if (found) {
                fp++;
                wrong.add("public but marked confidential: " + c.name());
            } else if (c.confidential()) {
                fn++;
                wrong.add("confidential but missed: " + c.name());
            }
        }
        System.out.printf(Locale.ROOT, "confidentiality on %d test documents: precision %.3f, recall %.3f%n", cases.size(),
                tp / (double) Math.max(1, tp + fp), tp / (double) Math.max(1, tp + fn));
        assertTrue(cases.size() >= 20, "the case file has its cases");
        assertEquals(List.of(), wrong);
    }

    private static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = ConfidentialityTest.class.getResourceAsStream("confidentiality-cases.txt")) {
            String name = null;
            boolean confidential = false;
            List<Block> blocks = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("== ")) {
                    if (name != null) {
                        out.add(new Case(name, confidential, List.copyOf(blocks)));
                    }
                    String[] head = line.substring(3).split(":", 2);
                    confidential = head[0].strip().equals("confidential");
                    name = head[1].strip();
                    blocks.clear();
                } else if (name != null && !line.isBlank() && !line.startsWith("# ")) {
                    blocks.add(Block.paragraph(line.strip(), 1));
                }
            }
            if (name != null) {
                out.add(new Case(name, confidential, List.copyOf(blocks)));
            }
        }
        return out;
    }
}
