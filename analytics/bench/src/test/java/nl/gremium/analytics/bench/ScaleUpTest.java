package nl.gremium.analytics.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.gremium.model.Block;
import nl.gremium.model.DocKind;
import nl.gremium.model.FundingFact;
import nl.gremium.model.FundingKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Metadata;
import nl.gremium.model.Motion;
import nl.gremium.model.Outcome;
import nl.gremium.model.Recommendation;
import nl.gremium.model.Tags;
import org.junit.jupiter.api.Test;

class ScaleUpTest {
    private static final Set<String> SUBJECTS = Set.of("stroomuitval", "continuïteit", "crisisorganisatie");

    @Test
    void eachCopyFollowsUpReportsOfItsOwnAndKeepsEveryOtherWord() {
        String text = "De Inspectie vraagt de regio om het rapport Continuïteit van de crisisorganisatie bij stroomuitval op te volgen.";
        assertEquals(text, ScaleUp.vary(text, 0, SUBJECTS), "copy 0 is the original");
        assertEquals("De Inspectie vraagt de regio om het rapport qbContinuïteit van de qbcrisisorganisatie bij qbstroomuitval op te volgen.",
                ScaleUp.vary(text, 1, SUBJECTS));
        assertNotEquals(ScaleUp.vary(text, 1, SUBJECTS), ScaleUp.vary(text, 27, SUBJECTS), "every copy its own tag");
    }

    @Test
    void theWordsOfASubjectThatMatchingPassesOverStayAsTheyAre() {
        Recommendation r = new Recommendation("r1", "Stel een plan op.", "1", "Rekenkamer Vechtland", "het college",
                "Voorstel inzake stroomuitval", LocalDate.of(2025, 3, 1), null, 2, null, null);
        LogicalDocument report = new LogicalDocument("d1", null, 1, 1, 2, DocKind.report,
                new Metadata("Voorstel inzake stroomuitval", null, null, null, LocalDate.of(2025, 3, 1), "nl", false),
                List.of(Block.paragraph("Stel een plan op.", 2)), List.of(),
                new Tags(List.of(), List.of(r), List.of(), List.of(), List.of(), List.of(), List.of()));
        Set<String> subjects = ScaleUp.subjectWords(List.of(report));
        assertEquals(Set.of("stroomuitval"), subjects, "'voorstel' and 'inzake' are no subject: every paper has them");
        assertEquals("Voorstel van het college inzake qbstroomuitval", ScaleUp.vary("Voorstel van het college inzake stroomuitval", 1, subjects));
    }

    @Test
    void aCopyKeepsItsMotionsUnderIdsOfItsOwn() {
        Motion m = new Motion("m1", DocKind.motion, "M12", "Motie: Groen in de wijk", List.of("A. de Vries"), List.of("GL"),
                Outcome.adopted, "aangenomen", 1, "d9#d1");
        LogicalDocument motion = new LogicalDocument("d2", null, 1, 1, 1, DocKind.motion,
                new Metadata("Motie: Groen in de wijk", null, null, LocalDate.of(2025, 5, 1), null, "nl", false),
                List.of(Block.paragraph("De raad verzoekt het college meer groen aan te leggen.", 1)), List.of(),
                new Tags(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(m)));
        LogicalDocument copy = ScaleUp.copy(motion, 3, SUBJECTS);
        assertEquals(1, copy.tags().motions().size(), "motions are what the motion trends count");
        Motion c = copy.tags().motions().get(0);
        assertEquals("m1~3", c.id());
        assertEquals("d9#d1~3", c.outcomeSource());
        assertEquals(List.of("GL"), c.parties());
        assertEquals(LocalDate.of(2025, 5, 22), copy.metadata().meetingDate(), "three weeks later");
    }

    @Test
    void aCopysFundingKeepsItsComponentsAndScalesItsValues() {
        FundingFact total = new FundingFact("f1", "Vechtland", 2026, "BDuR", new BigDecimal("1000"), FundingKind.allocation,
                "d3", "Decemberbrief", LocalDate.of(2025, 12, 1), "t1", 2);
        FundingFact part = new FundingFact("f2", "Vechtland", 2026, "BDuR", new BigDecimal("400"), FundingKind.allocation,
                "d3", "Decemberbrief", LocalDate.of(2025, 12, 1), "t1", 2, "Vast deel");
        LogicalDocument letter = new LogicalDocument("d3", null, 1, 1, 2, DocKind.letter,
                new Metadata("Decemberbrief", "Ministerie van Justitie en Veiligheid", null, null, LocalDate.of(2025, 12, 1),
                        "nl", false),
                List.of(Block.paragraph("De verdeling staat in de tabel.", 2)), List.of(),
                new Tags(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(total, part), List.of()));
        List<FundingFact> copied = ScaleUp.copy(letter, 2, SUBJECTS).tags().funding();
        assertEquals(2, copied.size());
        assertEquals(null, copied.get(0).component(), "the stream's amount as such");
        assertEquals("Vast deel", copied.get(1).component(), "a part of the stream stays that part");
        assertEquals(0, new BigDecimal("400.8").compareTo(copied.get(1).value()), "2 per mille higher");
        assertEquals("d3~2", copied.get(1).docId());
    }
}
