package nl.gremium.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import nl.gremium.store.RecommendationStatus;
import org.junit.jupiter.api.Test;

class FollowUpMatcherTest {
    private static final FollowUpMatcher.ReportTerms CRISIS = FollowUpMatcher.terms(
            "Voorwoord", "Inleiding", "08-inspectie-rapport-versterking-crisisbeheersing.pdf",
            "Inspectie Justitie en Veiligheid", null, "Zorg dat er een centraal monitoringsoverzicht komt.");

    private static Optional<RecommendationStatus> suggests(String text, String type) {
        return FollowUpMatcher.match(CRISIS, text, type, true).map(FollowUpMatcher.Match::suggests);
    }

    @Test
    void termsLeaveOutGenericWordsAndTheIssuerFromTheTitle() {
        assertEquals(Set.of("versterking", "crisisbeheersing"), CRISIS.title());
        assertEquals(Set.of("inspectie", "jenv"), CRISIS.issuer());
        assertEquals(Set.of("centraal", "monitoringsoverzicht"), CRISIS.theme());
    }

    @Test
    void titleWordsOrIssuerWithARelatedCompoundMakeAReference() {
        assertEquals(Optional.of(RecommendationStatus.open),
                suggests("4. 11-03-2026 Brief en rapport Inspectie J&V Rapport versterking crisisorganisatie", "document"));
        // issuer plus a compound sharing its stem: the yearly analysis the Inspectorate asks for
        var m = FollowUpMatcher.match(CRISIS, "De Inspectie Justitie en Veiligheid vraagt jaarlijks een analyse van de "
                + "crisisorganisatie. Het algemeen bestuur neemt kennis van de analyse en de twee actiepunten.",
                "agenda_item", true).orElseThrow();
        assertEquals(RecommendationStatus.in_progress, m.suggests());
        // the snippet is the sentence the status rests on, not the one naming the report
        assertEquals("Het algemeen bestuur neemt kennis van de analyse en de twee actiepunten.", m.snippet());
        assertEquals(FollowUpMatcher.RULE_ACTED, m.rule());
        assertTrue(m.matched().contains("crisisbeheersing~"), m.matched().toString());
        // one title word without the issuer is not enough; nor is the issuer alone
        assertFalse(suggests("De crisisbeheersing in de regio wordt besproken.", "agenda_item").isPresent());
        assertFalse(suggests("De Inspectie bezocht de meldkamer.", "agenda_item").isPresent());
        // the title as a programme's name, without the issuer or a report word, is no reference
        assertFalse(suggests("Niet benutte gelden voor de versterking van crisisbeheersing.", "agenda_item").isPresent());
        // the issuer proves nothing when it is the board's own organisation named everywhere
        assertFalse(FollowUpMatcher.match(CRISIS, "De Inspectie vraagt een analyse van de crisisorganisatie.",
                "agenda_item", false).isPresent());
    }

    @Test
    void implementedIsClosedButNotYetImplementedIsNot() {
        assertEquals(Optional.of(RecommendationStatus.closed), suggests(
                "De aanbevelingen uit het rapport versterking crisisbeheersing zijn inmiddels volledig uitgevoerd.",
                "document"));
        assertEquals(Optional.of(RecommendationStatus.in_progress), suggests(
                "De aanbevelingen uit het rapport versterking crisisbeheersing zijn nog niet uitgevoerd; het plan van "
                        + "aanpak volgt.", "document"));
        assertEquals(Optional.of(RecommendationStatus.in_progress), suggests(
                "De directeur zal het rapport over de versterking van de crisisbeheersing bespreken.", "action"));
    }

    @Test
    void issuersOwnPapersAreRecognised() {
        assertTrue(FollowUpMatcher.issuedBy("Inspectie Justitie en Veiligheid", "Inspectie JenV"));
        assertFalse(FollowUpMatcher.issuedBy("Veiligheidsregio IJsselland", "Inspectie JenV"));
    }

    @Test
    void aDateInTheTitleIsNoSubjectToMatchOn() {
        // a report dated in its title: a later letter written in the same month does not refer to it
        var dated = FollowUpMatcher.terms("Evaluatie jeugdhulp en verzoek om uitstel van 12 oktober 2023", null, null,
                "Rekenkamercommissie Testdal", null, "Leg de afspraken met de zorgaanbieders vast.");
        assertFalse(dated.title().contains("oktober"), dated.title().toString());
        assertFalse(FollowUpMatcher.match(dated, "Bij brief van 3 oktober heeft u een verzoek om informatie ingediend.",
                "document", true).isPresent());
        assertTrue(FollowUpMatcher.match(dated, "De brief over de evaluatie van de jeugdhulp ligt ter inzage.",
                "document", true).isPresent());
    }

