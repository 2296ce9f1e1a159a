package nl.gremium.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.gremium.eval.OcrEvaluation;
import nl.gremium.parse.ocr.Tesseract;
import nl.gremium.samples.ScanSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval-ocr", mixinStandardHelpOptions = true,
        description = "Scan sample PDFs (skew, specks, a turned page, redactions) at each resolution, OCR them and"
                + " print the character error rate against the originals, pages/s, and the tags of the scans"
                + " against the samples' gold next to the born-digital figures. Needs tesseract-ocr and tesseract-ocr-nld.")
final class EvalOcrCommand implements Callable<Integer> {
    @Option(names = "--dpi", split = ",", defaultValue = "150,200,300", paramLabel = "DPI",
            description = "Resolutions to scan at (default: ${DEFAULT-VALUE}).")
    List<Integer> dpis;

    @Option(names = "--samples", defaultValue = "samples", paramLabel = "DIR",
            description = "The samples folder (default: ${DEFAULT-VALUE}).")
    Path samples;

    @Option(names = "--keep", paramLabel = "DIR", description = "Write the scanned PDFs here (default: a temporary folder).")
    Path keep;

    @Override
    public Integer call() throws Exception {
        if (!Tesseract.availability().usable()) {
            System.err.println("eval-ocr: OCR is not available: " + Tesseract.INSTALL_HINT);
            return 1;
        }
        for (int dpi : dpis) {
            Path dir = keep != null ? keep.resolve(dpi + "dpi") : Files.createTempDirectory("gremium-scans-");
            ScanSet.write(samples, dir, dpi);
            OcrEvaluation.evaluate(dpi, samples, dir, samples.resolve(".meta"), ScanSet.blackedOut()).print(System.out);
            System.out.println();
        }
        return 0;
    }
}
