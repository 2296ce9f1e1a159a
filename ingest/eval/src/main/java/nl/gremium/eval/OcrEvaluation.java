package nl.gremium.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.gremium.model.Block;
import nl.gremium.model.LogicalDocument;
import nl.gremium.parse.ParseFailure;
import nl.gremium.parse.ParsedFile;
import nl.gremium.parse.TikaDocumentParser;
import nl.gremium.text.BlockText;
import nl.gremium.text.CharacterErrorRate;

/**
 * OCR against its source: a scanned copy of a born-digital PDF is parsed (pages read by OCR) and its text
 * compared with the original's text layer by character error rate (edit distance over the original's
 * length, whitespace collapsed, redaction marks left out); then both sets are ingested and their tags
 * scored against the same gold, so the loss from scanning shows per type.
 */
public final class OcrEvaluation {

    /** One scanned file: its pages, those read by OCR, CER, parse seconds, mean confidence, redactions found. */
    public record FileScore(String file, int dpi, int pages, int ocrPages, double cer, double seconds,
                            double confidence, int redactions) {}

    /** The files of one resolution and the tags of the scanned and born-digital sets against gold. */
    public record Result(int dpi, List<FileScore> files, TagEvaluation.Result bornDigital, TagEvaluation.Result scanned) {
        public double cer() {
            double chars = 0;
            double errors = 0;
            for (FileScore f : files) {
                errors += f.cer() * f.pages();
                chars += f.pages();
            }
            return chars == 0 ? 0 : errors / chars;
        }

        public double pagesPerSecond() {
            return files.stream().mapToInt(FileScore::ocrPages).sum()
                    / Math.max(1e-9, files.stream().mapToDouble(FileScore::seconds).sum());
        }

        public void print(PrintStream out) {
            out.printf(Locale.ROOT, "OCR at %d dpi: CER %.2f%% (page-weighted), %.2f pages/s%n", dpi, 100 * cer(),
                    pagesPerSecond());
            out.printf(Locale.ROOT, "  %-40s %5s %4s %7s %6s %6s %4s%n", "file", "pages", "ocr", "CER", "conf", "s", "red");
            for (FileScore f : files) {
                out.printf(Locale.ROOT, "  %-40s %5d %4d %6.2f%% %6.2f %6.1f %4d%n", f.file(), f.pages(), f.ocrPages(),
                        100 * f.cer(), f.confidence(), f.seconds(), f.redactions());
            }
            out.printf(Locale.ROOT, "  %-15s %12s %12s %8s%n", "F1", "born-digital", "scanned", "delta");
            for (String t : TagEvaluation.TYPES) {
                double a = bornDigital.score(t).f1();
                double b = scanned.score(t).f1();
                if (bornDigital.score(t).gold() > 0) {
                    out.printf(Locale.ROOT, "  %-15s %12.3f %12.3f %+8.3f%n", t, a, b, b - a);
                }
            }
            // what scanning lost or added: the scans' text misses that the born-digital files do not have
            List<String> lost = scanned.misses().stream()
                    .filter(m -> !m.contains(" amount ") && !bornDigital.misses().contains(m)).toList();
            if (!lost.isEmpty()) {
                out.println("  misses on the scans only:");
                lost.forEach(m -> out.println("    " + m));
            }
        }
    }

    private OcrEvaluation() {}

    /**
     * Scores the scanned copies in {@code scans} (same file names as in {@code originals}) against the
     * originals and the gold files of {@code goldCorpus}/gold that name them; {@code blackedOut} names, per
     * file, the phrases the scan hides under redaction boxes (not counted as misread: they must be absent).
     */
    public static Result evaluate(int dpi, Path originals, Path scans, Path goldCorpus, Map<String, List<String>> blackedOut) {
        List<FileScore> files = new ArrayList<>();
        TikaDocumentParser parser = new TikaDocumentParser();
        try (var list = Files.list(scans)) {
            for (Path scan : list.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                files.add(score(parser, originals.resolve(scan.getFileName()), scan, dpi,
                        blackedOut.getOrDefault(scan.getFileName().toString(), List.of())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path gold = goldFor(goldCorpus, files.stream().map(FileScore::file).toList());
        Map<String, List<LogicalDocument>> scanned = TagEvaluation.retagged(CorpusRun.ingest(scans, null).byFile());
        Path copies = copies(originals, files.stream().map(FileScore::file).toList());
        Map<String, List<LogicalDocument>> born = TagEvaluation.retagged(CorpusRun.ingest(copies, null).byFile());
        return new Result(dpi, files, TagEvaluation.evaluate(gold, born), TagEvaluation.evaluate(gold, scanned));
    }

    static FileScore score(TikaDocumentParser parser, Path original, Path scan, int dpi, List<String> blackedOut) {
        try {
            String reference = BlockText.words(parser.parse(original).blocks());
            for (String phrase : blackedOut) {
                reference = reference.replace(phrase, " ").replaceAll("\\s+", " ");
            }
            long t0 = System.nanoTime();
            ParsedFile read = parser.parse(scan);
            double seconds = (System.nanoTime() - t0) / 1e9;
            String text = BlockText.words(read.blocks());
            double conf = read.blocks().stream().filter(b -> b.ocrConfidence() != null)
                    .mapToDouble(Block::ocrConfidence).average().orElse(0);
            int redactions = read.blocks().stream().mapToInt(b -> b.redactions() == null ? 0 : b.redactions().size()).sum();
            return new FileScore(scan.getFileName().toString(), dpi, read.source().pageCount(), read.ocrPages(),
                    CharacterErrorRate.of(reference, text), seconds, conf, redactions);
        } catch (ParseFailure e) {
            throw new IllegalStateException(scan + ": " + e.reason(), e);
        }
    }

    /** A corpus folder whose gold/ holds only the gold files of the given source files. */
    private static Path goldFor(Path goldCorpus, List<String> fileNames) {
        try {
            Path corpus = Files.createTempDirectory("gremium-ocr-gold-");
            Path gold = Files.createDirectories(corpus.resolve("gold"));
            for (Path g : TagEvaluation.goldFiles(goldCorpus)) {
                String file = Path.of(TagEvaluation.read(g).path("file").asText()).getFileName().toString();
                if (fileNames.contains(file)) {
                    Files.copy(g, gold.resolve(g.getFileName()));
                }
            }
            return corpus;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copies(Path originals, List<String> fileNames) {
        try {
            Path dir = Files.createTempDirectory("gremium-ocr-born-");
            for (String f : fileNames) {
                Files.copy(originals.resolve(f), dir.resolve(f));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
