package nl.gremium.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.gremium.model.Block;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledExamplesTest {
    @TempDir
    Path dir;

    private static final LabelPointer.FileRef LETTER =
            new LabelPointer.FileRef("vechtland/raad", "stukken/brief.pdf", "", "Gemeente Vechtland");
    private static final LabelPointer.FileRef GONE =
            new LabelPointer.FileRef("vechtland/raad", "stukken/weg.pdf", "", "Gemeente Vechtland");
    private static final LabelPointer.FileRef SCANNED =
            new LabelPointer.FileRef("vechtland/raad", "stukken/scan.pdf", "", "Gemeente Vechtland");

    @Test
    void readsPointersBackAndSkipsDriftedOnes() throws Exception {
        SourceText text = SourceText.of(List.of(Block.paragraph(
                "Het college besluit de subsidie te verlenen. Wij zullen de aanvrager in mei informeren.", 1)));
        SourceText.Unit decision = text.units().get(0);
        SourceText.Unit action = text.units().get(1);
        LabelPointer ok = LabelPointer.of(LETTER, decision, JudgeLabel.decision);
        LabelPointer okToo = LabelPointer.of(LETTER, action, JudgeLabel.action);
        // the same offsets with a hash of other text: the file changed since it was labelled
        LabelPointer drifted = new LabelPointer(LETTER.repo(), LETTER.path(), "", 1, action.start(), action.end(),
                SourceText.sha1("iets anders"), SourceText.Kind.sentence, JudgeLabel.action, LETTER.org());
        LabelPointer outside = new LabelPointer(LETTER.repo(), LETTER.path(), "", 1, 0, 9999, ok.sha1(),
                SourceText.Kind.sentence, JudgeLabel.decision, LETTER.org());
        LabelPointer missing = new LabelPointer(GONE.repo(), GONE.path(), "", 1, 0, 5, ok.sha1(),
                SourceText.Kind.sentence, JudgeLabel.decision, GONE.org());
        LabelPointer unreadable = new LabelPointer(SCANNED.repo(), SCANNED.path(), "", 1, 0, 5, ok.sha1(),
                SourceText.Kind.sentence, JudgeLabel.decision, SCANNED.org());

        // write and read the label file, as the trainer does
        Path labels = Files.createDirectories(dir.resolve("labels"));
        Files.writeString(labels.resolve("vechtland.tsv"), String.join("\t", LabelPointer.COLUMNS) + "\n"
                + String.join("\n", List.of(ok.toTsv(), okToo.toTsv(), drifted.toTsv(), outside.toTsv(),
                missing.toTsv(), unreadable.toTsv())) + "\n", StandardCharsets.UTF_8);
        List<LabelPointer> read = LabelFiles.readAll(labels);
        assertEquals(List.of(ok, okToo, drifted, outside, missing, unreadable), read);

        Map<LabelPointer.FileRef, Optional<SourceText>> files = Map.of(LETTER, Optional.of(text), SCANNED, Optional.empty());
        LabelledExamples.Result r = LabelledExamples.materialise(read, files::get);
        assertEquals(List.of(
                new LabelledExamples.Example("Het college besluit de subsidie te verlenen.", SourceText.Kind.sentence,
                        JudgeLabel.decision, "Gemeente Vechtland", "vechtland/raad/stukken"),
                new LabelledExamples.Example("Wij zullen de aanvrager in mei informeren.", SourceText.Kind.sentence,
                        JudgeLabel.action, "Gemeente Vechtland", "vechtland/raad/stukken")), r.examples());
        assertEquals(2, r.drifted());
        assertEquals(1, r.missingFiles());
        assertEquals(1, r.unparsable());
    }

    @Test
    void locatesAFileByRepositoryFolderOrByNameAndChecksItsGitBlob() throws Exception {
        Path src = Files.createDirectories(dir.resolve("sources/vechtland+raad/stukken"));
        Files.writeString(src.resolve("brief.pdf"), "hello\n");
        Path elsewhere = Files.createDirectories(dir.resolve("archief/2026"));
        Files.writeString(elsewhere.resolve("notulen.pdf"), "hello\n");
        // git hash-object of "hello\n"
        String blob = "ce013625030ba8dba906f756967f9e9ca394464a";
        assertEquals(blob, SourceLocator.gitBlob(src.resolve("brief.pdf")));

        SourceLocator locator = new SourceLocator(List.of(dir.resolve("sources"), dir.resolve("archief")));
        assertEquals(Optional.of(src.resolve("brief.pdf")),
                locator.find(new LabelPointer.FileRef("vechtland/raad", "stukken/brief.pdf", blob, "Gemeente Vechtland")));
        assertEquals(Optional.of(elsewhere.resolve("notulen.pdf")),
                locator.find(new LabelPointer.FileRef("other/repo", "data/2026/files/notulen.pdf", blob, "Gemeente Vechtland")));
        assertEquals(Optional.empty(), locator.find(new LabelPointer.FileRef("vechtland/raad", "stukken/brief.pdf",
                "0000000000000000000000000000000000000000", "Gemeente Vechtland")));
    }
}
