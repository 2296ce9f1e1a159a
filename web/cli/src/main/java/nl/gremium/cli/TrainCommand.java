package nl.gremium.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.gremium.nlp.JudgeTrainer;
import nl.gremium.nlp.LabelFiles;
import nl.gremium.nlp.LabelPointer;
import nl.gremium.nlp.LabelledExamples;
import nl.gremium.nlp.ModelTrainer;
import nl.gremium.nlp.SourceLocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Retrain the Dutch OpenNLP models (sentences, tokens, sentence roles) from our own training"
                + " data and print 10-fold cross-validated quality. With --sources: train the role judge"
                + " (nl-judge.bin) on the labelled units of real documents instead, and print its"
                + " leave-one-organisation-out cross-validation.")
final class TrainCommand implements Callable<Integer> {
    static final Path RESOURCES = Path.of("ingest/src/main/resources/nl/gremium/nlp");
    static final Path LABELS = Path.of("ingest/training/labels");

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write the .bin models (default: the ingest module's resources when run from the"
                    + " repository root, else ./models).")
    Path out;

    @Option(names = "--sources", paramLabel = "DIR",
            description = "Where the labelled files are materialised (repeatable): DIR/owner+name/path, DIR/path or"
                    + " anywhere under DIR by name, checked by git blob id.")
    List<Path> sources = new ArrayList<>();

    @Option(names = "--labels", paramLabel = "DIR", description = "The label pointer TSVs (default: ${DEFAULT-VALUE}).")
    Path labels = LABELS;

    @Override
    public Integer call() {
        Path dir = out != null ? out : Files.isDirectory(RESOURCES) ? RESOURCES : Path.of("models");
        if (sources.isEmpty()) {
            System.out.println("training Dutch models into " + dir.toAbsolutePath().normalize());
            System.out.print(ModelTrainer.train(dir).format());
            return 0;
        }
        List<LabelPointer> pointers = LabelFiles.readAll(labels);
        LabelledExamples.Result r = LabelledExamples.materialise(pointers, new SourceLocator(sources));
        System.out.printf(Locale.ROOT, "labels: %d pointers; used %d; skipped: %d drifted (sha1 mismatch), %d in missing files,"
                + " %d in unparsable files%n", pointers.size(), r.examples().size(), r.drifted(), r.missingFiles(),
                r.unparsable());
        if (r.examples().isEmpty()) {
            System.err.println("train: no usable labelled units");
            return 1;
        }
        System.out.println("training the role judge into " + dir.toAbsolutePath().normalize().resolve(JudgeTrainer.MODEL));
        System.out.print(JudgeTrainer.train(r.examples(), dir).format());
        return 0;
    }
}
