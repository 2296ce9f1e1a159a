package nl.gremium.tag;

import static nl.gremium.tag.Docs.h;
import static nl.gremium.tag.Docs.li;
import static nl.gremium.tag.Docs.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.gremium.model.Action;
import nl.gremium.model.Decision;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import org.junit.jupiter.api.Test;

class ActionTaggerTest {

    private static List<Action> tag(LogicalDocument doc) {
        return new ActionTagger().tag(new DocumentView(doc), new IdSequence(doc.id(), 'a'));
    }

    @Test
    void aCommitmentReportedIsStillToBeKept() {
        LogicalDocument doc = Docs.of(DocKind.report, List.of(
                p("Het college heeft toegezegd vóór 1 maart 2027 een inhuurkader aan de raad te sturen."),
                p("Het college heeft toegezegd dat het kader er komt, maar dat is al gebeurd.")), List.of());
        assertEquals(List.of("Het college"), tag(doc).stream().map(Action::actor).toList());
    }

    @Test
    void aSupervisorAskingTheBoardGivesTheBoardATaskButItsStudyMethodIsNone() {
        LogicalDocument doc = Docs.of(DocKind.inspection_report, List.of(
                p("De inspectie verzoekt het bestuur binnen acht weken na ontvangst van dit rapport een verbeterplan toe te sturen, "
                        + "waarin staat welke maatregelen worden genomen en wanneer."),
                p("In dit vervolgonderzoek gaan wij na wat er met de verbeteringen is gebeurd."),
                p("De afdeling Informatievoorziening voert vóór het einde van dit jaar een review uit en legt de uitkomst vast.")), List.of());
        assertEquals(List.of("het bestuur", "De afdeling Informatievoorziening"), tag(doc).stream().map(Action::actor).toList());
    }

    @Test
    void theSendersSeparableTaskVerbWithADateAheadIsItsCommitment() {
        LogicalDocument doc = Docs.of(DocKind.letter, List.of(p("Geachte leden van de raad,"),
                p("Wij passen de regeling per 1 september 2026 aan, zodat verenigingen meer tijd krijgen."),
                p("Ik ga daarom in het najaar met de sector in gesprek over een landelijke regeling."),
                p("Vanaf 2027 breiden we het aantal steunpunten uit, afhankelijk van de middelen die het Rijk beschikbaar stelt."),
                p("Met vriendelijke groet,")), List.of());
        assertEquals(2, tag(doc).size(), () -> tag(doc).toString()); // a plan on a condition is no commitment
    }

    @Test
    void aBodyAskedInThePassiveInAMeetingsRecordHasTheTask() {
        LogicalDocument doc = Docs.of(DocKind.minutes, List.of(
                p("Het dagelijks bestuur wordt verzocht vóór de zomer een tweede tariefvariant door te rekenen."),
                p("De heer Smit wordt gevraagd of hij het eens is met de planning.")), List.of());
        assertEquals(List.of("Het dagelijks bestuur"), tag(doc).stream().map(Action::actor).toList());
    }

    @Test
    void aRequestIsATaskWhereItIsMadeNotWhereItIsProposedOrAMemberAsksIt() {
        String request = "De raad vraagt het bestuur van de omgevingsdienst om het verzuim structureel te monitoren.";
        assertEquals(List.of(), tag(Docs.of(DocKind.proposal, List.of(p(request)), List.of())), "a proposed zienswijze asks nothing yet");
        assertEquals(List.of("het bestuur van de omgevingsdienst"),
                tag(Docs.of(DocKind.letter, List.of(p(request)), List.of())).stream().map(Action::actor).toList());
        assertEquals(List.of(), tag(Docs.of(DocKind.report, List.of(li("11.", "11. Verzoekt het college onderzoek te doen naar "
                + "buurtteams.")), List.of())), "a motion's dictum quoted in a report");
        LogicalDocument minutes = Docs.of(DocKind.minutes, List.of(
                p("Het AB verzoekt het DB de evaluatie aan te vullen met de bevindingen van het waterschap."),
                p("De heer Jansen vraagt het college de kosten van de verbouwing te verantwoorden.")), List.of());
        assertEquals(List.of("het DB"), tag(minutes).stream().map(Action::actor).toList());
        String college = "Het waterschap verzoekt het college van burgemeester en wethouders vóór 1 mei een reactie te geven.";
        assertEquals(List.of("het college van burgemeester en wethouders"),
                tag(Docs.of(DocKind.letter, List.of(p(college)), List.of())).stream().map(Action::actor).toList(), "the party runs on");
        String charged = "De motie draagt de burgemeester op in het algemeen bestuur van de veiligheidsregio te pleiten voor de post.";
        assertEquals(List.of("de burgemeester"),
                tag(Docs.of(DocKind.letter, List.of(p(charged)), List.of())).stream().map(Action::actor).toList(), "a charge asks too");
    }

    @Test
    void findsCommitmentsWithActorAndDueDate() {
        LogicalDocument doc = Docs.of(DocKind.minutes, List.of(
                h("4", "Huisvesting", 1),
                p("Mevrouw Brouwer vraagt naar de stand van zaken rond de kazerne in Dalfsen. De heer Hendriks "
                        + "antwoordt dat de aanbesteding loopt. Hij zal de planning op 3 april 2026 toesturen."),
                p("De heer Kuipers gaat na of de gemeente de grond wil verkopen."),
                p("Het rapport wordt na de zomer met de gemeenteraden gedeeld."),
                p("De regio voert momenteel een onderzoek uit naar de opkomsttijden.")), List.of());
        List<Action> a = tag(doc);
        assertEquals(3, a.size(), a::toString);
        assertEquals("De heer Hendriks (Hij)", a.get(0).actor());
        assertEquals(LocalDate.of(2026, 4, 3), a.get(0).due());
        assertEquals("De heer Kuipers", a.get(1).actor());
        assertEquals(null, a.get(2).actor());
    }

