package nl.gremium.tag;

import static nl.gremium.tag.Docs.h;
import static nl.gremium.tag.Docs.li;
import static nl.gremium.tag.Docs.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.Decision;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Outcome;
import org.junit.jupiter.api.Test;

class VoteTaggerTest {

    private static List<Decision> tag(List<Block> blocks) {
        LogicalDocument doc = Docs.of(DocKind.minutes, blocks, List.of());
        return new DocumentTagger().tag(doc).decisions();
    }

    @Test
    void anAnnouncedVoteIsOneDecisionNamingTheItemWithItsPrintedOutcome() {
        List<Decision> d = tag(List.of(
                p("De voorzitter. Dan gaan we over tot de stemmingen."),
                li("-", "Voorstel van het college inzake de Parkeervisie Vechtland 2030 (RV 2026-014)."),
                p("In stemming komt amendement B Groen Links."),
                p("De voorzitter. Het amendement wordt verworpen met 12 tegen 19 stemmen."),
                p("In stemming komt motie 3 Lokaal Belang."),
                p("Mevrouw Jansen (Lokaal Belang). Wij stemmen uiteraard voor onze eigen motie."),
                p("De voorzitter. De motie wordt aangenomen met algemene stemmen."),
                p("In stemming komt het aldus gewijzigde voorstel."),
                p("De voorzitter. Aangezien 15 leden voor en 15 leden tegen hebben gestemd, staken de stemmen.")));
        assertEquals(3, d.size(), d::toString);
        assertEquals("amendement B Groen Links", d.get(0).text());
        assertEquals(Outcome.rejected, d.get(0).outcome());
        assertEquals("verworpen", d.get(0).outcomeText());
        assertEquals("Voorstel van het college inzake de Parkeervisie Vechtland 2030 (RV 2026-014)", d.get(0).agendaTitle());
        assertEquals("motie 3 Lokaal Belang", d.get(1).text());
        assertEquals(Outcome.adopted, d.get(1).outcome());
        assertEquals("het aldus gewijzigde voorstel", d.get(2).text());
        assertEquals(Outcome.tie, d.get(2).outcome());
        // ids are anchored in content (RecordIds): the document's, a decision's, distinct per vote
        assertTrue(d.stream().allMatch(x -> x.id().startsWith("abcdef0123456789-01#d")), d::toString);
        assertEquals(d.size(), d.stream().map(x -> x.id()).distinct().count());
    }

    @Test
    void aResultNamingItsSubjectByNumberAloneIsRecordedAsTheSentence() {
        List<Decision> d = tag(List.of(
                p("Amendement A4 (CDA, SP) ‘Eerst de dorpskernen’ luidt: het bedrag voor fietspaden te verhogen."),
                p("Het amendement A4 wordt aangenomen met 22 stemmen voor en 17 stemmen tegen."),
                p("Het Statenvoorstel 52/2028, zoals gewijzigd door amendement A4, wordt met 33 stemmen voor en 6 tegen aangenomen.")));
        assertEquals(List.of("Het amendement A4 wordt aangenomen met 22 stemmen voor en 17 stemmen tegen.",
                "Het Statenvoorstel 52/2028, zoals gewijzigd door amendement A4, wordt met 33 stemmen voor en 6 tegen aangenomen."),
                d.stream().map(Decision::text).toList());
    }

    @Test
    void theChairsLabelIsNotPartOfWhatIsPutToTheVote() {
        List<Decision> d = tag(List.of(
                p("De voorzitter: Ik breng het voorstel in stemming. Het voorstel wordt met algemene stemmen aangenomen.")));
        assertEquals(1, d.size(), d::toString);
        assertEquals("het voorstel", d.get(0).text());
        assertEquals(Outcome.adopted, d.get(0).outcome());
    }

    @Test
    void anItemHeadingPrintedWithADotGivesItsTitleWithoutIt() {
        List<Decision> d = tag(List.of(
                Block.heading("6. Programmabegroting 2028", 1, 1, "6"),
                p("De voorzitter brengt motie 6.1 in stemming. De motie wordt verworpen met 8 stemmen voor en 17 tegen.")));
        assertEquals(1, d.size(), d::toString);
        assertEquals("Programmabegroting 2028", d.get(0).agendaTitle());
    }

