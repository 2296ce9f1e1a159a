package nl.gremium.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The label sets: every {@code *.tsv} under a directory, one pointer a line after a header (see {@link LabelPointer}). */
public final class LabelFiles {
    private LabelFiles() {}

    public static List<LabelPointer> readAll(Path dir) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list labels in " + dir, e);
        }
        List<LabelPointer> out = new ArrayList<>();
        files.forEach(f -> out.addAll(read(f)));
        return out;
    }

    public static List<LabelPointer> read(Path file) {
        try {
            List<LabelPointer> out = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("repo\t")) {
                    continue;
                }
                try {
                    out.add(LabelPointer.parse(line));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file.getFileName() + ": " + e.getMessage(), e);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read labels " + file, e);
        }
    }
}