    @Test
    void aSupervisorsNextStepInThePresentWithATimeAheadIsItsAction() {
        List<Action> a = tag(Docs.of(DocKind.inspection_report, List.of(
                p("De inspectie beoordeelt de kwaliteit aan de hand van het onderzoekskader."),
                p("Vervolg"),
                p("Wij voeren in het najaar van 2029 een herstelonderzoek uit."),
                p("De inspectie voert in het voorjaar van 2030 een nieuw onderzoek uit.")), List.of()));
        assertEquals(2, a.size(), a::toString);
        assertTrue(a.get(0).actor().endsWith("(Wij)"), a::toString);
        assertEquals("De inspectie", a.get(1).actor());
        List<Action> next = tag(Docs.of(DocKind.inspection_report, List.of(
                p("De zorgaanbieder stuurt binnen zes weken een verbeterplan naar de inspectie."),
                p("De inspectie bezoekt de locatie in het najaar van 2030 opnieuw."),
                p("Daartoe moet binnen zes weken na verzending van dit rapport een bezwaarschrift worden ingediend.")), List.of()));
        assertEquals(List.of("De zorgaanbieder", "De inspectie"), next.stream().map(Action::actor).toList(), next::toString);
    }

    @Test
    void anOtherPapersBarePassiveIsAFollowUpOnlyInANotesShortSentence() {
        LogicalDocument doc = Docs.of(DocKind.other, List.of(
                p("Stand van zaken"),
                p("Het plan van aanpak voor de oefening wordt opgesteld."),
                // what a released ruling or a regulation says, not a step anyone takes
                p("Volgens artikel 12 van de verordening mogen producten die niet veilig zijn, niet in de handel worden gebracht."),
                p("Bovendien heeft de toezichthouder bij zijn oordeel rekening gehouden met kwetsbare groepen zoals kinderen, die "
                        + "in de praktijk ook met producten voor volwassenen in aanraking komen en aan wie die producten dus ook "
                        + "worden gegeven.")), List.of());
        List<Action> a = tag(doc);
        assertEquals(List.of("Het plan van aanpak voor de oefening wordt opgesteld."), a.stream().map(Action::text).toList());
    }

    @Test
    void theBodyAMeetingAgreedShouldActAndABareRoleOpeningAnActionLine() {
        LogicalDocument doc = Docs.of(DocKind.minutes, List.of(
                h("5", "Zienswijzen", 1),
                p("Afgesproken wordt dat het dagelijks bestuur de opmerkingen verwerkt in de begroting 2027."),
                p("Actie: secretaris stuurt de antwoordbrief voor 1 september aan de raden."),
                p("Actie: commandant: varianten voor de kazerne uitwerken."),
                p("Actie: Wethouder Smit stuurt de commissie voor 1 december de tellingen.")), List.of());
        List<Action> a = tag(doc);
        assertEquals(List.of("het dagelijks bestuur", "secretaris", "commandant", "Wethouder Smit"), a.stream().map(Action::actor).toList(),
                a::toString);
    }

    @Test
    void actionListsAndLettersNeedANamedActor() {
        LogicalDocument letter = Docs.of(DocKind.letter, List.of(
                p("Het rapport wordt intern gedeeld."),
                p("De Inspectie zal de opvolging van de aanbevelingen de komende jaren monitoren."),
                p("We spreken de volgende actiepunten af:"),
                li("a.", "inventariseer de noodstroomvoorzieningen;"),
                li("b.", "actualiseer het draaiboek."),
                p("Met vriendelijke groet,")), List.of());
        List<Action> a = tag(letter);
        assertEquals(3, a.size(), a::toString);
        assertEquals("De Inspectie", a.get(0).actor());
        assertEquals("inventariseer de noodstroomvoorzieningen;", a.get(1).text());
    }

    @Test
    void evaluatingDiscussingAndSharingAheadAreTasksOfWhoeverDoesThem() {
        LogicalDocument letter = Docs.of(DocKind.letter, List.of(
                p("Wij evalueren de nieuwe contracten na een jaar en delen de uitkomsten met uw raad in het eerste kwartaal van 2027."),
                p("De wethouder bespreekt de overgang op 20 mei met de cliëntenraad."),
                p("In 2025 bespraken wij de contracten met de aanbieders.")), List.of());
        List<Action> a = tag(letter);
        assertEquals(2, a.size(), a::toString);
        assertEquals("Veiligheidsregio Testland (Wij)", a.get(0).actor());
        assertEquals("De wethouder", a.get(1).actor());
    }

    @Test
    void underAReplyLabelWeIsTheAuditeeNotTheLettersWriter() {
        LogicalDocument letter = Docs.of(DocKind.letter, List.of(
                p("Aanbeveling"),
                p("Controleer de mutaties in het salarissysteem maandelijks."),
                p("Reactie management"),
                p("Wij zullen de maandelijkse controle vanaf 1 september 2026 invoeren."),
                p("Aanbeveling"),
                p("Leg de parameters van de grondexploitaties vast."),
                p("Wij zullen de opvolging bij de jaarrekeningcontrole toetsen.")), List.of());
        List<Action> a = tag(letter);
        assertEquals(2, a.size(), a::toString);
        assertEquals("Wij", a.get(0).actor());
        assertEquals("Veiligheidsregio Testland (Wij)", a.get(1).actor());
        LogicalDocument inline = Docs.of(DocKind.letter, List.of(
                p("Reactie management: wij zullen de maandelijkse controle vanaf 1 september 2026 invoeren.")), List.of());
        assertEquals("wij", tag(inline).get(0).actor());
    }

