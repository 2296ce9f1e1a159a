package nl.gremium.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.gremium.nlp.LabelPointer;
import nl.gremium.nlp.SourceManifest;
import nl.gremium.nlp.SourceText;
import nl.gremium.parse.ParseFailure;
import nl.gremium.store.Hashing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Developer tool for labelling: lists the candidate units (sentences and table rows) of files with their pointer
 * columns and text, as a working TSV whose empty {@code label} column the labeller fills in. The label files
 * keep the first ten columns only (see {@link LabelPointer}).
 */
@Command(name = "units", hidden = true, mixinStandardHelpOptions = true,
        description = "List the labellable units of files (pointer columns, empty label, text) as TSV.")
final class UnitsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Fetched files to list.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--manifest", paramLabel = "TSV", required = true,
            description = "Manifest(s) giving repo, path, blob (and org) by sha256.")
    List<Path> manifests = new ArrayList<>();

    @Option(names = "--org", paramLabel = "NAME", defaultValue = "",
            description = "Organisation for manifests without an org column.")
    String org;

    @Option(names = "--exclude", paramLabel = "FILE",
            description = "Lists of reserved sha256 values (any 64-hex token counts); such files are skipped.")
    List<Path> exclude = new ArrayList<>();

    @Option(names = "--out", paramLabel = "TSV", description = "Write here instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        SourceManifest manifest = new SourceManifest(manifests, org, exclude);
        PrintStream o = out == null ? System.out : new PrintStream(Files.newOutputStream(out), false, StandardCharsets.UTF_8);
        try {
            o.println(String.join("\t", LabelPointer.COLUMNS) + "\ttext");
            for (Path f : files) {
                String sha = Hashing.sha256(f);
                if (manifest.excluded(sha)) {
                    System.err.println("units: reserved for evaluation, skipped: " + f);
                    continue;
                }
                Optional<LabelPointer.FileRef> ref = manifest.find(sha);
                if (ref.isEmpty()) {
                    System.err.println("units: not in any manifest, skipped: " + f);
                    continue;
                }
                SourceText text;
                try {
                    text = SourceText.parse(f);
                } catch (ParseFailure e) {
                    System.err.println("units: " + f + ": " + e.getMessage());
                    continue;
                }
                LabelPointer.FileRef r = ref.get();
                for (SourceText.Unit u : text.units()) {
                    o.println(String.join("\t", r.repo(), r.path(), r.blob(), Integer.toString(u.page()),
                            Integer.toString(u.start()), Integer.toString(u.end()), u.sha1(), u.kind().name(), "",
                            r.org(), u.text().replace('\t', ' ')));
                }
            }
        } finally {
            o.flush();
            if (out != null) {
                o.close();
            }
        }
        return 0;
    }
}