    @Test
    void aResultThatNamesItsSubjectNeedsEvidenceOfAVote() {
        List<Decision> d = tag(List.of(
                h("7", "Motie vreemd aan de orde: zwembad De Spetter", 1),
                p("Motie 12 (CDA) wordt met 17 stemmen voor en 10 stemmen tegen aangenomen."),
                p("Amendement C (D66): verworpen (voor 9, tegen 18)."),
                p("Vorig jaar is een vergelijkbare motie met algemene stemmen aangenomen."),
                p("Wij hopen dat het voorstel met ruime steun wordt aangenomen."),
                p("De wijziging van de agenda wordt aangenomen.")));
        assertEquals(2, d.size(), d::toString);
        assertEquals("Motie 12 (CDA)", d.get(0).text());
        assertEquals(Outcome.adopted, d.get(0).outcome());
        assertEquals("Motie vreemd aan de orde: zwembad De Spetter", d.get(0).agendaTitle());
        assertEquals("Amendement C (D66)", d.get(1).text());
        assertEquals(Outcome.rejected, d.get(1).outcome());
    }

    @Test
    void aWithdrawalToldTwiceIsOneDecision() {
        List<Decision> d = tag(List.of(
                p("De heer Bakker (VVD). Voorzitter. Ik trek motie 5 VVD in."),
                p("De voorzitter. Aangezien motie 5 VVD is ingetrokken, maakt zij geen deel meer uit van de beraadslaging."),
                p("Mevrouw Smit (SP). Ik wil motie 6 SP aanhouden."),
                p("De voorzitter. Aangezien motie 6 SP is aangehouden, maakt zij geen deel meer uit van de beraadslaging.")));
        assertEquals(2, d.size(), d::toString);
        assertEquals("motie 5 VVD", d.get(0).text());
        assertEquals(Outcome.withdrawn, d.get(0).outcome());
        assertEquals("motie 6 SP", d.get(1).text());
        assertEquals(Outcome.held, d.get(1).outcome());
    }

    @Test
    void aRestatedResultOrAGenericWithdrawalNamedLaterIsNoSecondVote() {
        List<Decision> d = tag(List.of(
                p("In stemming komt motie 8 D66."),
                p("De voorzitter. De motie wordt verworpen met 14 tegen 15 stemmen. Ik zie dat er nog iemand heeft gestemd. "
                        + "Dan constateer ik dat de motie is verworpen met 14 tegen 16 stemmen."),
                p("Mevrouw Smit (SP). Ik houd de motie bij dezen dan ook aan."),
                p("Wethouder Bos (VVD). Dank. Ik kom er in de commissie op terug."),
                p("De voorzitter. Aangezien motie 9 SP is aangehouden, maakt zij geen deel meer uit van de beraadslaging.")));
        assertEquals(2, d.size(), d::toString);
        assertEquals("motie 8 D66", d.get(0).text());
        assertEquals("motie 9 SP", d.get(1).text());
        assertEquals(Outcome.held, d.get(1).outcome());
    }

    @Test
    void theProposalVotedRightAfterItsMotionIsAVoteOfItsOwnNotARestatement() {
        List<Decision> d = tag(List.of(
                p("De voorzitter. Dan de motie M3 van de VVD over de lokale lasten."),
                p("Motie M3 wordt met 13 stemmen voor en 12 stemmen tegen aangenomen."),
                p("De voorzitter. Dan het voorstel zelf."),
                p("Het voorstel wordt met algemene stemmen aangenomen.")));
        assertEquals(2, d.size(), d::toString);
        assertEquals("Het voorstel", d.get(1).text());
        assertEquals(Outcome.adopted, d.get(1).outcome());
    }

    @Test
    void parliamentaryStyleResultAfterTheAnnouncement() {
        List<Decision> d = tag(List.of(
                p("In stemming komt de motie-De Vries c.s. (36410, nr. 21)."),
                p("De voorzitter: Ik constateer dat de leden van de fracties van de SP en de PvdD voor deze motie hebben "
                        + "gestemd en de leden van de overige fracties ertegen, zodat zij is verworpen."),
                p("Het wetsvoorstel wordt in stemming gebracht."),
                p("De voorzitter: Ik constateer dat het wetsvoorstel met algemene stemmen is aangenomen.")));
        assertEquals(2, d.size(), d::toString);
        assertEquals("de motie-De Vries c.s. (36410, nr. 21)", d.get(0).text());
        assertEquals(Outcome.rejected, d.get(0).outcome());
        assertEquals("Het wetsvoorstel", d.get(1).text());
        assertEquals(Outcome.adopted, d.get(1).outcome());
    }