    @Test
    void underAReplyHeadingNamingItsBodyWeIsThatBodyUntilTheAfterword() {
        LogicalDocument report = Docs.of(DocKind.report, List.of(
                h("4", "Aanbevelingen", 1),
                p("Stel een monitoringsplan op met indicatoren per gebied."),
                h("5", "Reactie Gedeputeerde Staten", 1),
                p("Wij nemen de aanbevelingen over. Wij zullen Provinciale Staten voor 1 januari 2027 een monitoringsplan toesturen."),
                p("Nawoord van de rekenkamer"),
                p("Wij zullen de uitvoering van het plan in 2028 onderzoeken.")), List.of());
        List<Action> a = tag(report);
        assertEquals(List.of("Gedeputeerde Staten (Wij)", "Veiligheidsregio Testland (Wij)"),
                a.stream().map(Action::actor).toList(), a::toString);
    }

    @Test
    void theClauseThatPromisesNamesTheActorAndAnActionLinesFirstFieldIsWho() {
        LogicalDocument minutes = Docs.of(DocKind.minutes, List.of(
                h("5", "Toezeggingenlijst", 1),
                p("Toezegging 2026-17 blijft staan; de gedeputeerde zal de Staten voor de zomer informeren."),
                p("Actie: directeur – inventarisatie bluswater Terneuzen – 1 mei 2027")), List.of());
        List<Action> a = tag(minutes);
        assertEquals(List.of("de gedeputeerde", "directeur"), a.stream().map(Action::actor).toList(), a::toString);
        DocumentView view = new DocumentView(minutes);
        assertEquals("commandant brandweer", ActionTagger.actor("commandant brandweer – de oefening in maart voorbereiden.", List.of(), view));
        assertEquals("afdeling Financiën", ActionTagger.actor("afdeling Financiën – de rekening vóór 1 mei afsluiten.", List.of(), view));
        assertEquals("Team Vergunningen", ActionTagger.actor("Team Vergunningen verzendt het besluit aan de aanvrager.", List.of(), view));
        // a line without a subject that names who in brackets
        assertEquals("wethouder Smit", ActionTagger.actor("Overzicht laadpalen per wijk naar de commissie (wethouder Smit, eerste"
                + " kwartaal 2028).", List.of(), new DocumentView(minutes)));
    }

    @Test
    void aTextAnnouncingWhatItDescribesFurtherOnIsNoTask() {
        assertFalse(ActionTagger.isAction("In dit onderzoek gaan wij na hoe het ministerie de besteding van de uitkeringen volgt."));
        assertFalse(ActionTagger.isAction("In hoofdstuk 4 zullen wij de bevindingen per gemeente beschrijven."));
        assertFalse(ActionTagger.isAction("Onderstaand wordt beschreven hoe de selectie wordt gemaakt en hoe de regio zal adviseren."));
        assertTrue(ActionTagger.isAction("Wij gaan de raad in maart informeren over de uitkomsten van het onderzoek."));
    }

    @Test
    void whoPromisesIsTheSubjectOfZegtToeAlsoAfterAQuestionWithoutAStop() {
        LogicalDocument minutes = Docs.of(DocKind.minutes, List.of(
                p("De heer Lemmens vraagt naar de wachttijden bij de jeugdzorg De directeur zegt toe hierover in november een"
                        + " notitie te sturen.")), List.of());
        List<Action> a = tag(minutes);
        assertEquals(1, a.size(), a::toString);
        assertEquals("De directeur", a.get(0).actor());
    }

    @Test
    void proposalsAndQuestionsAreNotActions() {
        assertFalse(ActionTagger.isAction("De heer Vos stelt voor om dit een keer te agenderen."));
        assertFalse(ActionTagger.isAction("Gaat de regio de kosten zelf dragen?"));
        assertTrue(ActionTagger.isAction("Wij verzoeken u de zienswijze voor 1 mei in te dienen."));
    }

    @Test
    void whatTheSenderLeavesOutIsNoCommitment() {
        assertTrue(ActionTagger.isAction("De opmerkingen over het fietspad nemen wij mee in het ontwerp."));
        assertFalse(ActionTagger.isAction("De kalveren zijn jonger dan een jaar en die neem ik daarom niet mee in de berekening."));
        assertFalse(ActionTagger.isAction("Wij nemen de oude aanvraag niet mee bij de beoordeling."));
    }

    @Test
    void theAgentOfAPassiveEndsAtItsNounAndAnActiveClauseHasNone() {
        LogicalDocument letter = Docs.of(DocKind.letter, List.of(
                p("Ook zal het college in de raadsbrief van 1 juni 2026 ingaan op de kosten door de ramingen van 2019 te actualiseren."),
                p("De vraag of een vergunning nodig is, zal door de provincie dienen te worden beantwoord."),
                p("Volgende week zal de gedeputeerde ook de planning van het project toesturen.")), List.of());
        List<Action> a = tag(letter);
        assertEquals(List.of("het college", "de provincie", "de gedeputeerde"), a.stream().map(Action::actor).toList(), a::toString);
    }

