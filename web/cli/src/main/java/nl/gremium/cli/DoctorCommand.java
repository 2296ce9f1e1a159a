package nl.gremium.cli;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.gremium.parse.ocr.Tesseract;
import picocli.CommandLine.Command;

@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "List the optional components (OCR, headless browser) and whether they are installed.")
final class DoctorCommand implements Callable<Integer> {

    /** One component: what it is for, whether it is there, and what to do when it is not. */
    record Check(String name, String purpose, boolean present, String detail) {
        String line() {
            return String.format(Locale.ROOT, "%-8s %-34s %s", present ? "present" : "missing", name, present ? detail : detail + " — " + purpose);
        }
    }

    static List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("Java " + Runtime.version().feature(), "required", true, System.getProperty("java.home")));
        Tesseract.Availability ocr = Tesseract.availability();
        checks.add(new Check("tesseract-ocr (OCR program)", "scanned PDF pages are not read (" + Tesseract.INSTALL_HINT + ")",
                ocr.program(), ocr.program() ? ocr.version() : "not on PATH"));
        checks.add(new Check("tesseract-ocr-nld (Dutch model)", "scanned PDF pages are not read (" + Tesseract.INSTALL_HINT + ")",
                ocr.dutch(), ocr.dutch() ? "language nld" : "no nld language"));
        boolean chromium = onPath("chromium") || onPath("chromium-browser") || onPath("google-chrome");
        checks.add(new Check("chromium (headless browser)", "browser tests fall back to HtmlUnit (tests only)", chromium,
                chromium ? "on PATH" : "not on PATH"));
        boolean driver = onPath("chromedriver");
        checks.add(new Check("chromium-driver (chromedriver)", "browser tests fall back to HtmlUnit (tests only)", driver,
                driver ? "on PATH" : "not on PATH"));
        return checks;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    static void print(List<Check> checks, PrintStream out) {
        out.println("optional components (everything else is inside the application):");
        checks.forEach(c -> out.println("  " + c.line()));
    }

    @Override
    public Integer call() {
        print(checks(), System.out);
        return 0;
    }
}