    @Test
    void oneRecommendationDeclaredDoneClosesThatOneOnly() {
        String letter = "Met deze brief informeren wij u over de aanbevelingen uit het rapport Zicht op de schuldhulp van de "
                + "rekenkamer.\nWachttijden: de wachttijd voor een eerste gesprek is in voorbereiding.\n"
                + "Budgetcoaches: er zijn vier budgetcoaches aangesteld. Deze aanbeveling is daarmee uitgevoerd.";
        var coaches = FollowUpMatcher.terms("Zicht op de schuldhulp", null, null, "Rekenkamer Westmaas", null,
                "Stel voldoende budgetcoaches aan voor de wijkteams.");
        var waiting = FollowUpMatcher.terms("Zicht op de schuldhulp", null, null, "Rekenkamer Westmaas", null,
                "Verkort de wachttijd voor het eerste gesprek tot twee weken.");
        var m = FollowUpMatcher.match(coaches, letter, "document", true).orElseThrow();
        assertEquals(RecommendationStatus.closed, m.suggests());
        assertEquals("Deze aanbeveling is daarmee uitgevoerd.", m.snippet());
        // the other recommendation of the same report is referred to and under way, but not declared done
        var other = FollowUpMatcher.match(waiting, letter, "document", true).orElseThrow();
        assertEquals(RecommendationStatus.in_progress, other.suggests());
        // all recommendations declared done still closes each of them
        assertEquals(RecommendationStatus.closed, FollowUpMatcher.match(waiting, "De aanbevelingen uit het rapport Zicht op "
                + "de schuldhulp zijn alle uitgevoerd.", "document", true).orElseThrow().suggests());
    }

    @Test
    void aDecisionOnNumberedRecommendationsIsReadPerRecommendation() {
        String decision = "De raad besluit de aanbevelingen 1 en 2 uit het rapport Zicht op de schuldhulp van de rekenkamer "
                + "over te nemen en aanbeveling 3 niet.";
        var first = schuldhulp("Stel voldoende budgetcoaches aan voor de wijkteams.", "1");
        var third = schuldhulp("Rapporteer halfjaarlijks over de wachttijd en de uitstroom.", "3");
        var fourth = schuldhulp("Maak afspraken met verhuurders over het melden van huurachterstanden.", "4");
        var m = FollowUpMatcher.match(first, decision, "decision", true).orElseThrow();
        assertEquals(RecommendationStatus.in_progress, m.suggests());
        assertEquals(FollowUpMatcher.RULE_ADOPTED, m.rule());
        var no = FollowUpMatcher.match(third, decision, "decision", true).orElseThrow();
        assertEquals(RecommendationStatus.not_adopted, no.suggests());
        assertEquals(FollowUpMatcher.RULE_DECLINED, no.rule());
        // a decision on recommendations 1 to 3 decides nothing on the fourth, though it names the report
        var other = FollowUpMatcher.match(fourth, decision, "decision", true).orElseThrow();
        assertEquals(RecommendationStatus.open, other.suggests());
        assertEquals(FollowUpMatcher.RULE_OTHERS, other.rule());
        // the college's reply declining every recommendation; and one taking all over but one
        assertEquals(RecommendationStatus.not_adopted, FollowUpMatcher.match(first, "Het college neemt de aanbevelingen uit "
                + "het rapport Zicht op de schuldhulp niet over.", "document", true).orElseThrow().suggests());
        String allButOne = "Het college neemt de aanbevelingen uit het rapport Zicht op de schuldhulp over, met uitzondering "
                + "van aanbeveling 3.";
        assertEquals(RecommendationStatus.in_progress, FollowUpMatcher.match(first, allButOne, "document", true).orElseThrow().suggests());
        assertEquals(RecommendationStatus.not_adopted, FollowUpMatcher.match(third, allButOne, "document", true).orElseThrow().suggests());
        // carried out after all: the later report on it says so, and that outweighs the decline
        assertEquals(RecommendationStatus.closed, FollowUpMatcher.match(third, "Over het rapport Zicht op de schuldhulp: "
                + "aanbeveling 3 is niet overgenomen. Aanbeveling 3 is inmiddels toch uitgevoerd.", "document", true)
                .orElseThrow().suggests());
    }