    @Test
    void whatTheReaderWillReceiveIsTheWritersTaskAndTheStepAfterAdoptionIsAhead() {
        LogicalDocument letter = Docs.of(DocKind.letter, List.of(
                p("Voor 1 oktober 2026 ontvangt u van ons de evaluatie van de kazernes."),
                p("U ontvangt dit jaarlijks in de jaarstukken, zoals u gewend bent.")), List.of());
        List<Action> a = tag(letter);
        assertEquals(1, a.size(), a::toString);
        assertEquals("Veiligheidsregio Testland", a.get(0).actor());
        assertEquals(LocalDate.of(2026, 10, 1), a.get(0).due());
        LogicalDocument proposal = Docs.of(DocKind.proposal, List.of(
                p("Na vaststelling informeren wij de gemeenten over de nieuwe verdeelsleutel."),
                p("Na vaststelling door het algemeen bestuur treedt de regeling op de dag na bekendmaking in werking, tenzij "
                        + "er binnen de termijn een bezwaar wordt ingediend.")), List.of());
        List<Action> b = tag(proposal);
        assertEquals(1, b.size(), b::toString);
        assertTrue(b.get(0).text().startsWith("Na vaststelling informeren wij"), b::toString);
        // the step after the board's decision, and informing the board at set times, are commitments; an event held
        // every year is not
        LogicalDocument next = Docs.of(DocKind.proposal, List.of(
                p("Na uw besluit starten wij de aanbesteding van de kademuur."),
                p("Wij informeren u halfjaarlijks over de voortgang via de bestuursrapportage."),
                p("Jaarlijks houden wij een open dag op de rioolwaterzuivering."),
                p("Het adviesteam rapporteert jaarlijks aan het college over zijn werkzaamheden.")), List.of());
        assertEquals(List.of("Na uw besluit starten wij de aanbesteding van de kademuur.",
                "Wij informeren u halfjaarlijks over de voortgang via de bestuursrapportage."), tag(next).stream().map(Action::text).toList());
        // the executive named after an inverted verb; a passive with its time; what the proposal entails has none
        LogicalDocument steps = Docs.of(DocKind.proposal, List.of(
                p("Na uw besluit start het college de aanbesteding van de fietsbrug."),
                p("Na uw besluit gunt het dagelijks bestuur het werk aan de laagste inschrijver."),
                p("Omwonenden worden in het najaar uitgenodigd voor een informatieavond."),
                p("De kosten worden gedekt uit de reserve infrastructuur.")), List.of());
        assertEquals(List.of("Na uw besluit start het college de aanbesteding van de fietsbrug.",
                "Na uw besluit gunt het dagelijks bestuur het werk aan de laagste inschrijver.",
                "Omwonenden worden in het najaar uitgenodigd voor een informatieavond."), tag(steps).stream().map(Action::text).toList());
    }

    @Test
    void aProposalsPlannedWorkAndFollowUpStepsAreTasks() {
        LogicalDocument proposal = Docs.of(DocKind.proposal, List.of(
                p("De renovatie van de sporthal omvat de volgende maatregelen:"),
                li("•", "Een zonneboiler plaatsen op het dak van de sporthal. Een zonneboiler verwarmt water met zonlicht."),
                li("•", "De kozijnen zullen worden vervangen door houten kozijnen. De oude kozijnen zullen worden afgevoerd."),
                p("In 2024 zijn de volgende maatregelen al uitgevoerd:"),
                li("•", "Het dak van de kleedkamers is geïsoleerd."),
                h(null, "Uitvoering", 2),
                p("Versturen van de opdrachtbevestiging aan de aannemer"),
                h(null, "Communicatie", 2),
                p("Plaatsen van een bericht op de website")), List.of());
        List<String> a = tag(proposal).stream().map(Action::text).toList();
        assertEquals(List.of("Een zonneboiler plaatsen op het dak van de sporthal.",
                "De kozijnen zullen worden vervangen door houten kozijnen. De oude kozijnen zullen worden afgevoerd.",
                "Versturen van de opdrachtbevestiging aan de aannemer"), a);
    }

    @Test
    void aFuturePassiveIsAPlanWhenItGoesToACouncilWithItsTime() {
        List<String> a = tag(Docs.of(DocKind.report, List.of(
                p("De evaluatie van de regeling zal in het eerste kwartaal van 2027 aan uw Staten worden toegezonden."),
                p("De regeling zal in het eerste kwartaal van 2027 worden geëvalueerd.")), List.of())).stream().map(Action::text).toList();
        assertEquals(List.of("De evaluatie van de regeling zal in het eerste kwartaal van 2027 aan uw Staten worden toegezonden."), a);
    }

    @Test
    void theSendersOwnPresentTenseCommitsEvenAfterADecidedClause() {
        String clause = "De brieven van de waterschappen te beantwoorden met de bijgevoegde antwoorden. "
                + "De ideeën uit de brieven nemen we mee in het nieuwe beleidskader.";
        LogicalDocument note = Docs.of(DocKind.proposal, List.of(
                p(clause),
                p("Wij nemen de opmerkingen van de gemeenten mee bij de uitwerking van de visie.")), List.of());
        List<Action> a = new ActionTagger().tag(new DocumentView(note), new IdSequence(note.id(), 'a'),
                List.of(new Decision("d1", clause, null, null, null, null, null, null, 1, null)));
        assertEquals(List.of("De ideeën uit de brieven nemen we mee in het nieuwe beleidskader.",
                "Wij nemen de opmerkingen van de gemeenten mee bij de uitwerking van de visie."), a.stream().map(Action::text).toList());
        assertTrue(a.stream().allMatch(x -> x.actor() != null), a::toString);
    }

    @Test
    void questionsWithoutMarkReportedMessagesAndPredictionsAreNot() {
        assertFalse(ActionTagger.isAction("Hoe gaan we om met de overige gebieden, als daar te weinig uit komt."));
        assertFalse(ActionTagger.isAction("Bij brief van 3 maart 2025 heeft de dienst u laten weten dat uw verzoek "
                + "verder zal worden behandeld door de directie."));
        assertFalse(ActionTagger.isAction("Het nieuwe station zal daarmee een veel grotere capaciteit hebben dan het oude."));
        assertTrue(ActionTagger.isAction("Wat betreft de planning zal de secretaris de stukken voor 1 juni rondsturen."));
        assertFalse(ActionTagger.isAction("Waar gaat de melding over Verkeer en parkeren"), "a form's label");
        assertFalse(ActionTagger.isAction("In de brief van 3 maart bent u erover geïnformeerd dat de directie in april een besluit zal nemen."),
                "a letter received, reported");
        assertTrue(ActionTagger.isAction("Waar nodig zal de secretaris de stukken voor 1 juni rondsturen."));
        assertFalse(ActionTagger.isAction("Hieronder zal ik dat per document nader motiveren."), "the text announcing itself");
        assertFalse(ActionTagger.isAction("Ik zal in deze brief de drie scenario's voor de kazerne bespreken."));
        assertFalse(ActionTagger.isAction("Specifiek verzoekt u om de verslagen van het overleg vóór 1 juni toe te sturen."),
                "the requester's words are no commitment");
    }

