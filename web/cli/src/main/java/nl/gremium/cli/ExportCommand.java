package nl.gremium.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import nl.gremium.export.RecordExporter;
import nl.gremium.store.DataStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the tagged records (decisions, recommendations, actions, amounts, funding) as JSONL or"
                + " CSV, one record per line.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--format", required = true, paramLabel = "jsonl|csv", description = "Output format.")
    String format;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "Only this record type: decision, recommendation, action, amount or funding.")
    String type;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        RecordExporter exporter = new RecordExporter(RecordExporter.format(format), type);
        DataStore store = data.existing();
        if (!Files.isDirectory(store.docsDir())) {
            throw new IllegalArgumentException("no documents in " + store.root() + " (run ingest first)");
        }
        if (out == null) {
            Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            exporter.export(store, w);
            return 0;
        }
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            int n = exporter.export(store, w);
            System.err.println("export: " + n + " records to " + out);
        } catch (UncheckedIOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        return 0;
    }
}