    @Test
    void aResultIntroducingAListMakesEachItemAVote() {
        List<Decision> d = tag(List.of(
                h("4", "Hamerstukken", 1),
                p("Zonder stemming worden de volgende voorstellen aangenomen:"),
                li("a.", "Voorstel tot vaststelling van de Legesverordening 2027;"),
                li("b.", "Voorstel tot benoeming van een lid van de rekenkamercommissie."),
                p("De voorzitter sluit de vergadering.")));
        assertEquals(2, d.size(), d::toString);
        assertEquals("Voorstel tot vaststelling van de Legesverordening 2027", d.get(0).text());
        assertEquals("Voorstel tot benoeming van een lid van de rekenkamercommissie", d.get(1).text());
        assertTrue(d.stream().allMatch(x -> x.outcome() == Outcome.adopted), d::toString);
    }

    @Test
    void aResultPointingBackAtTheCodedPapersAboveMakesEachAVote() {
        List<Decision> d = tag(List.of(
                p("Aan de orde is:"),
                p("F. Vaststelling van de hamerstukken."),
                p("F.1 Voorstel van het college inzake de tarieven van de Vechtlandse Zwembaden 2027 (RIS2026-301)"),
                p("F.2 Voorstel van het college inzake zienswijze op de begroting 2027 van de"),
                p("Regionale Uitvoeringsdienst Vechtstreek (RIS2026-305)"),
                p("12"),
                p("F.3 Voorstel van het presidium inzake de benoeming van een griffier (RIS2026-311)"),
                p("Deze voorstellen worden zonder beraadslaging en zonder stemming aangenomen.")));
        assertEquals(List.of("Voorstel van het college inzake de tarieven van de Vechtlandse Zwembaden 2027 (RIS2026-301)",
                "Voorstel van het college inzake zienswijze op de begroting 2027 van de Regionale Uitvoeringsdienst Vechtstreek "
                        + "(RIS2026-305)", "Voorstel van het presidium inzake de benoeming van een griffier (RIS2026-311)"),
                d.stream().map(Decision::text).toList());
        assertTrue(d.stream().allMatch(x -> x.outcome() == Outcome.adopted), d::toString);
    }

    @Test
    void bothPapersListedUnderTheItemAreAdoptedTheItemItselfIsNoneOfThem() {
        List<Decision> d = tag(List.of(
                li("5.", "Hamerstukken", 1),
                li("a.", "Zienswijze op de begroting 2027 van de Regionale Uitvoeringsdienst Vechtstreek (raadsvoorstel 2026-41)", 2),
                li("b.", "Wijziging Verordening op de raadscommissies 2026 (raadsvoorstel 2026-44)", 2),
                p("Beide voorstellen worden zonder beraadslaging en zonder stemming aangenomen.")));
        assertEquals(List.of("Zienswijze op de begroting 2027 van de Regionale Uitvoeringsdienst Vechtstreek (raadsvoorstel 2026-41)",
                "Wijziging Verordening op de raadscommissies 2026 (raadsvoorstel 2026-44)"), d.stream().map(Decision::text).toList());
        assertTrue(d.stream().allMatch(x -> x.outcome() == Outcome.adopted), d::toString);
    }

    @Test
    void hamerstukkenDecidedAsAListAndAVoteAnnouncedAfterAnAdverb() {
        List<Decision> d = tag(List.of(
                p("De raad besluit zonder beraadslaging en zonder stemming conform de voorstellen:"),
                li("a.", "Vaststelling bestemmingsplan Kerkpad 3;"),
                li("b.", "Benoeming leden rekenkamercommissie."),
                p("Vervolgens brengt de voorzitter de begroting 2028 in stemming. Het voorstel wordt aangenomen met 19 stemmen voor en "
                        + "6 stemmen tegen.")));
        assertEquals(List.of("Vaststelling bestemmingsplan Kerkpad 3", "Benoeming leden rekenkamercommissie", "de begroting 2028"),
                d.stream().map(Decision::text).toList());
        assertTrue(d.stream().allMatch(x -> x.outcome() == Outcome.adopted), d::toString);
    }

    @Test
    void aMemberSayingWhenTheirMotionIsPutToTheVoteAnnouncesNoVote() {
        List<Decision> d = tag(List.of(
                h("5", "Sportvelden", 1),
                p("Mevrouw Kok (SP). Deze motie wil ik alleen in stemming brengen als het amendement over kunstgras wordt verworpen."),
                p("De voorzitter. Het amendement over kunstgras wordt met 20 tegen 19 stemmen aangenomen.")));
        assertEquals(List.of("Het amendement over kunstgras"), d.stream().map(Decision::text).toList());
    }

