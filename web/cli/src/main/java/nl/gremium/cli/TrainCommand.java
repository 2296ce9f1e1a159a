package nl.gremium.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.gremium.nlp.ModelTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Retrain the Dutch OpenNLP models (sentences, tokens, sentence roles) from our own training"
                + " data and print 10-fold cross-validated quality.")
final class TrainCommand implements Callable<Integer> {
    static final Path RESOURCES = Path.of("ingest/src/main/resources/nl/gremium/nlp");

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write the .bin models (default: the ingest module's resources when run from the"
                    + " repository root, else ./models).")
    Path out;

    @Override
    public Integer call() {
        Path dir = out != null ? out : Files.isDirectory(RESOURCES) ? RESOURCES : Path.of("models");
        System.out.println("training Dutch models into " + dir.toAbsolutePath().normalize());
        System.out.print(ModelTrainer.train(dir).format());
        return 0;
    }
}
