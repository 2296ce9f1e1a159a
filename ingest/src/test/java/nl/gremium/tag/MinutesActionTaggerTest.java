package nl.gremium.tag;

import static nl.gremium.tag.Docs.h;
import static nl.gremium.tag.Docs.li;
import static nl.gremium.tag.Docs.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.gremium.model.Action;
import nl.gremium.model.Block;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import org.junit.jupiter.api.Test;

class MinutesActionTaggerTest {

    private static List<Action> tag(List<Block> blocks) {
        LogicalDocument doc = Docs.of(DocKind.minutes, blocks, List.of());
        return new DocumentTagger().tag(doc).actions();
    }

    private static Action find(List<Action> actions, String part) {
        return actions.stream().filter(a -> a.text().contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no action with '" + part + "' in " + actions));
    }

    @Test
    void aDecisionThatGoesOnWithARequestIsTheDecisionAndTheRequestATask() {
        LogicalDocument doc = Docs.of(DocKind.minutes, List.of(p("Het algemeen bestuur besluit in te stemmen met variant B en "
                + "verzoekt de directeur de uitwerking voor te leggen in de vergadering van 6 november 2026.")), List.of());
        var tagged = new DocumentTagger().tag(doc);
        assertEquals(List.of("Het algemeen bestuur besluit in te stemmen met variant B."),
                tagged.decisions().stream().map(d -> d.text()).toList());
        assertEquals(1, tagged.actions().size(), tagged.actions()::toString);
        assertEquals("de directeur", tagged.actions().get(0).actor());
    }

    @Test
    void theSpeakersOwnClauseAfterAnotherNamesTheSpeakerNotTheObjectAfterItsVerb() {
        List<Action> a = tag(List.of(p("Burgemeester Smit: Het college deelt de zorg. Ik ben bereid om in maart met de bank te praten, "
                + "en ik zal de raad over de uitkomst vóór 1 april 2026 schriftelijk informeren.")));
        assertEquals(1, a.size(), a::toString);
        // the speaker's "ik" (read as the record's organisation where no speaker label is known), not the council addressed
        assertEquals("Veiligheidsregio Testland (ik)", a.get(0).actor(), a::toString);
    }

    @Test
    void aPromiseThatOnlyPointsBackTakesTheRequestItGrants() {
        List<Action> a = tag(List.of(p("De heer Bos vraagt om in de volgende rapportage ook het verloop van het personeel op te nemen. "
                + "De directeur zegt dit toe.")));
        assertEquals(1, a.size(), a::toString);
        assertEquals("De heer Bos vraagt om in de volgende rapportage ook het verloop van het personeel op te nemen. "
                + "De directeur zegt dit toe.", a.get(0).text());
        assertEquals("De directeur", a.get(0).actor());
    }

    @Test
    void promisesRequestsAndFollowUpWithTheirActor() {
        List<Action> a = tag(List.of(
                h("2", "Regionale woningbouwafspraken", 1),
                p("Mevrouw De Wit vraagt naar de stand van de bouwstroom. De gedeputeerde komt erop terug in het volgende overleg."),
                p("De provincie doet de toezegging dat de knelpunten in de uitwerking worden meegenomen."),
                p("De heer Bos (CDA). Ik houd mijn vraag aan, met het verzoek aan de wethouder Sport om de evaluatie te delen."),
                p("De planning van de tweede fase wordt ambtelijk afgestemd."),
                p("Er komt een notitie over de verdeling van de woningen over de kernen."),
                p("Door het Rijk is een bijdrage van 2 miljoen euro toegezegd voor de dijkversterking.")));
        assertTrue(a.stream().noneMatch(x -> x.text().contains("bijdrage")), a::toString);
        assertEquals("De gedeputeerde", find(a, "komt erop terug").actor());
        assertEquals("De provincie", find(a, "toezegging").actor());
        assertEquals("de wethouder Sport", find(a, "verzoek aan de wethouder").actor());
        find(a, "ambtelijk afgestemd");
        find(a, "Er komt een notitie");
    }

    @Test
    void everyPointUnderAnAgreementsHeadingIsAnAction() {
        List<Action> a = tag(List.of(
                h("5", "Rondvraag", 1),
                p("Er zijn geen vragen."),
                h(null, "Vervolgafspraken", 1),
                li("-", "Ambtelijk uitwerken van de verdeelsleutel voor 1 mei 2026."),
                li("-", "Gemeente Vechtland levert de cijfers over 2025 aan.")));
        find(a, "verdeelsleutel");
        find(a, "levert de cijfers");
        assertTrue(a.stream().noneMatch(x -> x.text().contains("geen vragen")), a::toString);
    }

    @Test
    void anAgreedPointIsDoneByItsSubjectAfterTheBullet() {
        List<Action> a = tag(List.of(
                h(null, "Afspraken", 1),
                li("-", "- De provincie stuurt de doorrekening van de varianten aan de gemeente."),
                li("-", "- Wethouder Bos legt de kostenverdeling in januari voor aan het college.")));
        assertEquals("De provincie", find(a, "doorrekening").actor());
        assertEquals("Wethouder Bos", find(a, "kostenverdeling").actor(), "not the object after the verb");
    }

    @Test
    void anAgreedPointKeepsItsDeadlineAndTheNextMeetingIsNoPoint() {
        List<Action> a = tag(List.of(
                h(null, "Afspraken", 1),
                li("-", "- De provincie stuurt de doorrekening van de varianten voor 1 december 2026 aan de gemeente."),
                li("-", "- Het volgende overleg vindt plaats in februari 2027.")));
        assertEquals(1, a.size(), a::toString);
        assertEquals(LocalDate.of(2026, 12, 1), a.get(0).due());
        assertEquals("voor 1 december 2026", a.get(0).dueText());
    }

    @Test
    void theRecordsClosingAndALeftOverItemNumberAreNoAgreedPoints() {
        List<Action> a = tag(List.of(
                h(null, "Afspraken", 1),
                p("De griffie plant in april een werkbezoek aan de nieuwe kazerne. (punt 4)"),
                p("Vastgesteld in de vergadering van 12 mei 2026."),
                p("De griffier,"),
                p("P. Smit")));
        assertEquals(List.of("De griffie plant in april een werkbezoek aan de nieuwe kazerne."),
                a.stream().map(Action::text).toList());
    }

    @Test
    void aPromisePointedAtInTheListOfCommitmentsIsNoActionOfItsOwn() {
        List<Action> a = tag(List.of(
                h("3", "Rondvraag", 1),
                p("De heer Smit vraagt naar de planning van de brug. Wethouder Kok doet een toezegging over de planning (T26-12)."),
                p("Wethouder Kok kan dit niet direct beantwoorden en doet een toezegging (nr. 4).")));
        assertEquals(List.of(), a, a::toString);
    }

    @Test
    void theMeetingsOwnProcedureIsNoAction() {
        List<Action> a = tag(List.of(
                p("De voorzitter. Dan gaan we nu over tot de stemmingen."),
                p("Door mevrouw Kok wordt de volgende motie ingediend:"),
                p("De voorzitter. Ik zal de vergadering schorsen tot half elf."),
                p("De wethouder zal de raad voor de zomer informeren over de aanbesteding.")));
        assertEquals(1, a.size(), a::toString);
        assertEquals("De wethouder zal de raad voor de zomer informeren over de aanbesteding.", a.get(0).text());
    }

    @Test
    void aDateBeforeTheLetterIsAReferenceBackNoDeadline() {
        // the test documents are dated 12 March 2026
        List<Action> a = new DocumentTagger().tag(Docs.of(DocKind.letter, List.of(
                p("Zoals ik u op 18 februari 2026 schreef, zal ik uw vragen over de sluis samen afhandelen."),
                p("Ik zal u voor 1 juni 2026 over de uitkomst van het overleg met de gemeenten informeren.")), List.of())).actions();
        assertEquals(2, a.size(), a::toString);
        assertEquals(null, a.get(0).due(), a.get(0)::toString);
        assertEquals(LocalDate.of(2026, 6, 1), a.get(1).due());
        List<Action> minutes = new DocumentTagger().tag(Docs.of(DocKind.minutes, List.of(
                p("Actie: de secretaris stuurt voor 1 maart 2026 de planning rond.")), List.of())).actions();
        assertEquals(LocalDate.of(2026, 3, 1), minutes.get(0).due(), "only a letter's date is when it was written");
    }

    @Test
    void aPronounStandsForTheLastPersonItCanMeanByNameOrOffice() {
        List<Action> actions = tag(List.of(
                h("3", "Begroting 2027", 1),
                p("De heer Bos vraagt naar de stijging van de heffing. De dijkgraaf antwoordt dat de stijging nodig is voor de"
                        + " kades. Zij zegt toe het bestuur voor de zomer een overzicht per kade te sturen."),
                h("4", "Rondvraag", 1),
                p("Mevrouw Kok vraagt naar het gemaal. De heer Dekker, de secretaris, licht de planning toe. Hij zegt toe de"
                        + " leden per mail te informeren."),
                p("De heer Bos vraagt mevrouw Kok om het verslag te sturen. Zij zegt toe dat te doen.")));
        assertEquals("De dijkgraaf (Zij)", find(actions, "overzicht per kade").actor(), actions::toString);
        assertEquals("De heer Dekker (Hij)", find(actions, "per mail").actor(), actions::toString);
        assertEquals("mevrouw Kok (Zij)", find(actions, "dat te doen").actor(), actions::toString);
        List<Action> named = tag(List.of(
                h("5", "Marktplein", 1),
                p("Wethouder Van Dam reageert dat een lager krediet de kwaliteit raakt. Zij zegt toe de raad voor de zomer te"
                        + " informeren over de planning.")));
        assertEquals("Wethouder Van Dam (Zij)", find(named, "voor de zomer").actor(), named::toString);
    }

    @Test
    void anAdverbBeforeTheVerbIsNoActorTheSubjectAfterItIs() {
        List<Action> actions = tag(List.of(
                h("5", "Woningbouw", 1),
                p("De heer Bos vraagt wanneer de raad de planning krijgt. Daar komt het college in mei op terug."),
                p("Intussen zeggen wij toe de raad per kwartaal te informeren.")));
        assertEquals("het college", find(actions, "Daar komt").actor(), actions::toString);
        assertTrue(find(actions, "Intussen zeggen").actor().endsWith("(wij)") || "wij".equals(find(actions, "Intussen zeggen").actor()),
                actions::toString);
    }

    @Test
    void aDecisionListRecordsReportingBackAndItsActionPointsWithTheirParty() {
        List<Action> actions = new DocumentTagger().tag(Docs.of(DocKind.decision_list, List.of(
                h("6", "Rondvraag", 1),
                p("De heer Visser vraagt naar de wachttijden bij de meldkamer. De directeur gaat dit na en informeert het bestuur in"
                        + " de volgende vergadering."),
                h(null, "Actiepunten", 1),
                li("-", "Dagelijks bestuur: notitie over de bijdragen van de gemeenten, voor 1 mei 2026."),
                li("-", "Directeur meldkamer: overzicht wachttijden, volgende vergadering.")), List.of())).actions();
        assertEquals(3, actions.size(), actions::toString);
        assertEquals("De directeur", find(actions, "gaat dit na").actor(), actions::toString);
        assertEquals("Dagelijks bestuur", find(actions, "notitie over").actor(), actions::toString);
        assertEquals(LocalDate.of(2026, 5, 1), find(actions, "notitie over").due(), actions::toString);
        assertEquals("Directeur meldkamer", find(actions, "overzicht wachttijden").actor(), actions::toString);
    }

    @Test
    void aPromisePointedAtIsNotMadeAgain() {
        List<Action> actions = tag(List.of(
                h("7", "Parkeerbeleid", 1),
                p("De heer Bos vraagt of de raad de evaluatie krijgt. Ja, dat heeft de gedeputeerde al toegezegd."),
                p("Volgens mij heeft hij dat toegezegd."),
                p("De wethouder heeft toegezegd de raad voor 1 mei 2026 over de evaluatie te informeren.")));
        assertEquals(1, actions.size(), actions::toString);
        assertTrue(actions.get(0).text().startsWith("De wethouder heeft toegezegd"), actions::toString);
    }
    @Test
    void aPromiseReferredToAsMadeBeforeOrAToeOfAnotherClauseIsNoPromise() {
        List<Action> actions = tag(List.of(
                h("8", "Sportvelden", 1),
                p("Mevrouw Kok (SP). Maar dat punt was in de commissie al eerder toegezegd."),
                p("Wethouder Van Dam. In de commissie heb ik dit ook al toegezegd, dus de motie is niet nodig."),
                p("De heer Bos (CDA). Niemand zegt dat de clubs daar geen recht toe hebben."),
                p("De heer Bos (CDA). Wij zeggen: houd het zoals het tot nu toe is geregeld."),
                p("Mevrouw Kok (SP). Goed dat de wethouder heeft toegezegd om de clubs bij de planning te betrekken."),
                p("Wethouder Van Dam. Ik zeg u graag toe dat ik de raad voor de zomer informeer."),
                p("Wethouder Van Dam. Dus ik ga met de clubs om tafel, zoals ik ook al heb toegezegd in de commissie.")));
        assertEquals(3, actions.size(), actions::toString);
        assertEquals("Goed dat de wethouder heeft toegezegd om de clubs bij de planning te betrekken.", actions.get(0).text());
        assertEquals("Ik zeg u graag toe dat ik de raad voor de zomer informeer.", actions.get(1).text());
        // a commitment made now that recalls the earlier promise is still one
        assertTrue(actions.get(2).text().endsWith("Dus ik ga met de clubs om tafel, zoals ik ook al heb toegezegd in de commissie."));
        assertEquals("de wethouder", actions.get(0).actor());
    }

    @Test
    void theNextPagesHeaderAndPageNumberAmongTheAgreedPointsAreNone() {
        LogicalDocument doc = Docs.of(DocKind.minutes, List.of(
                Block.paragraph("Verslag dagelijks bestuur Testland \u2013 4 maart 2026", 1),
                Block.paragraph("Het dagelijks bestuur bespreekt de begroting.", 1),
                Block.paragraph("Actiepunten", 1),
                Block.paragraph("De secretaris stuurt de reactienota v\u00f3\u00f3r 1 april aan de gemeenten.", 1),
                Block.paragraph("pagina 2 van 2", 2),
                Block.paragraph("Verslag dagelijks bestuur Testland \u2013 4 maart 2026", 2),
                Block.paragraph("De controller agendeert de risicoparagraaf voor de junivergadering.", 2),
                Block.paragraph("Aldus vastgesteld in de vergadering van 8 april 2026.", 2)), List.of());
        List<Action> a = new DocumentTagger().tag(doc).actions();
        assertEquals(List.of("De secretaris stuurt de reactienota v\u00f3\u00f3r 1 april aan de gemeenten.",
                "De controller agendeert de risicoparagraaf voor de junivergadering."), a.stream().map(Action::text).toList());
    }

    @Test
    void aQuotedQuestionAskingForAPromiseIsNone() {
        List<Action> a = tag(List.of(
                h("5", "Kadernota", 1),
                p("Mevrouw Smit (D66): \u201cKan de wethouder toezeggen dat de clubs vooraf worden gehoord?\u201d"),
                p("Wethouder Bakker zegt toe de clubs v\u00f3\u00f3r 1 mei te horen.")));
        assertEquals(List.of("Wethouder Bakker zegt toe de clubs v\u00f3\u00f3r 1 mei te horen."), a.stream().map(Action::text).toList());
    }
}