    @Test
    void whatDisclosureWouldCauseAndTheRuleALetterAppliesAreNoTasks() {
        assertFalse(ActionTagger.isAction("Het vrijgeven van deze offertes zal de positie van de gemeente bij de aanbesteding schaden."));
        assertFalse(ActionTagger.isAction("Openbaarmaking zal naar mijn oordeel leiden tot onevenredige benadeling van de leveranciers."));
        assertFalse(ActionTagger.isAction("De nadelen die deze bedrijven zullen ondervinden wegen zwaarder dan het belang van openbaarheid."));
        assertFalse(ActionTagger.isAction("Op grond van artikel 5.1, vijfde lid, zal ik geen gegevens openbaar maken indien dat tot "
                + "onevenredige benadeling leidt."));
        assertTrue(ActionTagger.isAction("De directeur zal de documenten voor 1 mei aan de verzoeker toezenden."));
        assertFalse(ActionTagger.isAction("Daarnaast is het mogelijk dat de leveranciers hun offertes zullen intrekken."));
        assertFalse(ActionTagger.isAction("Het gaat concreet om kennis die de adviseurs bij de aanbesteding gaan inbrengen."));
        assertFalse(ActionTagger.isAction("Ik zal in dit besluit de twee onderdelen van uw verzoek afzonderlijk toelichten."));
    }

    @Test
    void lawQuotedInALettersAnnexHoldsNoTasks() {
        var doc = Docs.of(DocKind.letter, List.of(
                Docs.p("De afdeling Communicatie zal de stukken op 1 juni 2026 op de website plaatsen."),
                Docs.p("Op grond van artikel 5.1, vijfde lid, zal ik geen gegevens openbaar maken indien dat tot onevenredige"
                        + " benadeling leidt."),
                Docs.p("Bijlage 1 - Relevante artikelen uit de Woo"),
                Docs.p("Het bestuursorgaan zal de verzoeker binnen twee weken in de gelegenheid stellen het verzoek aan te vullen.")),
                List.of());
        var tags = new DocumentTagger().tag(doc);
        assertEquals(List.of("De afdeling Communicatie zal de stukken op 1 juni 2026 op de website plaatsen."),
                tags.actions().stream().map(Action::text).toList());
        var annexAlone = Docs.of(DocKind.other, List.of(
                Docs.p("BULAGE 1 - Relevante wetsartikelen"), // a scan's capital IJ read as U
                Docs.p("Het bestuursorgaan zal de verzoeker binnen twee weken in de gelegenheid stellen het verzoek aan te vullen.")),
                List.of());
        assertEquals(List.of(), new DocumentTagger().tag(annexAlone).actions(), "an annex of law on its own holds no tasks either");
    }

    @Test
    void aReportedQuestionIsNoActionButAPromiseToAskIs() {
        assertFalse(ActionTagger.isAction("De leden van de fractie vragen de wethouder wanneer zij de pilot gaat evalueren."));
        assertFalse(ActionTagger.isAction("Daarnaast vragen zij mij wat ik het komende jaar ga doen om de wachtlijsten te verkorten."));
        assertFalse(ActionTagger.isAction("Zij zijn benieuwd hoe het college de proef gaat uitbreiden."));
        assertTrue(ActionTagger.isAction("Ik zal de provincie vragen of zij de regeling wil verlengen."));
        assertTrue(ActionTagger.isAction(
                "Mevrouw Jansen vraagt na of de zaal beschikbaar is en informeert de leden voor de volgende vergadering."),
                "finding out ('navragen') is a task");
        assertTrue(ActionTagger.isAction("De voorzitter zegt toe na te vragen of de kazerne beschikbaar is."));
    }

    @Test
    void theMeasuresABillContainsAreNoTasks() {
        LogicalDocument note = Docs.of(DocKind.proposal, List.of(
                p("Het wetsvoorstel stelt de volgende maatregelen voor:"),
                li("o", "ter versterking van het toezicht wordt de houder verplicht om een veiligheidsplan op te stellen;"),
                li("o", "de gemeente krijgt jaarlijks een overzicht van de inspecties.")), List.of());
        assertEquals(List.of(), tag(note), "a bill's measures");
    }

