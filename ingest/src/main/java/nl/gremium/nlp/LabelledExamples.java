package nl.gremium.nlp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.gremium.parse.ParseFailure;

/**
 * Training examples re-read from the materialised files through their pointers. Each file is parsed once;
 * a pointer whose span text no longer has its sha1 (the file or the page-text definition changed) is skipped
 * and counted, as is a pointer whose file is not there.
 */
public final class LabelledExamples {
    /** One labelled unit's text; {@code folder} is the repository folder of its file (a meeting, a year). */
    public record Example(String text, SourceText.Kind unit, JudgeLabel label, String org, String folder) {
        public Example(String text, SourceText.Kind unit, JudgeLabel label, String org) {
            this(text, unit, label, org, "");
        }
    }

    /** The examples and what could not be used. */
    public record Result(List<Example> examples, int drifted, int missingFiles, int unparsable) {}

    private LabelledExamples() {}

    public static Result materialise(List<LabelPointer> pointers, SourceLocator locator) {
        return materialise(pointers, ref -> locator.find(ref).map(LabelledExamples::parse).orElse(null));
    }

    /** @param texts a file's page texts: null when the file is missing, empty when it cannot be parsed */
    static Result materialise(List<LabelPointer> pointers, Function<LabelPointer.FileRef, Optional<SourceText>> texts) {
        Map<LabelPointer.FileRef, List<LabelPointer>> byFile = new LinkedHashMap<>();
        pointers.forEach(p -> byFile.computeIfAbsent(p.file(), k -> new ArrayList<>()).add(p));
        List<Example> out = new ArrayList<>();
        int drifted = 0;
        int missing = 0;
        int unparsable = 0;
        for (Map.Entry<LabelPointer.FileRef, List<LabelPointer>> e : byFile.entrySet()) {
            Optional<SourceText> text = texts.apply(e.getKey());
            if (text == null) {
                missing += e.getValue().size();
                continue;
            }
            if (text.isEmpty()) {
                unparsable += e.getValue().size();
                continue;
            }
            for (LabelPointer p : e.getValue()) {
                String span = text.get().span(p.page(), p.start(), p.end());
                if (span == null || !SourceText.sha1(span).equals(p.sha1())) {
                    drifted++;
                    continue;
                }
                out.add(new Example(span, p.unit(), p.label(), p.org(), folder(p)));
            }
        }
        return new Result(out, drifted, missing, unparsable);
    }

    private static String folder(LabelPointer p) {
        Path parent = Path.of(p.path()).getParent();
        return p.repo() + "/" + (parent == null ? "" : parent.toString());
    }

    private static Optional<SourceText> parse(Path file) {
        try {
            return Optional.of(SourceText.parse(file));
        } catch (ParseFailure e) {
            return Optional.empty();
        }
    }
}
