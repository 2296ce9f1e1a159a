package nl.gremium.nlp;

import java.util.List;

/**
 * One training label stored as a pointer, never as text: the unit {@code [start, end)} of page {@code page}'s
 * {@link SourceText} of file {@code path} (git blob {@code blob}) in public repository {@code repo}, with the
 * first 10 hex of the SHA-1 of the span text to detect drift, the unit kind, the label and the organisation
 * that wrote the document.
 */
public record LabelPointer(String repo, String path, String blob, int page, int start, int end, String sha1,
                           SourceText.Kind unit, JudgeLabel label, String org) {
    public static final List<String> COLUMNS =
            List.of("repo", "path", "blob", "page", "start", "end", "sha1", "unit", "label", "org");

    /** The pointer to {@code u} of the given file, labelled {@code label}. */
    public static LabelPointer of(FileRef file, SourceText.Unit u, JudgeLabel label) {
        return new LabelPointer(file.repo(), file.path(), file.blob(), u.page(), u.start(), u.end(), u.sha1(), u.kind(),
                label, file.org());
    }

    public FileRef file() {
        return new FileRef(repo, path, blob, org);
    }

    /** A file in a public repository and the organisation that wrote it. */
    public record FileRef(String repo, String path, String blob, String org) {}

    public String toTsv() {
        return String.join("\t", repo, path, blob, Integer.toString(page), Integer.toString(start),
                Integer.toString(end), sha1, unit.name(), label.name(), org);
    }

    /** Parses one TSV line in {@link #COLUMNS} order; extra columns (a working file's text) are ignored. */
    public static LabelPointer parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length < COLUMNS.size()) {
            throw new IllegalArgumentException("label line has " + f.length + " columns, needs " + COLUMNS.size()
                    + ": " + line);
        }
        return new LabelPointer(f[0], f[1], f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                Integer.parseInt(f[5]), f[6], SourceText.Kind.valueOf(f[7]), JudgeLabel.valueOf(f[8].strip()),
                f[9].strip());
    }
}