    @Test
    void informingAndOrganisingAheadAreCommitmentsInEveryPersonOfTheVerb() {
        LocalDate date = LocalDate.of(2026, 10, 13);
        for (String s : List.of("Wij informeren u in het voorjaar van 2027 over de gunning.",
                "De wethouder informeert de commissie na de zomer over de uitkomst.",
                "Wij organiseren in januari een bijeenkomst voor de omwonenden.",
                "De griffie organiseert volgende maand een werkbezoek.")) {
            assertTrue(ActionTagger.kind(s, false, date) != null, s);
        }
        for (String s : List.of("De werkgroep gaat er in haar advies van uit dat de regeling blijft bestaan.",
                "De gemeente gaat ervan uit dat de subsidie volgend jaar wordt verlengd.",
                "Het rapport gaat in op de meldingen die de dienst in de afgelopen jaren heeft ontvangen.",
                "Daarmee gaat de verzoeker eraan voorbij dat de regeling voor iedereen geldt.",
                "De inspecteur zal het verband tussen de meldingen echter vaak niet kunnen aantonen.",
                "De nota gaat in het tweede hoofdstuk uitgebreid in op de kosten van het onderhoud.",
                "Door de nieuwe aansluiting zal het verkeer op de Dorpsstraat de komende jaren verder toenemen.",
                "Meer verkeer zal in de komende jaren tot meer hinder voor de omwonenden leiden.",
                "Het is voldoende dat men voorziet dat het overleg met de buurgemeenten stroever zal gaan verlopen.",
                "Het nieuwe gemaal zal hierdoor vanaf de dijk nauwelijks zichtbaar zijn.",
                "Het is niet aannemelijk dat de aannemer de brug voor de zomer zal opleveren.",
                "De planning van de renovatie zal door de lange vergunningsprocedure vertragen.",
                "De zonnepanelen zullen niet zichtbaar zijn vanaf de straat.",
                "Het doorgaande vrachtverkeer zal na de afsluiting via de Kanaalweg rijden.",
                "Daarna gaan de bussen de Dorpsstraat in richting het station.",
                "Ik zal uw verzoek daarom toetsen aan de Woo.",
                "Gelet hierop zal ik thans de Woo toepassen op de stukken die ik heb gevonden.",
                "Inwoners denken mee over het plan, maar het gaat niet zo ver dat zij over de inrichting beslissen.")) {
            assertEquals(null, ActionTagger.kind(s, false, date), "an assumption, a subject dealt with, a point passed over, an ability, a prediction: " + s);
        }
        assertNotEquals(null, ActionTagger.kind("De gemeente zal ervoor zorgen dat alle inwoners in 2027 kunnen meedoen.", false, date),
                "an ability in the clause after the promise");
        assertEquals(null, ActionTagger.kind("Wij informeren u hierbij over de stand van zaken.", false, date),
                "informing now, in this very letter, promises nothing");
        assertEquals(null, ActionTagger.kind("Technische vragen kunnen tot 1 april worden ingediend bij de griffie.", true, date),
                "a possibility offered to the reader is no task");
        assertEquals(null, ActionTagger.kind("Dit betekent dat de regeling pas kan worden voorgelegd aan de raad, zodra de wet is "
                + "aanvaard.", false, date), "a possibility explained is no task");
    }

    @Test
    void aFutureOfCompositionIsNoTask() {
        LogicalDocument letter = Docs.of(DocKind.letter, List.of(
                p("De monitor zal in ieder geval bestaan uit drie delen: bereik, kosten en tevredenheid."),
                p("De wethouder zal in het voorjaar een werkbezoek aan de wijk brengen.")), List.of());
        List<Action> a = tag(letter);
        assertEquals(1, a.size(), a::toString);
        assertEquals("De wethouder", a.get(0).actor());
    }

    @Test
    void aSentenceOpeningWithZoalsTakesItsActorAfterTheVerb() {
        LogicalDocument letter = Docs.of(DocKind.letter, List.of(
                p("Zoals is afgesproken zal de wethouder in het voorjaar een werkbezoek aan de wijk brengen.")), List.of());
        List<Action> a = tag(letter);
        assertEquals(1, a.size(), a::toString);
        assertEquals("de wethouder", a.get(0).actor());
        List<Action> adverb = tag(Docs.of(DocKind.letter, List.of(
                p("Derhalve zal de wethouder in het voorjaar de bewoners over de herinrichting informeren.")), List.of()));
        assertEquals(1, adverb.size(), adverb::toString);
        assertEquals("de wethouder", adverb.get(0).actor(), "an adverb before the verb is no actor");
        List<Action> conjunction = tag(Docs.of(DocKind.letter, List.of(
                p("En zal de wethouder in het voorjaar de bewoners over de herinrichting informeren.")), List.of()));
        assertEquals("de wethouder", conjunction.get(0).actor(), "nor is a conjunction");
        LogicalDocument sent = Docs.of(DocKind.letter, List.of(
                p("U zal de beslissing over de e-mails van de sluiswachters in het voorjaar ontvangen.")), List.of());
        List<Action> receiving = tag(sent);
        assertEquals(1, receiving.size(), receiving::toString);
        assertEquals("Veiligheidsregio Testland", receiving.get(0).actor(), "the addressee who receives does nothing; the writer sends");
        assertEquals("u", ActionTagger.actor("Want aan de ene kant zegt u bij de begroting toe dat we de cijfers over de bomenkap wel krijgen.",
                List.of(), new DocumentView(Docs.of(DocKind.minutes, List.of(), List.of()))), "in minutes 'u' is a member spoken to");
        assertNotEquals("het voor", ActionTagger.actor("Hierdoor wordt het voor bewoners in 2027 makkelijker om de wijk te bereiken.",
                List.of(), new DocumentView(Docs.of(DocKind.letter, List.of(), List.of()))), "a pronoun before a preposition");
        assertEquals("het waterschap", ActionTagger.actor("Daarin is afgesproken dat het waterschap de dijkvakken voor 1 juni zal inspecteren.",
                List.of(), new DocumentView(Docs.of(DocKind.letter, List.of(), List.of()))), "who was agreed to act, not the adverb");
        assertEquals("de regionale werkgroep", ActionTagger.actor("Voor de zomer zal de regionale werkgroep een voorstel voor de oefening doen.",
                List.of(), new DocumentView(Docs.of(DocKind.letter, List.of(), List.of()))), "an adjective is no noun phrase's end");
    }

    @Test
    void theLettersOwnActOfInformingIsNoTaskWhateverDateItMentions() {
        LocalDate date = LocalDate.of(2026, 3, 2);
        assertEquals(null, ActionTagger.kind("Met deze brief informeren wij u over de voortgang van het programma dat u op "
                + "14 januari 2026 heeft vastgesteld.", false, date));
        assertEquals(null, ActionTagger.kind("Hieronder ga ik voor elke notitie op de weigeringsgronden in.", false, date));
        assertEquals(null, ActionTagger.kind("Hierbij informeer ik u over de uitkomsten van de enquête onder de "
                + "ondernemers van 9 februari 2026.", false, date));
        assertTrue(ActionTagger.kind("Wij informeren u op 1 juni 2026 over de uitkomsten van de enquête.", false, date) != null);
    }