    @Test
    void aRecommendationExceptedByItsSubjectIsDeclinedAndTheOthersTakenOver() {
        String reply = "De aanbevelingen uit het rapport Zicht op de schuldhulp nemen wij over, met uitzondering van de "
                + "aanbeveling over de centrale backoffice.";
        var backoffice = schuldhulp("Breng de backoffice van de wijkteams onder in een centrale afdeling.", null);
        var coaches = schuldhulp("Stel voldoende budgetcoaches aan voor de wijkteams.", null);
        assertEquals(RecommendationStatus.not_adopted, FollowUpMatcher.match(backoffice, reply, "document", true).orElseThrow()
                .suggests());
        assertEquals(RecommendationStatus.in_progress, FollowUpMatcher.match(coaches, reply, "document", true).orElseThrow()
                .suggests());
    }

    @Test
    void aReplyPerRecommendationTakesEachOverOrNot() {
        String reply = "Hierbij onze reactie op het rapport Zicht op de schuldhulp van de rekenkamer.\n"
                + "Aanbeveling 1: wij nemen deze aanbeveling over.\n"
                + "Aanbeveling 3: deze aanbeveling nemen wij niet over, omdat het spreekuur al is uitgebreid.";
        assertEquals(RecommendationStatus.in_progress, FollowUpMatcher.match(schuldhulp("Stel voldoende budgetcoaches aan.", "1"),
                reply, "document", true).orElseThrow().suggests());
        assertEquals(RecommendationStatus.not_adopted, FollowUpMatcher.match(schuldhulp("Rapporteer over de uitstroom.", "3"),
                reply, "document", true).orElseThrow().suggests());
        var unanswered = FollowUpMatcher.match(schuldhulp("Maak afspraken met verhuurders.", "4"), reply, "document", true)
                .orElseThrow();
        assertEquals(RecommendationStatus.open, unanswered.suggests());
        assertEquals(FollowUpMatcher.RULE_OTHERS, unanswered.rule());
    }

    @Test
    void partlyCarriedOutIsInProgressAndNotFollowedUpIsOpen() {
        var first = schuldhulp("Stel voldoende budgetcoaches aan.", "1");
        assertEquals(RecommendationStatus.in_progress, FollowUpMatcher.match(first, "De aanbevelingen uit het rapport Zicht op "
                + "de schuldhulp zijn deels uitgevoerd.", "document", true).orElseThrow().suggests());
        assertEquals(RecommendationStatus.in_progress, FollowUpMatcher.match(first, "Over het rapport Zicht op de schuldhulp: "
                + "aanbeveling 1 is gedeeltelijk opgevolgd.", "document", true).orElseThrow().suggests());
        String table = "Opvolging van de aanbevelingen uit het rapport Zicht op de schuldhulp.\n"
                + "1\tBudgetcoaches in de wijkteams\tTwee van de zes wijkteams hebben er een.\tDeels opgevolgd\n"
                + "3\tRapportage over de uitstroom\tEr is nog geen rapportage.\tNiet opgevolgd";
        assertEquals(RecommendationStatus.in_progress, FollowUpMatcher.match(first, table, "document", true).orElseThrow().suggests());
        var third = FollowUpMatcher.match(schuldhulp("Rapporteer over de uitstroom.", "3"), table, "document", true).orElseThrow();
        assertEquals(RecommendationStatus.open, third.suggests());
        assertEquals(FollowUpMatcher.RULE_OWN_SUBJECT, third.rule());
    }

    @Test
    void aRowOfAnUnnumberedTableIsAboutTheRecommendationItSharesMostWordsWith() {
        String study = "Opvolging van de aanbevelingen uit het rapport Zicht op de schuldhulp.\n"
                + "Rapport\tAanbeveling\tReactie college\tStand van zaken\n"
                + "Zicht op de schuldhulp\tStel budgetcoaches aan in alle wijkteams.\tOvergenomen\tUitgevoerd: elk wijkteam "
                + "heeft een budgetcoach.\n"
                + "Zicht op de schuldhulp\tRapporteer over de wachttijd van de wijkteams.\tOvergenomen\tNiet uitgevoerd.";
        var coaches = FollowUpMatcher.match(schuldhulp("Stel budgetcoaches aan in alle wijkteams.", null), study, "document",
                true).orElseThrow();
        assertEquals(RecommendationStatus.closed, coaches.suggests());
        assertEquals(FollowUpMatcher.RULE_OWN_SUBJECT, coaches.rule());
        assertTrue(coaches.snippet().startsWith("Zicht op de schuldhulp: Uitgevoerd: elk wijkteam heeft een budgetcoach. Stel"),
                coaches.snippet());
        // the first row shares "wijkteams" with it too, but the second row is its own and says it was not carried out
        var waiting = FollowUpMatcher.match(schuldhulp("Rapporteer over de wachttijd van de wijkteams.", null), study,
                "document", true).orElseThrow();
        assertEquals(RecommendationStatus.open, waiting.suggests());
        assertEquals(FollowUpMatcher.RULE_OWN_SUBJECT, waiting.rule());
    }

