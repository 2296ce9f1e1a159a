package nl.gremium.parse.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Tesseract command-line program with its Dutch model ({@code tesseract-ocr}, {@code tesseract-ocr-nld}).
 * We call the program rather than a binding: it is what the Debian packages install, a page that makes it
 * run away is killed at its own time limit, and its TSV output gives every word with box and confidence.
 * One thread per run (OMP_THREAD_LIMIT=1): parse workers already run side by side.
 */
public final class Tesseract {
    public static final String LANGUAGE = "nld";
    public static final String INSTALL_HINT = "install tesseract-ocr and tesseract-ocr-nld";

    /** The program to run; a test points it elsewhere to see the pipeline without OCR. */
    public static final String COMMAND_PROPERTY = "gremium.ocr.command";

    private static final Map<String, Availability> CACHED = new ConcurrentHashMap<>();

    /** Whether the program and the Dutch model are there, and the version line to show. */
    public record Availability(boolean program, boolean dutch, String version) {
        public boolean usable() {
            return program && dutch;
        }
    }

    private final String command;
    private final Duration pageLimit;
    /** Runs started by this instance, so a test can see which readings a page got. */
    private final AtomicInteger runs = new AtomicInteger();

    public Tesseract(Duration pageLimit) {
        this(command(), pageLimit);
    }

    static String command() {
        return System.getProperty(COMMAND_PROPERTY, "tesseract");
    }

    Tesseract(String command, Duration pageLimit) {
        this.command = command;
        this.pageLimit = pageLimit;
    }

    /** How many times this instance ran the program (readings and orientation checks). */
    public int runs() {
        return runs.get();
    }

    /** Looked up once per process and program: {@code tesseract --version} and {@code --list-langs}. */
    public static Availability availability() {
        return CACHED.computeIfAbsent(command(), Tesseract::probe);
    }

    static Availability probe(String command) {
        try {
            String version = run(List.of(command, "--version"), Duration.ofSeconds(20)).lines()
                    .findFirst().orElse("").strip();
            String langs = run(List.of(command, "--list-langs"), Duration.ofSeconds(20));
            boolean dutch = langs.lines().map(String::strip).anyMatch(LANGUAGE::equals);
            return new Availability(true, dutch, version);
        } catch (IOException | OcrFailure e) {
            return new Availability(false, false, null);
        }
    }

    /** Words of one page image, in Tesseract's reading order. */
    public List<OcrWord> words(Path image, int psm) throws OcrFailure {
        List<String> cmd = List.of(command, image.toString(), "stdout", "-l", LANGUAGE, "--psm", String.valueOf(psm),
                "-c", "preserve_interword_spaces=0", "tsv");
        runs.incrementAndGet();
        try {
            return OcrWord.parseTsv(run(cmd, pageLimit));
        } catch (IOException e) {
            throw new OcrFailure("cannot run tesseract: " + e.getMessage());
        }
    }

    /**
     * Below this, Tesseract's orientation is a guess: text pages, upright or turned, read at 13–19 in our
     * scans and the archive's, a cover photograph with its title at 0.6 (4 December 2026). A guess would only
     * cost a second reading, turned, that loses to the first.
     */
    static final double SURE_ORIENTATION = 1.5;

    /** The clockwise rotation (0, 90, 180, 270) Tesseract's orientation detection reads off a page, or 0. */
    public int rotation(Path image) {
        runs.incrementAndGet();
        try {
            return rotationOf(run(List.of(command, image.toString(), "stdout", "--psm", "0"), pageLimit));
        } catch (IOException | OcrFailure e) {
            return 0; // orientation unknown: keep the page as it is
        }
    }

    /** The rotation in Tesseract's orientation report, or 0 when it gives none or is not sure of it. */
    static int rotationOf(String report) {
        int rotate = 0;
        double confidence = 0;
        try {
            for (String line : report.lines().toList()) {
                if (line.startsWith("Rotate:")) {
                    rotate = Integer.parseInt(line.substring("Rotate:".length()).strip());
                } else if (line.startsWith("Orientation confidence:")) {
                    confidence = Double.parseDouble(line.substring("Orientation confidence:".length()).strip());
                }
            }
        } catch (NumberFormatException e) {
            return 0;
        }
        return confidence >= SURE_ORIENTATION ? rotate : 0;
    }

    private static String run(List<String> cmd, Duration limit) throws IOException, OcrFailure {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(cmd));
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        Path out = Files.createTempFile("gremium-ocr-", ".txt");
        try {
            pb.redirectOutput(out.toFile());
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process p = pb.start();
            try {
                if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                    throw new OcrFailure("OCR timed out after " + limit.toSeconds() + " s");
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new OcrFailure("interrupted");
            }
            if (p.exitValue() != 0) {
                throw new OcrFailure("tesseract exited with code " + p.exitValue());
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
