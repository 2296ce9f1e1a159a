package nl.gremium.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Comparator;
import java.util.List;
import nl.gremium.model.Action;
import nl.gremium.model.DocKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LetterActionTaggerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Daarom verzoeken wij de waterschappen om voor 1 oktober hun peilbesluiten aan te leveren.|de waterschappen",
            "Voor de zomer informeren wij u over de voortgang van de herinrichting.|wij",
            "De notulen van het overleg stuur ik met dit besluit mee.|ik",
            "Ik zal u na afloop van de evaluatie opnieuw berichten.|Ik",
            "Dit besluit wordt binnen twee weken gepubliceerd op de website van de provincie.|-",
            "Van dit besluit wordt mededeling gedaan in het Provinciaal Blad.|-",
            "Dit besluit wordt op www.waterschap-oost.nl gepubliceerd.|-",
            "De openbaar te maken stukken worden na vijf werkdagen op de website geplaatst.|-",
            "Van dit besluit wordt mededelng gedaan in het Gemeenteblad.|-",
            "Voor 1 maart 2027 kom ik terug op de toezegging over de sporthal.|ik",
            "Om misverstanden te voorkomen passen wij de verordening aan.|wij",
            // the addressee informed later: the sender's promise, in the passive
            "Over de resultaten van de proef zal uw raad in het tweede kwartaal van 2026 worden geïnformeerd.|-",
            "De commissie wordt na de zomer geïnformeerd over de nieuwe planning.|-",
            "Wij informeren u in september opnieuw over de aanbesteding van het leerlingenvervoer.|Wij",
            "Daarnaast organiseren wij na de zomer een informatieavond voor de omwonenden van de Brink.|wij",
            // the sender first, a party asked in the passive, a study the sender has made
            "Ik verzoek de veiligheidsregio's om hun risicoprofiel voor 1 juni te actualiseren.|de veiligheidsregio's",
            "Het Kadaster wordt gevraagd om voor de zomer een plan van aanpak op te stellen.|Het Kadaster",
            "Verder laat ik onderzoeken of de regeling kan worden vereenvoudigd.|ik",
            // the particle of a separable verb ("aangeven", "opstellen") is no party: the addressee is asked
            "Graag vragen wij u aan te geven welke stappen de dienst na ons rapport zet.|u",
            "Wij verzoeken u op te schrijven hoe de gegevens worden bewaard.|u",
            "Ik verzoek u aan mij door te geven naar welk adres ik de stukken kan sturen.|u",
            // a grant's terms: the sender pays, the grant is paid, the addressee accounts, each by a time
            "Wij betalen het voorschot van 90% binnen zes weken na deze beschikking uit.|Wij",
            "Het subsidiebedrag wordt in twee delen uitbetaald, uiterlijk op 1 juni 2026.|-",
            "U verantwoordt de besteding van de bijdrage in uw jaarverslag, uiterlijk 1 juli 2027.|u",
            "Wij betalen u binnen vier weken na de dagtekening van deze brief een voorschot van € 12.400.|Wij",
            "U dient uiterlijk 1 juli 2028 een aanvraag tot vaststelling van de subsidie in.|u",
            "U legt over de besteding verantwoording af in uw jaarrekening, uiterlijk 15 juli 2028.|u",
            "Binnen acht weken na afloop van het project, dus vóór 1 maart 2029, dient u een verzoek tot vaststelling in.|u",
            "Ik neem binnen twaalf weken na ontvangst van uw verantwoording een besluit over de vaststelling.|Ik",
            "Ik stel de bijdrage uiterlijk 30 juni 2031 vast op basis van het eindverslag.|Ik",
            "De gemeente legt over de besteding verantwoording af in de jaarrekening, uiterlijk 15 juli 2028.|De gemeente",
            // standing commitments: informing in the reports of the planning cycle, a paper the sender draws up
            "Wij informeren uw raad via de halfjaarlijkse voortgangsrapportage over de stand van zaken.|Wij",
            "Samen met de buurgemeenten stellen wij een gezamenlijk controleplan op.|wij",
            "Ik bied de regeling in september 2026 aan voor internetconsultatie.|Ik",
            // a request that names no party asks the reader
            "Daarom verzoeken wij om in het besluit een termijn voor het herstel van de dijk op te nemen.|u",
            // the letter itself made public
            "Deze aanwijzing wordt na vier weken openbaar gemaakt op de website van de autoriteit.|-",
    })
    void findsCommitmentsWithTheirActor(String sentence, String actor) {
        LetterActionTagger.Commitment c = LetterActionTagger.commitment(sentence);
        assertNotNull(c, sentence);
        assertEquals(actor, c.actor(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Het nieuwe gemaal zal de wateroverlast in de polder beperken.",
            "Het rapport is in 2024 gepubliceerd.",
            "De ondernemers hebben aangegeven dat de werkzaamheden zullen worden uitgesteld.",
            "Naar aanleiding van uw vraag bericht ik u als volgt.",
            "Met deze brief informeer ik u over de verdeling van de middelen voor 2027.",
            "Door middel van deze brief informeer ik u over mijn beslissing op uw tweede vraag over de sluis.",
            "Met deze circulaire informeer ik u over de verdeling van de uitkering voor bibliotheken in 2027.",
            "In het navolgende zal ik per notitie toelichten waarom ik die weiger.",
            "Het getekende formulier wordt verstuurd naar de salarisadministratie.",
            "Van een verdaging wordt schriftelijk mededeling gedaan aan de verzoeker.",
            "De raad is in januari geïnformeerd over de vertraging.",
            "Als de raad dat wenst, kom ik op de parkeertarieven terug.",
            "Op deze passages pas ik de uitzonderingsgrond van artikel 5.1, tweede lid, van de Woo toe.",
            "Wij informeren u graag over de uitkomsten van de enquête onder ondernemers.",
            "Jaarlijks organiseren wij een bijeenkomst voor alle vrijwilligers in de zorg.",
            "Ik zal in dit besluit de twee delen van uw verzoek afzonderlijk behandelen.",
            "Ik heb de raad gevraagd om een reactie, die inmiddels is ontvangen.",
            "Wij laten de inwoners zelf kiezen welke bomen er komen.",
            // what will not happen, and a noun after a preposition that is no object of the passive
            "Dit besluit wordt niet op de website geplaatst, omdat het de namen van omwonenden bevat.",
            "Een waarschuwing wordt gepubliceerd in het kader van informatie over de hele branche.",
            // what may happen, not what will
            "Het dossier gaat langs drie afdelingen voordat het aan u kan worden verzonden.",
            // a thing asked for, not a party asked to act
            "Het antwoord wordt gevraagd in verband met de aanvraag voor de subsidie van de provincie.",
            // the letter applying the law in itself
            "Ik zal uw verzoek daarom toetsen aan de Woo.",
            // the right of appeal is no task, nor a payment already made
            "Tegen dit besluit kunt u binnen zes weken na de dag van bekendmaking een bezwaarschrift indienen.",
            "Het voorschot is op 3 maart 2026 uitbetaald.",
            "Deze aanwijzing wordt niet openbaar gemaakt, omdat zij gegevens over de gezondheid van cliënten bevat.",
            // what an inquiry looked into
            "Wij onderzochten hoe de gemeente de subsidies aan sportclubs verdeelt en of de raad daarover wordt geïnformeerd.",
            "Wij stellen vast dat het plan op schema ligt.",
            "Over verschillen boven € 50.000 rapporteren wij in dit verslag.",
            "Ik stel de bijdrage vast op € 12.000.",
    })
    void leavesDescriptionsAlone(String sentence) {
        var doc = Docs.of(DocKind.letter, List.of(Docs.p(sentence)), List.of());
        TagDraft draft = new TagDraft(doc.id());
        new LetterActionTagger().tag(new DocumentView(doc), draft);
        assertEquals(List.of(), draft.actions, sentence);
    }

    @Test
    void aLetterNamingWhatItEnclosesStillPromisesToSendIt() {
        String sentence = "Dit besluit, de in dit besluit genoemde bijlagen en de documenten worden u per e-mail toegezonden.";
        var doc = Docs.of(DocKind.letter, List.of(Docs.p(sentence)), List.of());
        TagDraft draft = new TagDraft(doc.id());
        new LetterActionTagger().tag(new DocumentView(doc), draft);
        assertEquals(1, draft.actions.size(), sentence);
    }

    @Test
    void theWritersPronounIsTheWritingOrganisation() {
        var doc = Docs.of(DocKind.letter, List.of(Docs.p("Daarnaast laat ik onderzoeken hoe de opkomsttijden kunnen worden verkort."),
                Docs.p("Voor de zomer informeren wij u over de uitkomsten van de proef.")), List.of());
        TagDraft draft = new TagDraft(doc.id());
        new LetterActionTagger().tag(new DocumentView(doc), draft);
        assertEquals(List.of("Veiligheidsregio Testland (ik)", "Veiligheidsregio Testland (wij)"),
                draft.actions.stream().map(a -> a.actor()).toList());
    }

    @Test
    void aGrantsObligationsAreTasksOfTheReceiver() {
        var doc = Docs.of(DocKind.letter, List.of(
                Docs.p("Aan deze subsidie verbinden wij de volgende verplichtingen. U bent verplicht:"),
                Docs.li("a.", "a. het project uiterlijk op 31 december 2027 af te ronden;"),
                Docs.li("b.", "b. ons direct te melden wanneer de begroting met meer dan 10% wijzigt;"),
                Docs.p("Als u zich niet aan deze verplichtingen houdt, kunnen wij de subsidie lager vaststellen.")), List.of());
        TagDraft draft = new TagDraft(doc.id());
        new LetterActionTagger().tag(new DocumentView(doc), draft);
        assertEquals(List.of("U: het project uiterlijk op 31 december 2027 af te ronden;",
                "U: ons direct te melden wanneer de begroting met meer dan 10% wijzigt;"),
                draft.actions.stream().map(a -> a.actor() + ": " + a.text()).toList());
    }

    @Test
    void aGrantsConditionsListedOnTheirOwnNameWhoMustMeetThem() {
        var doc = Docs.of(DocKind.letter, List.of(
                Docs.p("Aan deze beschikking verbind ik de volgende verplichtingen:"),
                Docs.li("a.", "a. De gemeente legt verantwoording af via de SiSa-bijlage bij de jaarrekening 2026."),
                Docs.li("b.", "b. De speeltuin is uiterlijk 1 oktober 2026 voor publiek toegankelijk."),
                Docs.p("Als de gemeente niet aan deze verplichtingen voldoet, kan ik de uitkering lager vaststellen.")), List.of());
        TagDraft draft = new TagDraft(doc.id());
        new LetterActionTagger().tag(new DocumentView(doc), draft);
        assertEquals(List.of("De gemeente: De gemeente legt verantwoording af via de SiSa-bijlage bij de jaarrekening 2026.",
                "null: De speeltuin is uiterlijk 1 oktober 2026 voor publiek toegankelijk."),
                draft.actions.stream().map(a -> a.actor() + ": " + a.text()).toList());
    }

    @Test
    void aGrantsObligationsNameTheReceiverAsTheyPrintIt() {
        var doc = Docs.of(DocKind.letter, List.of(
                Docs.p("Aan deze uitkering zijn de volgende verplichtingen verbonden. De gemeente Zuiderhaven is verplicht:"),
                Docs.li("a.", "a. de uitkering te besteden aan de activiteiten uit het plan;"),
                Docs.li("b.", "b. uiterlijk 1 maart 2033 over de resultaten te rapporteren."),
                Docs.p("Ik wens u veel succes met het programma.")), List.of());
        TagDraft draft = new TagDraft(doc.id());
        new LetterActionTagger().tag(new DocumentView(doc), draft);
        assertEquals(List.of("De gemeente Zuiderhaven", "De gemeente Zuiderhaven"), draft.actions.stream().map(a -> a.actor()).toList());
    }

    @Test
    void aRequestsListedTasksAreThoseOfThePartyAsked() {
        var doc = Docs.of(DocKind.letter, List.of(
                Docs.p("Om de uitvoering te kunnen volgen, verzoek ik de waterschappen:"),
                Docs.li("a.", "a. uiterlijk 1 mei 2033 een plan bij mij in te dienen;"),
                Docs.li("b.", "b. jaarlijks over de besteding te rapporteren."),
                Docs.p("Ik ga ervan uit dat de waterschappen hierin samen optrekken.")), List.of());
        TagDraft draft = new TagDraft(doc.id());
        new LetterActionTagger().tag(new DocumentView(doc), draft);
        assertEquals(List.of("de waterschappen: uiterlijk 1 mei 2033 een plan bij mij in te dienen;",
                "de waterschappen: jaarlijks over de besteding te rapporteren."),
                draft.actions.stream().map(a -> a.actor() + ": " + a.text()).toList());
        // a council's letter broken after its subject, the next page's letterhead between the request and its list
        var council = Docs.of(DocKind.letter, List.of(
                Docs.p("De raad stemt in met de begroting onder de volgende voorwaarden. Wij"),
                Docs.p("verzoeken het algemeen bestuur:"),
                Docs.p("Ons kenmerk: RAAD/2033/12"),
                Docs.li("1.", "1. de formatie pas uit te breiden na een onderbouwing van de taken;"),
                Docs.li("2.", "2. de raden voor 1 november 2033 over de digitalisering te informeren."),
                Docs.p("Wij zien uw reactie graag tegemoet.")), List.of());
        TagDraft asked = new TagDraft(council.id());
        new LetterActionTagger().tag(new DocumentView(council), asked);
        assertEquals(List.of("het algemeen bestuur", "het algemeen bestuur"), asked.actions.stream().map(a -> a.actor()).toList());
        // a circular asks the parties it writes to without an article
        var circular = Docs.of(DocKind.letter, List.of(
                Docs.p("Om de effecten te kunnen volgen, verzoek ik gemeenten:"),
                Docs.li("a.", "a. voor 1 juni 2033 een contactpersoon aan te melden;"),
                Docs.li("b.", "b. mee te werken aan de landelijke monitor.")), List.of());
        TagDraft bare = new TagDraft(circular.id());
        new LetterActionTagger().tag(new DocumentView(circular), bare);
        assertEquals(List.of("gemeenten", "gemeenten"), bare.actions.stream().map(a -> a.actor()).toList());
    }

    @Test
    void thePromisesListedUnderAPromisesIntroductionAreEachOneAndTheIntroductionNone() {
        var doc = Docs.of(DocKind.letter, List.of(
                Docs.p("In de commissie zijn vragen gesteld over de wachtlijsten. In aanvulling hierop zeggen wij u het volgende toe:"),
                Docs.p("Wij sturen u vóór 1 mei 2034 een analyse van de wachtlijsten per wijk."),
                Docs.p("Het college legt in de Kadernota 2035 een voorstel voor aan de raad over extra formatie."),
                Docs.p("Wij zijn van mening dat de aanpak werkt. Tegelijk blijft de krapte een risico."),
                Docs.p("Met vriendelijke groet,")), List.of());
        // (the second is also a commitment by itself, a later year's planning paper being a time ahead: stages may find
        // them in either order)
        List<Action> actions = new DocumentTagger().tag(doc).actions().stream().sorted(Comparator.comparing(Action::text).reversed()).toList();
        assertEquals(List.of("Wij sturen u vóór 1 mei 2034 een analyse van de wachtlijsten per wijk.",
                "Het college legt in de Kadernota 2035 een voorstel voor aan de raad over extra formatie."),
                actions.stream().map(Action::text).toList());
        assertEquals("Het college", actions.get(1).actor());
    }

    @Test
    void aRequestMadeAlreadyIsStillTheTaskOfWhomItAsked() {
        var doc = Docs.of(DocKind.letter, List.of(
                Docs.p("Daarnaast heb ik de provincies gevraagd hun registers uiterlijk 1 januari 2028 te actualiseren."),
                Docs.p("Ik heb de provincies gevraagd wat zij ervan vinden, en dat hebben zij laten weten.")), List.of());
        TagDraft draft = new TagDraft(doc.id());
        new LetterActionTagger().tag(new DocumentView(doc), draft);
        assertEquals(List.of("de provincies"), draft.actions.stream().map(a -> a.actor()).toList());
    }

    @Test
    void aCommitmentCarriesTheDeadlineItNames() {
        String sentence = "Ik verzoek gemeenten om hun inkoopafspraken voor 1 juli 2027 aan te passen.";
        var doc = Docs.of(DocKind.letter, List.of(Docs.p(sentence)), List.of());
        TagDraft draft = new TagDraft(doc.id());
        new LetterActionTagger().tag(new DocumentView(doc), draft);
        assertEquals(List.of("gemeenten 2027-07-01 voor 1 juli 2027"),
                draft.actions.stream().map(a -> a.actor() + " " + a.due() + " " + a.dueText()).toList());
    }

    @Test
    void thePartyAskedEndsAtTheAdverbBeforeTheTask() {
        String sentence = "Ik verzoek gemeenten bovendien de schoolbesturen tijdig bij de uitvoering te betrekken.";
        var doc = Docs.of(DocKind.letter, List.of(Docs.p(sentence)), List.of());
        TagDraft draft = new TagDraft(doc.id());
        new LetterActionTagger().tag(new DocumentView(doc), draft);
        assertEquals(List.of("gemeenten"), draft.actions.stream().map(a -> a.actor()).toList());
    }

    @Test
    void aBoardWritingOfItselfAsksThePartyItNames() {
        String sentence = "De raad verzoekt het bestuur daarnaast om in de begroting 2032 weer aan te sluiten bij de indexering.";
        var doc = Docs.of(DocKind.letter, List.of(Docs.p(sentence),
                Docs.p("De raad vraagt zich af of de reserve niet te hoog is geworden in de afgelopen jaren.")), List.of());
        TagDraft draft = new TagDraft(doc.id());
        new LetterActionTagger().tag(new DocumentView(doc), draft);
        assertEquals(List.of("het bestuur"), draft.actions.stream().map(a -> a.actor()).toList());
    }
}