    @Test
    void aDecisionThatOnlyTakesNoteOfTheReportOrSchedulesItIsNoFollowUp() {
        var first = schuldhulp("Stel voldoende budgetcoaches aan.", "1");
        var noted = FollowUpMatcher.match(first, "Het college besluit kennis te nemen van het rapport Zicht op de schuldhulp van "
                + "de rekenkamer en het te agenderen voor de commissie Samenleving.", "decision", true).orElseThrow();
        assertEquals(RecommendationStatus.open, noted.suggests());
        assertEquals(FollowUpMatcher.RULE_NOTED, noted.rule());
        assertEquals(RecommendationStatus.in_progress, FollowUpMatcher.match(first, "Het college besluit kennis te nemen van "
                + "het rapport Zicht op de schuldhulp en stemt in met het plan van aanpak.", "decision", true).orElseThrow().suggests());
        assertEquals(RecommendationStatus.in_progress, FollowUpMatcher.match(first, "Het college besluit over het rapport Zicht "
                + "op de schuldhulp een werkgroep in te stellen.", "decision", true).orElseThrow().suggests());
    }

    @Test
    void aFollowUpStudysRowSayingNotTakenOverDeclinesThatRowsRecommendation() {
        String study = "Opvolging van de aanbevelingen uit het rapport Zicht op de schuldhulp.\n"
                + "Aanbeveling\tReactie college\tStand van zaken\n"
                + "Stel budgetcoaches aan in alle wijkteams.\tOvergenomen\tIn uitvoering\n"
                + "Breng de backoffice van de wijkteams onder in een centrale afdeling.\tNiet overgenomen\tn.v.t.";
        assertEquals(RecommendationStatus.not_adopted, FollowUpMatcher.match(schuldhulp("Breng de backoffice van de wijkteams "
                + "onder in een centrale afdeling.", null), study, "document", true).orElseThrow().suggests());
        assertEquals(RecommendationStatus.in_progress, FollowUpMatcher.match(schuldhulp("Stel budgetcoaches aan in alle "
                + "wijkteams.", null), study, "document", true).orElseThrow().suggests());
    }

    private static FollowUpMatcher.ReportTerms schuldhulp(String text, String number) {
        return FollowUpMatcher.terms("Zicht op de schuldhulp", null, null, "Rekenkamer Westmaas", null, text).numbered(number);
    }