    @Test
    void aSentenceAdverbIsNoActor() {
        List<Action> actions = tag(Docs.of(DocKind.proposal, List.of(
                Docs.p("Vanzelfsprekend zal de gemeente ook in de nieuwe wijken de straten vegen."),
                Docs.p("Specifiek gaat het om de straten rond het station."),
                Docs.p("Zodoende is de planning om in het najaar te starten met de aanbesteding."),
                Docs.p("Dekking zal plaatsvinden uit de reserve onderhoud wegen."),
                Docs.p("Gevolg is dat bewoners eerder een eigen parkeerplaats zullen aanvragen.")), List.of()));
        assertEquals(List.of("de gemeente"), actions.stream().map(Action::actor).toList(), actions::toString);
    }
    @Test
    void aThingAsSubjectCommitsNobodyButAPartyDoes() {
        List<Action> actions = tag(Docs.of(DocKind.proposal, List.of(
                Docs.p("Het nieuwe clubhuis zal volledig gasloos zijn."),
                Docs.p("Na de verbouwing zal de fietsenstalling weer open gaan voor bezoekers."),
                Docs.p("De metingen zullen plaatsvinden bij drie scholen in de wijk."),
                Docs.p("In Parkzicht zullen er laadpalen komen voor deelauto's."),
                Docs.p("Daarna zal de verdere planning in overleg worden bepaald."),
                Docs.p("De huurder van het clubhuis zal de sleutels voor 1 mei inleveren."),
                Docs.p("Het projectteam gaat de omwonenden in maart uitnodigen."),
                Docs.p("De inhoudingsplichtige zal de aangifte alsnog indienen."),
                Docs.p("De kritiek is begrijpelijk, wij zullen de tekst van de regeling nog aanvullen."),
                Docs.p("Het college zal u in juni laten weten welke routes door de vervoerder worden gereden."),
                // passives: no party named as agent, so no task in a proposal
                Docs.p("Hiertoe zal een waardestelling van het pand uitgevoerd worden."),
                Docs.p("Onderzocht zal worden of de regeling kan worden verlengd.")), List.of()));
        assertEquals(List.of("De huurder van het clubhuis", "Het projectteam", "De inhoudingsplichtige", "Veiligheidsregio Testland (wij)",
                        "Het college"),
                actions.stream().map(Action::actor).toList(), actions::toString);
        assertTrue(Parties.canAct("de woningcorporaties"));
        assertTrue(Parties.canAct("de MRDH"));
        assertFalse(Parties.canAct("het vervoer van gevaarlijke stoffen"));
        assertFalse(Parties.canAct("de huidige vergunning"));
        assertFalse(Parties.canAct("de onderkant van de kelder"));
        assertFalse(Parties.canAct("het juiste zaaknummer"));
        assertTrue(Parties.canAct("de eigenaar van de winkel"));
        assertTrue(Parties.canAct("de fabrikant"));
        // an office by its noun with the unit after it, and an office whose noun no person's ending gives
        assertTrue(Parties.canAct("de teamleider bedrijfsvoering"));
        assertTrue(Parties.canAct("de inkoopcoördinator"));
        assertTrue(Parties.canAct("de concerncontroller"));
    }
    @Test
    void aProposalsPassiveStepAfterItsOwnAdoptionIsATaskWithoutANamedActor() {
        List<Action> actions = tag(Docs.of(DocKind.proposal, List.of(
                Docs.p("Na vaststelling wordt de zienswijze aan het bestuur van de regio gezonden."),
                Docs.p("Na besluitvorming door uw raad wordt het uitvoeringsplan verder uitgewerkt."),
                // a passive without the step after adoption stays a description
                Docs.p("In 2027 wordt de nieuwe brug over de Vecht gebouwd.")), List.of()));
        assertEquals(List.of("Na vaststelling wordt de zienswijze aan het bestuur van de regio gezonden.",
                "Na besluitvorming door uw raad wordt het uitvoeringsplan verder uitgewerkt."),
                actions.stream().map(Action::text).toList(), actions::toString);
        assertTrue(actions.stream().allMatch(a -> a.actor() == null), actions::toString);
    }

    @Test
    void aManagementResponseNamesWhoDoesWhatByWhen() {
        List<Action> actions = tag(Docs.of(DocKind.letter, List.of(
                Docs.p("De teamleider Invordering zal vanaf januari maandelijks de actieve accounts vergelijken met de personeelslijst."),
                Docs.p("De controller rondt de resterende interne controles af vóór 31 maart 2027."),
                Docs.p("Vanaf het tweede kwartaal van 2027 voert het team Kwaliteit ieder kwartaal een steekproef uit op tien dossiers."),
                // a fit described, not a step taken
                Docs.p("Deze aanpak sluit aan bij het landelijke beleid.")), List.of()));
        assertEquals(List.of("De teamleider Invordering", "De controller", "het team Kwaliteit"),
                actions.stream().map(Action::actor).toList(), actions::toString);
        assertTrue(Parties.canAct("de teamleider Invordering"));
    }

    @Test
    void theSenderPromisesInTheFirstPersonAlsoAfterAnAdverb() {
        List<Action> actions = tag(Docs.of(DocKind.letter, List.of(
                Docs.p("Ook zeggen wij toe dat de raad vanaf het najaar twee keer per jaar een voortgangsrapportage ontvangt."),
                Docs.p("Ik zeg u toe de evaluatie voor de zomer aan de raad te sturen."),
                // "zeggen" without the particle in its clause promises nothing
                Docs.p("Dat wil zeggen dat de regeling tot nu toe goed werkt.")), List.of()));
        assertEquals(2, actions.size(), actions::toString);
        assertTrue(actions.get(0).actor().endsWith("(wij)"), actions::toString);
    }

