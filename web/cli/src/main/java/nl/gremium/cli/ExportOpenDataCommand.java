package nl.gremium.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.gremium.export.OpenDataExport;
import nl.gremium.model.LogicalDocument;
import nl.gremium.store.DataStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export-opendata", mixinStandardHelpOptions = true,
        description = "Write meetings, agenda items, documents, decisions and motions as NDJSON in the Open Raadsinformatie"
                + " shape (docs/OPENDATA.md); confidential documents are left out.")
final class ExportOpenDataCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only what was stored from this day on (a change feed).")
    LocalDate since;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        DataStore store = data.existing();
        if (!Files.isDirectory(store.docsDir())) {
            throw new IllegalArgumentException("no documents in " + store.root() + " (run ingest first)");
        }
        List<LogicalDocument> open = store.documents().stream().filter(d -> d.metadata() == null || !d.metadata().confidential()).toList();
        Instant from = since == null ? null : OpenDataExport.startOf(since);
        List<Map<String, Object>> objects = OpenDataExport.objects(open, OpenDataExport.storedAt(store), from,
                from == null ? Map.of() : OpenDataExport.withdrawnSince(store, from));
        if (out == null) {
            OpenDataExport.write(objects, new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            return 0;
        }
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            OpenDataExport.write(objects, w);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        System.err.println("export-opendata: " + objects.size() + " objects to " + out);
        return 0;
    }
}