    @Test
    void aProgressTableRowIsAboutTheRecommendationOfItsNumberAndItsStatusCellSaysHowFar() {
        String monitor = "Deze monitor geeft per aanbeveling uit het rapport Zicht op de schuldhulp de stand van zaken weer.\n"
                + "Nr.\tAanbeveling\tStand van zaken\tStatus\n"
                + "1\tBudgetcoaches in elk wijkteam\tIn alle zes wijkteams werkt sinds mei een budgetcoach.\tAfgerond\n"
                + "2\tKortere wachttijd eerste gesprek\tHet spreekuur wordt in 2027 uitgebreid.\tIn uitvoering\n"
                + "4\tAfspraken met verhuurders over huurachterstanden\tDe uitvoering start na de zomer.\tNiet gestart";
        var coaches = FollowUpMatcher.terms("Zicht op de schuldhulp", null, null, "Rekenkamer Westmaas", null,
                "Stel voldoende budgetcoaches aan voor de wijkteams.").numbered("1.");
        var waiting = FollowUpMatcher.terms("Zicht op de schuldhulp", null, null, "Rekenkamer Westmaas", null,
                "Verkort de wachttijd voor het eerste gesprek tot twee weken.").numbered("2");
        var reporting = FollowUpMatcher.terms("Zicht op de schuldhulp", null, null, "Rekenkamer Westmaas", null,
                "Rapporteer halfjaarlijks over de wachttijd en de uitstroom.").numbered("3");
        var landlords = FollowUpMatcher.terms("Zicht op de schuldhulp", null, null, "Rekenkamer Westmaas", null,
                "Maak afspraken met verhuurders over het melden van huurachterstanden.").numbered("4");
        var m = FollowUpMatcher.match(coaches, monitor, "document", true).orElseThrow();
        assertEquals(RecommendationStatus.closed, m.suggests());
        assertEquals("Budgetcoaches in elk wijkteam: Afgerond. In alle zes wijkteams werkt sinds mei een budgetcoach.", m.snippet());
        assertEquals(RecommendationStatus.in_progress, FollowUpMatcher.match(waiting, monitor, "document", true).orElseThrow().suggests());
        // row 2 shares "wachttijd" with recommendation 3, but it is row 2
        var other = FollowUpMatcher.match(reporting, monitor, "document", true).orElseThrow();
        assertEquals(RecommendationStatus.open, other.suggests());
        assertEquals(FollowUpMatcher.RULE_MENTION, other.rule());
        // "Niet gestart" holds against "uitvoering" in the cell beside it
        var notStarted = FollowUpMatcher.match(landlords, monitor, "document", true).orElseThrow();
        assertEquals(RecommendationStatus.open, notStarted.suggests());
        assertEquals(FollowUpMatcher.RULE_OWN_SUBJECT, notStarted.rule());
    }

    @Test
    void aProgressNotePerSubjectShowsNoProgressForASubjectItLeavesOut() {
        String note = "Hierbij informeren wij u over de uitvoering van de aanbevelingen uit het rapport Zicht op de "
                + "schuldhulp van de rekenkamer.\nBudgetcoaches: er zijn vier budgetcoaches aangesteld.\n"
                + "Website: de informatie over schuldhulp is herschreven in eenvoudige taal.";
        var waiting = FollowUpMatcher.terms("Zicht op de schuldhulp", null, null, "Rekenkamer Westmaas", null,
                "Verkort de wachttijd voor het eerste gesprek tot twee weken.");
        var m = FollowUpMatcher.match(waiting, note, "document", true).orElseThrow();
        assertEquals(RecommendationStatus.open, m.suggests());
        assertEquals(FollowUpMatcher.RULE_MENTION, m.rule());
        // without subject lines the same general sentence still shows the report being acted upon
        assertEquals(RecommendationStatus.in_progress, FollowUpMatcher.match(waiting, "Hierbij informeren wij u over de "
                + "uitvoering van de aanbevelingen uit het rapport Zicht op de schuldhulp van de rekenkamer.", "document",
                true).orElseThrow().suggests());
    }

    @Test
    void workBegunOnTheRecommendationsSubjectIsProgress() {
        String note = "Stand van zaken aanbevelingen rapport Zicht op de schuldhulp van de rekenkamer.\n"
                + "Wachttijd: een extra intaketeam voor het eerste gesprek is inmiddels gestart.\n"
                + "Budgetcoaches: de werving van budgetcoaches is nog niet gestart.";
        var waiting = FollowUpMatcher.terms("Zicht op de schuldhulp", null, null, "Rekenkamer Westmaas", null,
                "Verkort de wachttijd voor het eerste gesprek tot twee weken.");
        var coaches = FollowUpMatcher.terms("Zicht op de schuldhulp", null, null, "Rekenkamer Westmaas", null,
                "Stel voldoende budgetcoaches aan voor de wijkteams.");
        assertEquals(RecommendationStatus.in_progress, FollowUpMatcher.match(waiting, note, "document", true).orElseThrow().suggests());
        assertEquals(RecommendationStatus.open, FollowUpMatcher.match(coaches, note, "document", true).orElseThrow().suggests());
    }

    @Test
    void aRecommendationsAddresseeLabelIsNoSubjectAndASubjectMayBePlural() {
        var contracts = FollowUpMatcher.terms("Onderhoud van het maatschappelijk vastgoed", null, null, "Rekenkamer Westmaas",
                null, "Provinciale Staten: neem in elk huurcontract een onderhoudsparagraaf op.");
        assertEquals(Set.of("huurcontract", "onderhoudsparagraaf"), contracts.theme());
        String letter = "Graag informeren wij u over de aanbevelingen uit het rapport Onderhoud van het maatschappelijk vastgoed."
                + "\nHuurcontracten: sinds maart hebben alle nieuwe huurcontracten een onderhoudsparagraaf. Deze aanbeveling "
                + "is uitgevoerd.";
        assertEquals(RecommendationStatus.closed, FollowUpMatcher.match(contracts, letter, "document", true).orElseThrow().suggests());
    }

