package nl.gremium.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgeTrainerTest {
    @TempDir
    Path dir;

    @Test
    void trainsAModelThatTellsVotesFromProposalsAndCommitments() throws Exception {
        List<LabelledExamples.Example> data = JudgeFixtures.examples();
        JudgeTrainer.Report report = JudgeTrainer.train(data, dir);
        assertTrue(Files.size(dir.resolve(JudgeTrainer.MODEL)) > 0);
        DoccatModel model = new DoccatModel(dir.resolve(JudgeTrainer.MODEL));
        DocumentCategorizerME cat = new DocumentCategorizerME(model);
        assertEquals("decision", best(cat, "Het amendement wordt aangenomen met 25 tegen 4 stemmen."));
        assertEquals("proposed_decision", best(cat, "Wij stellen u voor de nota grondbeleid vast te stellen."));
        assertEquals("action", best(cat, "Het college zal de raad in het najaar informeren over de planning."));

        assertEquals(data.size(), report.examples());
        assertEquals(3, report.organisations());
        // every held-out example was judged exactly once
        assertEquals(data.size(), Arrays.stream(JudgeLabel.values()).mapToInt(l -> report.counts().get(l)[0]).sum());
        assertEquals(data.size(), Arrays.stream(JudgeLabel.values()).mapToInt(l -> report.counts().get(l)[1]).sum());
        assertTrue(report.correct() > data.size() / 3, "cross-validated accuracy far above chance: " + report.format());
        assertTrue(report.format().contains("organisations: 3"));
        assertEquals("organisation", report.heldOut());
        assertEquals(3, report.folds());
    }

    @Test
    void aSingleOrganisationIsCrossValidatedByFolder() {
        List<LabelledExamples.Example> one = JudgeFixtures.examples().stream()
                .filter(e -> e.org().equals("Gemeente Vechtland")).toList();
        JudgeTrainer.Report single = JudgeTrainer.crossValidate(one);
        assertEquals(1, single.organisations());
        assertEquals(0, single.folds(), "one folder, nothing to hold out against");
        assertEquals(0, single.counts().get(JudgeLabel.decision)[0]);

        List<LabelledExamples.Example> twoFolders = new ArrayList<>();
        for (int i = 0; i < one.size(); i++) {
            LabelledExamples.Example e = one.get(i);
            twoFolders.add(new LabelledExamples.Example(e.text(), e.unit(), e.label(), e.org(), "raad/" + (i % 2)));
        }
        JudgeTrainer.Report byFolder = JudgeTrainer.crossValidate(twoFolders);
        assertEquals(2, byFolder.folds());
        assertEquals("folder", byFolder.heldOut());
        assertEquals(one.size(), Arrays.stream(JudgeLabel.values()).mapToInt(l -> byFolder.counts().get(l)[0]).sum());
    }

    private static String best(DocumentCategorizerME cat, String sentence) {
        return cat.getBestCategory(cat.categorize(JudgeFeatures.tokens(sentence, SourceText.Kind.sentence)));
    }
}
