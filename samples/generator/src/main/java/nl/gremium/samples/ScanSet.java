package nl.gremium.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The OCR test set: scanned copies ({@link ScanRenderer}) of four sample PDFs at one resolution, with slight
 * skew and specks on every page, the minutes' second page fed upside down, the report's last page sideways,
 * and two passages of the December letter blacked out with their Woo grounds. Written on demand, not
 * committed: the measuring command and the tests make them in a temporary folder.
 */
public final class ScanSet {
    public static final String LETTER = "bdur-decemberbrief-2025.pdf";
    public static final String MINUTES = "verslag-ab-2025-07-09.pdf";
    public static final List<String> FILES = List.of("agenda-ab-2025-07-09.pdf", LETTER, MINUTES,
            "inspectierapport-stroomuitval-2025.pdf");
    /** The passages blacked out in the letter, with the grounds printed in their boxes. */
    public static final List<ScanRenderer.Redaction> LETTER_REDACTIONS = List.of(
            new ScanRenderer.Redaction(1, "Postbus 20301", "5.1.2e"),
            new ScanRenderer.Redaction(1, "onjuiste inwoneraantallen", "5.2"));

    private ScanSet() {}

    /** Per scanned file, the phrases hidden under its redaction boxes. */
    public static Map<String, List<String>> blackedOut() {
        return Map.of(LETTER, LETTER_REDACTIONS.stream().map(ScanRenderer.Redaction::phrase).toList());
    }

    /** How each file is scanned at {@code dpi}. */
    public static ScanRenderer.Settings settings(String file, int dpi) {
        ScanRenderer.Settings plain = ScanRenderer.Settings.plain(dpi);
        return switch (file) {
            case LETTER -> plain.with(Map.of(), LETTER_REDACTIONS);
            case MINUTES -> plain.with(Map.of(2, 180), List.of());
            case "inspectierapport-stroomuitval-2025.pdf" -> plain.with(Map.of(3, 90), List.of());
            default -> plain;
        };
    }

    /** Writes the scanned copies of {@link #FILES} from {@code samples} into {@code out}, same file names. */
    public static List<Path> write(Path samples, Path out, int dpi) throws IOException {
        Files.createDirectories(out);
        List<Path> written = new ArrayList<>();
        for (String f : FILES) {
            Path target = out.resolve(f);
            ScanRenderer.scan(samples.resolve(f), target, settings(f, dpi));
            written.add(target);
        }
        return written;
    }
}