    @Test
    void boardDecisionsWithoutVotesStayAsTheGeneralTaggerFoundThem() {
        List<Decision> d = tag(List.of(
                h("3", "Jaarrekening 2026", 1),
                p("De heer Kramer licht de jaarrekening toe."),
                p("Het algemeen bestuur besluit conform voorstel.")));
        assertEquals(1, d.size(), d::toString);
        assertEquals("Het algemeen bestuur besluit conform voorstel.", d.get(0).text());
    }

    @Test
    void mapsPrintedOutcomes() {
        assertEquals(Outcome.adopted_amended, VoteTagger.outcome("geamendeerd aangenomen"));
        assertEquals(Outcome.adopted, VoteTagger.outcome("ongewijzigd aangenomen"));
        assertEquals(Outcome.tie, VoteTagger.outcome("staken de stemmen"));
        assertEquals(Outcome.rejected, VoteTagger.outcome("afgewezen"));
    }

    @Test
    void aVoteToldOnNamesWhatWasPutToTheVote() {
        List<Decision> d = tag(List.of(p("Vervolgens komt in stemming het voorstel tot vaststelling van de begroting 2027 met een totaal"
                + " aan lasten van € 21.740.000. Het voorstel wordt aangenomen met 31 stemmen voor en 9 tegen.")));
        assertEquals(1, d.size(), d::toString);
        assertEquals("het voorstel tot vaststelling van de begroting 2027 met een totaal aan lasten van € 21.740.000", d.get(0).text());
    }

    @Test
    void aHamerstuksTitleNamesItsBareProposalAndEachResultAfterAJointVoteNamesItsOwn() {
        List<Decision> d = tag(List.of(
                h("4", "Hamerstukken", 1),
                li("a.", "a. Verordening precariobelasting 2026. Het voorstel wordt zonder stemming aangenomen."),
                li("b.", "b. Zienswijze begroting 2027 Werkvoorzieningschap. Het voorstel wordt zonder stemming aangenomen."),
                h("5", "Kadernota", 1),
                p("Mevrouw Smit (D66): \u201cKan de wethouder toezeggen dat de tarieven pas na overleg worden vastgesteld?\u201d"),
                p("De voorzitter brengt de amendementen en moties in stemming."),
                p("Amendement A2 \u201cGroen schoolplein\u201d (D66) wordt met 17 stemmen voor en 10 stemmen tegen aangenomen."),
                p("Motie M5 \u201cOpen bibliotheek\u201d (CDA) wordt met 8 stemmen voor en 19 stemmen tegen verworpen.")));
        assertEquals(List.of("Verordening precariobelasting 2026", "Zienswijze begroting 2027 Werkvoorzieningschap",
                "Amendement A2 \u201cGroen schoolplein\u201d (D66)", "Motie M5 \u201cOpen bibliotheek\u201d (CDA)"),
                d.stream().map(Decision::text).toList(), "the question quoted is no decision, nor the joint vote's plural");
        assertEquals(Outcome.rejected, d.get(3).outcome());
    }

    @Test
    void aGenericResultUnderTheLineNamingTheItemIsThatItemsVoteAndABareResultIsTheHamerstukAboveIt() {
        List<Decision> d = tag(List.of(
                p("De voorzitter: Ik stel voor de volgende voorstellen zonder beraadslaging en zonder stemming aan te nemen."),
                li("a.", "a. Voorstel tot wijziging van de Afvalstoffenverordening Vechtland 2027."),
                p("Zonder beraadslaging en zonder stemming aangenomen."),
                p("De voorzitter: Wij gaan over tot stemming."),
                p("Amendement A1 ‘Geen nieuwe parkeerplaats’ (Groen, SP)"),
                p("Het amendement wordt verworpen met 10 stemmen voor en 21 tegen."),
                p("Amendement A2 ‘Lagere tarieven’ (CDA)"),
                p("Notulen raad Vechtland 12 maart 2027"),
                p("Het amendement strekt ertoe een beslispunt toe te voegen."),
                p("Het amendement wordt met algemene stemmen aangenomen."),
                p("Voorstel nieuwbouw sporthal De Bron, zoals geamendeerd"),
                p("Het voorstel wordt aangenomen met 25 stemmen voor en 6 tegen.")));
        assertEquals(List.of("Voorstel tot wijziging van de Afvalstoffenverordening Vechtland 2027",
                        "Amendement A1 ‘Geen nieuwe parkeerplaats’", "Amendement A2 ‘Lagere tarieven’",
                        "Voorstel nieuwbouw sporthal De Bron, zoals geamendeerd"),
                d.stream().map(Decision::text).toList());
        assertEquals(List.of(Outcome.adopted, Outcome.rejected, Outcome.adopted, Outcome.adopted),
                d.stream().map(Decision::outcome).toList());
    }
}
