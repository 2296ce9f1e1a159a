package nl.gremium.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.store.DataStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two motions of one party in one debate share most of their words (the council's preamble, the considerations
 * of the debate, the signatures) and are still two documents; the same motion republished under a new number is one.
 */
class ContentFingerprintTest {
    private static final String PREAMBLE = """
            De gemeenteraad van Zeeweide, in vergadering bijeen op donderdag 12 juni 2025, ter bespreking van het
            raadsvoorstel over de woonvisie voor de jaren 2025 tot en met 2030 en de uitvoeringsagenda die daarbij hoort,
            constaterende dat het aantal woningzoekenden in de gemeente de afgelopen vijf jaar sterk is gegroeid en dat de
            gemiddelde wachttijd voor een sociale huurwoning inmiddels ruim negen jaar bedraagt,
            overwegende dat jongeren, ouderen en alleenstaanden het meest getroffen worden door het tekort aan betaalbare
            woningen en dat de corporaties aangeven dat zij zonder steun van de gemeente hun bouwopgave niet halen,
            overwegende dat de raad in eerdere debatten heeft uitgesproken dat betaalbaar wonen een topprioriteit is,
            """;
    private static final String SIGNED = """
            en gaat over tot de orde van de dag.
            Frederique van Dalen, Partij voor de Buurt
            Joost Ammerlaan, Partij voor de Buurt
            """;

    private static List<Block> motion(String number, String title, String request) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph(number, 1));
        blocks.add(Block.heading("Motie " + title, 1, 1, null));
        blocks.add(Block.paragraph(PREAMBLE, 1));
        blocks.add(Block.paragraph(request, 1));
        blocks.add(Block.paragraph(SIGNED, 1));
        return blocks;
    }

    private static final List<Block> BUILD = motion("RIS-2025-114", "Bouw door op de Oosterkade",
            "verzoekt het college om de kavels aan de Oosterkade nog dit jaar aan te bieden aan de corporaties, met een "
                    + "grondprijs die sociale huur mogelijk maakt, en de raad daarover voor de zomer te informeren,");
    private static final List<Block> STUDENTS = motion("RIS-2025-115", "Kamers voor studenten boven winkels",
            "draagt het college op een regeling te maken waarmee eigenaren van winkelpanden de lege verdiepingen erboven "
                    + "kunnen verbouwen tot studentenkamers, en daarvoor een fonds van twee miljoen euro in te stellen,");

    @Test
    void twoMotionsWithTheSameBoilerplateDoNotOverlapEnough() {
        double overlap = ContentFingerprint.overlap(BUILD, STUDENTS);
        assertTrue(overlap < ContentCatalog.SAME_DOCUMENT, "overlap " + overlap);
        assertTrue(overlap > 0.4, "they do share most runs: " + overlap);
    }

    @Test
    void theSameMotionUnderANewNumberIsTheSameText() {
        List<Block> republished = new ArrayList<>(BUILD);
        republished.set(0, Block.paragraph("RIS-2025-131", 1));
        assertTrue(ContentFingerprint.overlap(BUILD, republished) >= ContentCatalog.SAME_DOCUMENT);
        assertEquals(1.0, ContentFingerprint.overlap(BUILD, BUILD));
    }

    @Test
    void ingestKeepsTwoMotionsApartAndMergesARepublishedOne(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("motie-oosterkade.txt"), text(BUILD));
        Files.writeString(in.resolve("motie-studentenkamers.txt"), text(STUDENTS));
        Files.writeString(in.resolve("motie-oosterkade-herpublicatie.txt"),
                text(BUILD).replace("RIS-2025-114", "RIS-2025-131"));
        DataStore store = new DataStore(tmp.resolve("data"));
        try (Ingestor ingestor = new Ingestor(store)) {
            ingestor.ingest(List.of(in));
        }
        assertEquals(2, store.documents().size());
    }

    private static String text(List<Block> blocks) {
        return String.join("\n\n", blocks.stream().map(Block::text).toList());
    }
}
