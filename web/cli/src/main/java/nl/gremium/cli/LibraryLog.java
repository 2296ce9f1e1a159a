package nl.gremium.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sends the libraries' logging (PDFBox font warnings, Tika, Spark, Jetty) to {@code logs/gremium.log} in the data
 * folder, so the terminal shows only the commands' own progress and real errors. slf4j-simple reads its output
 * once, when the first logger is made, so this must run before any library logs; the file holds the log of the
 * latest command.
 */
final class LibraryLog {
    static final String PROPERTY = "org.slf4j.simpleLogger.logFile";

    private LibraryLog() {}

    static void into(Path dataFolder) {
        Path logs = dataFolder.resolve("logs");
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            return;   // the data folder is not writable: keep logging on stderr, the command will say why
        }
        if (System.getProperty(PROPERTY) == null) {   // else chosen already (an earlier command in this JVM, or -D)
            System.setProperty(PROPERTY, logs.resolve("gremium.log").toAbsolutePath().toString());
        }
    }
}
