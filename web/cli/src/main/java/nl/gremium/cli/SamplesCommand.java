package nl.gremium.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.gremium.samples.SamplesGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "samples", mixinStandardHelpOptions = true,
        description = "Regenerate the sample documents (PDF, DOCX, ODT, RTF, HTML, TXT, EML, a meeting bundle "
                + "and .meta/ with manifest.json and gold labels). The output is the same on every run.")
final class SamplesCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "samples",
            description = "Folder to write to (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<Path> written = SamplesGenerator.write(out);
        for (Path p : written) {
            System.out.println(p);
        }
        System.out.println(written.size() + " files written to " + out);
        return 0;
    }
}