    @Test
    void aPresentPassiveWithItsTimeIsAStepAlsoInAProposal() {
        List<Action> a = tag(Docs.of(DocKind.report, List.of(
                p("Reactie van de directie"),
                p("De aanbesteding van het beheer wordt in oktober 2026 gepubliceerd."),
                p("Per 1 juli 2026 wordt voor alle betalingen een tweede handtekening ingevoerd."),
                p("In 2025 werd de regeling ingevoerd."),
                p("Het wagenpark wordt in de loop van de tijd vervangen."),
                p("Het expertteam wordt in het derde kwartaal uitgebreid."),
                p("De directie onderschrijft de aanbeveling en zal de werkwijze bij de jaarrekening 2026 aanpassen."),
                p("De rekenkamer zal in 2027 nagaan in hoeverre de aanbevelingen zijn opgevolgd.")), List.of()));
        assertEquals(List.of("De aanbesteding van het beheer wordt in oktober 2026 gepubliceerd.",
                "Per 1 juli 2026 wordt voor alle betalingen een tweede handtekening ingevoerd.",
                "Het expertteam wordt in het derde kwartaal uitgebreid.",
                "De directie onderschrijft de aanbeveling en zal de werkwijze bij de jaarrekening 2026 aanpassen.",
                "De rekenkamer zal in 2027 nagaan in hoeverre de aanbevelingen zijn opgevolgd."),
                a.stream().map(Action::text).toList(), a::toString);
        List<Action> proposal = tag(Docs.of(DocKind.proposal, List.of(
                p("De notitie wordt in oktober 2026 geagendeerd voor de bestuursdag."),
                p("De kosten worden gedekt uit de algemene reserve."),
                p("Vragen kunnen tot uiterlijk 2 oktober 2026 worden ingediend bij de griffie."),
                p("Schriftelijke vragen dienen binnen vier weken te worden beantwoord."),
                p("De tweede fase wordt daarom niet vóór 2030 uitgewerkt.")), List.of()));
        assertEquals(List.of("De notitie wordt in oktober 2026 geagendeerd voor de bestuursdag."),
                proposal.stream().map(Action::text).toList(), "what the proposal entails has no time ahead");
    }

    @Test
    void aProposalsStepAfterItsAdoptionMayStandMidSentenceAndAHalfYearIsATimeAhead() {
        List<Action> a = tag(Docs.of(DocKind.proposal, List.of(
                p("De nota wordt na vaststelling op de gemeentelijke website gepubliceerd."),
                p("In de tweede helft van het jaar voeren wij samen met de buurgemeenten een onderzoek uit naar de wachtlijsten.")), List.of()));
        assertEquals(2, a.size(), a::toString);
    }

    @Test
    void ourAndMyBodiesActAMinisterAsksAndAPromiseMayDescribeHowItIsDone() {
        LogicalDocument doc = Docs.of(DocKind.letter, List.of(
                p("Ons college zal in 2027 het bereik van de schuldhulp laten onderzoeken."),
                p("Mijn ministerie organiseert in maart 2027 drie regionale bijeenkomsten voor de uitvoerders."),
                p("Ik verzoek de gemeenten uiterlijk 1 juni 2027 in de monitor aan te geven hoeveel woningen zijn opgeleverd."),
                p("Het bestuur zal de raden binnen zes weken informeren over de wijze waarop met hun zienswijzen is omgegaan."),
                p("Onze inzet blijft gericht op preventie."),
                p("De wijze waarop de regio de meldingen zal verwerken, staat in de bijlage.")), List.of());
        assertEquals(List.of("Ons college", "Mijn ministerie", "de gemeenten", "Het bestuur"),
                tag(doc).stream().map(Action::actor).toList());
    }

    @Test
    void aDictumClauseChargingABodyIsItsTaskAndSeparableVerbsMayGoOnWithAPhrase() {
        String charge = "Gedeputeerde Staten op te dragen jaarlijks via de voortgangsrapportage over het fietsprogramma te rapporteren;";
        LogicalDocument adopted = Docs.of(DocKind.proposal, List.of(li("3.", "3. " + charge)), List.of());
        List<Action> a = new ActionTagger().tag(new DocumentView(adopted), new IdSequence(adopted.id(), 'a'),
                List.of(new Decision("d1", charge, null, null, null, null, null, null, 1, null)));
        assertEquals(List.of("Gedeputeerde Staten"), a.stream().map(Action::actor).toList());
        LocalDate date = LocalDate.of(2026, 5, 4);
        assertEquals("ACTIVE", String.valueOf(ActionTagger.kind(
                "Met ingang van 1 januari 2027 voeren wij een steekproef in voor alle vergunningen boven de drempel.", false, date)));
        assertEquals("ACTIVE", String.valueOf(ActionTagger.kind(
                "Wij breiden het team handhaving per 1 september 2026 tijdelijk uit met twee toezichthouders.", false, date)));
    }

    @Test
    void aLettersThirdPartiesActAsTheSubjectsOfTheirStepsAhead() {
        LogicalDocument doc = Docs.of(DocKind.letter, List.of(
                p("Het ministerie laat in het najaar van 2026 een evaluatie van de regeling uitvoeren."),
                p("Het kenniscentrum organiseert in het najaar van 2026 drie bijeenkomsten voor de uitvoerders.")), List.of());
        assertEquals(List.of("Het ministerie", "Het kenniscentrum"), tag(doc).stream().map(Action::actor).toList());
    }
}