    @Test
    void aLineOfAProgressNoteIsAboutTheSubjectItsLabelNames() {
        var plan = FollowUpMatcher.terms("Onderhoud van het maatschappelijk vastgoed", null, null, "Rekenkamer Westmaas",
                null, "Provinciale Staten: stel een nieuwe meerjarenraming voor het onderhoud vast.");
        String letter = "Graag informeren wij u over de aanbevelingen uit het rapport Onderhoud van het maatschappelijk vastgoed."
                + "\nHuurcontracten: sinds maart hebben alle nieuwe huurcontracten een onderhoudsparagraaf. Deze aanbeveling "
                + "is uitgevoerd.";
        // "nieuwe" after another subject's label says nothing about the raming
        assertEquals(RecommendationStatus.open, FollowUpMatcher.match(plan, letter, "document", true).orElseThrow().suggests());
        // a longer label still names the subject that "deze aanbeveling" is about
        var contracts = FollowUpMatcher.terms("Onderhoud van het maatschappelijk vastgoed", null, null, "Rekenkamer Westmaas",
                null, "Provinciale Staten: neem in elk huurcontract een onderhoudsparagraaf op.");
        String longer = "Graag informeren wij u over de aanbevelingen uit het rapport Onderhoud van het maatschappelijk "
                + "vastgoed.\nOnderhoudsparagrafen in de sporthallen en huurcontracten: sinds maart zijn die overal "
                + "opgenomen. Deze aanbeveling is uitgevoerd.";
        assertEquals(RecommendationStatus.closed, FollowUpMatcher.match(contracts, longer, "document", true).orElseThrow().suggests());
    }

    @Test
    void aLabelledLineSaysWhatWasDoneOrIsBeingDoneOnItsSubject() {
        var referral = FollowUpMatcher.terms("Wachten op de wijkteams", null, null, "Rekenkamer Westmaas",
                null, "Maak afspraken met de huisartsen over de verwijzing naar de wijkteams.");
        var contracts = FollowUpMatcher.terms("Wachten op de wijkteams", null, null, "Rekenkamer Westmaas",
                null, "Neem prestatie-indicatoren op in de contracten met aanbieders.");
        String letter = "Wij informeren u over de voortgang van de aanbevelingen uit het rapport Wachten op de wijkteams."
                + "\nHuisartsen: de afspraken met de huisartsen over de verwijzing zijn gemaakt."
                + "\nContracten: de prestatie-indicatoren worden opgenomen in de contracten voor 2027.";
        assertEquals(RecommendationStatus.closed, FollowUpMatcher.match(referral, letter, "document", true).orElseThrow().suggests());
        assertEquals(RecommendationStatus.in_progress, FollowUpMatcher.match(contracts, letter, "document", true).orElseThrow().suggests());
        // not done yet is no state reached
        String notYet = "Wij informeren u over de aanbevelingen uit het rapport Wachten op de wijkteams."
                + "\nHuisartsen: de afspraken met de huisartsen zijn nog niet gemaakt.";
        assertEquals(RecommendationStatus.open, FollowUpMatcher.match(referral, notYet, "document", true).orElseThrow().suggests());
    }

    @Test
    void anotherRekenkamerSpeakingOfTheRekenkamerDoesNotReferToThisOne() {
        var terms = FollowUpMatcher.terms("Zicht op de schuldhulp", null, null, "Rekenkamer Westmaas", null,
                "Stel voldoende budgetcoaches aan voor de wijkteams.");
        assertEquals("rekenkamer", terms.issuerHead());
        assertTrue(FollowUpMatcher.issuerUsable(terms, "Gemeente Westmaas", false, Set.of()), "the audited council's letter");
        assertFalse(FollowUpMatcher.issuerUsable(terms, "Rekenkamer Oostvaart", false, Set.of()),
                "another rekenkamer's report, whose 'de rekenkamer' is itself");
        assertFalse(FollowUpMatcher.issuerUsable(terms, "Rekenkamer Westmaas", true, Set.of()), "the issuer's own paper");
        assertFalse(FollowUpMatcher.issuerUsable(terms, "Gemeente Westmaas", false, Set.of(FollowUpMatcher.stem("rekenkamer"))),
                "a word nearly every paper names");
    }
}
