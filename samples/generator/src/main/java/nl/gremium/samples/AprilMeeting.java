package nl.gremium.samples;

import static nl.gremium.samples.Content.row;
import static nl.gremium.samples.Vechtland.AB;
import static nl.gremium.samples.Vechtland.AB_APRIL;
import static nl.gremium.samples.Vechtland.AB_JULY;
import static nl.gremium.samples.Vechtland.AB_PREVIOUS;
import static nl.gremium.samples.Vechtland.MEIJER;
import static nl.gremium.samples.Vechtland.REGION;
import static nl.gremium.samples.Vechtland.attendance;
import static nl.gremium.samples.Vechtland.date;
import static nl.gremium.samples.Vechtland.dayDate;

import java.util.List;
import java.util.Set;
import nl.gremium.model.DocKind;

/** The AB meeting of 2 April 2025: its agenda, the proposal for item 5.1 and the minutes. */
final class AprilMeeting {
    private AprilMeeting() {}

    static SampleDoc agenda() {
        Content c = new Content()
                .title("Agenda vergadering Algemeen bestuur " + REGION)
                .fields("Datum", dayDate(AB_APRIL),
                        "Tijd", "15.00 – 17.30 uur",
                        "Locatie", "Regionaal coördinatiecentrum, Hanzelaan 80, Zwolle",
                        "Voorzitter", "H. van der Meulen")
                .h1("1. Opening en vaststelling agenda")
                .h1("2. Verslag vergadering " + date(AB_PREVIOUS))
                .p("Voorstel: het verslag van de vergadering van " + date(AB_PREVIOUS) + " ongewijzigd vaststellen.")
                .h1("3. Ingekomen en verzonden stukken")
                .p("Voorstel: kennisnemen van de lijst van ingekomen en verzonden stukken over de periode december 2024 tot en met maart 2025.")
                .h1("4. Mededelingen")
                .h1("5. Ter besluitvorming")
                .h2("5.1. Jaarstukken 2024")
                .p("Voorstel: de jaarstukken 2024 vaststellen en het dagelijks bestuur décharge verlenen.")
                .h2("5.2. Programmabegroting 2026")
                .p("Voorstel: de ontwerp-programmabegroting 2026 vrijgeven voor zienswijze door de gemeenteraden.")
                .h2("5.3. Bestemming rekeningresultaat 2024")
                .h2("5.4. Wijziging Gemeenschappelijke regeling " + REGION)
                .h2("5.5. Tarieven advisering evenementenveiligheid")
                .h1("6. Ter bespreking en kennisname")
                .h2("6.1. Evaluatie regionale oefening Zwarte Water 2024")
                .h2("6.2. Regionaal crisisplan 2025–2028")
                .h1("7. Rondvraag")
                .h1("8. Sluiting");
        return c.doc("agenda-ab-2025-04-02.pdf", DocKind.agenda, REGION, AB, AB_APRIL,
                "Agenda Algemeen bestuur " + date(AB_APRIL));
    }

    static SampleDoc proposal() {
        Content c = new Content()
                .title("Voorstel aan het Algemeen bestuur")
                .fields("Agendapunt", "5.1",
                        "Datum overleg", date(AB_APRIL),
                        "Onderwerp", "Jaarstukken 2024",
                        "Portefeuillehouder", "R. Jansen (financiën)",
                        "Opsteller", "afdeling Bedrijfsvoering, team Financiën",
                        "Bijlagen", "1. Jaarstukken 2024; 2. Controleverklaring van de accountant")
                .h1("Voorstel")
                .p("Het algemeen bestuur wordt voorgesteld:")
                .item("1.", "de jaarstukken 2024 vast te stellen;")
                .item("2.", "het dagelijks bestuur décharge te verlenen voor het gevoerde financiële beheer over 2024;")
                .item("3.", "kennis te nemen van de controleverklaring met een goedkeurend oordeel over getrouwheid en rechtmatigheid.")
                .h1("Inleiding")
                .p("Het dagelijks bestuur legt jaarlijks verantwoording af over de uitvoering van de programmabegroting.",
                        "De jaarstukken 2024 bestaan uit het jaarverslag en de jaarrekening.",
                        "De accountant heeft de jaarrekening gecontroleerd en op 14 maart 2025 een goedkeurende controleverklaring afgegeven.",
                        "Het dagelijks bestuur heeft de jaarstukken op 13 maart 2025 voorlopig vastgesteld en aan de gemeenteraden toegezonden.")
                .h1("Financiële paragraaf")
                .p("De totale lasten over 2024 bedragen [[€ 26,9 miljoen=26900000]], tegen een begroting van [[€ 27,5 miljoen=27500000]].",
                        "Na mutaties in de reserves resteert een positief resultaat van [[541.318 euro=541318]].",
                        "Het resultaat komt vooral voort uit vacatures bij de meldkamer en lagere energiekosten van de kazernes.",
                        "Daartegenover staan hogere lasten voor de vrijwillige brandweer door een groter aantal uitrukken.",
                        "Over de bestemming van het resultaat besluit het algemeen bestuur afzonderlijk onder agendapunt 5.3.")
                .table("Lasten 2024 per programmaonderdeel", Set.of(1, 2, 3), List.of(
                        row("Onderdeel", "Begroting 2024 (€)", "Realisatie 2024 (€)", "Verschil (€)"),
                        row("Brandweerzorg", "17.420.000", "17.064.911", "355.089"),
                        row("Crisisbeheersing", "3.105.000", "3.081.260", "23.740"),
                        row("Meldkamer", "4.470.000", "4.287.352", "182.648"),
                        row("Bedrijfsvoering", "2.455.000", "2.475.159", "-20.159"),
                        row("Totaal", "27.450.000", "26.908.682", "541.318")), 3, 2, 2, 2)
                .notFunding()
                .h1("Zienswijzen gemeenteraden")
                .p("De gemeenteraden van Zwolle, Kampen en Hardenberg hebben laten weten geen opmerkingen te hebben.",
                        "De gemeenteraad van Ommen vraagt aandacht voor de personele bezetting van de kazerne in Ommen.")
                .h1("Vervolg")
                .p("Na vaststelling worden de jaarstukken vóór 15 juli 2025 aan de minister van Binnenlandse Zaken en Koninkrijksrelaties gezonden.");
        return c.doc("voorstel-jaarstukken-2024.docx", DocKind.proposal, REGION, AB, AB_APRIL,
                "Voorstel Jaarstukken 2024");
    }

    static SampleDoc minutes() {
        Content c = new Content()
                .title("Verslag vergadering Algemeen bestuur " + REGION)
                .fields("Datum", dayDate(AB_APRIL),
                        "Locatie", "Regionaal coördinatiecentrum, Zwolle",
                        "Status", "concept, ter vaststelling in de vergadering van " + date(AB_JULY));
        attendance(c, MEIJER)
                .h1("1. Opening en vaststelling agenda")
                .p("De voorzitter opent om 15.02 uur de vergadering en heet de aanwezigen welkom.",
                        "De heer Meijer heeft zich afgemeld; hij heeft mevrouw Smit gevraagd zijn inbreng over agendapunt 5.4 mee te nemen.",
                        "{D:De agenda wordt ongewijzigd vastgesteld.}")
                .h1("2. Verslag vergadering " + date(AB_PREVIOUS))
                .p("{D:Het verslag wordt ongewijzigd vastgesteld.}",
                        "Naar aanleiding van het verslag vraagt mevrouw Mulder naar de stand van de werving van vrijwilligers in Ommen.",
                        "De heer Dekker geeft aan dat er sinds december vijf nieuwe vrijwilligers zijn aangenomen.")
                .h1("3. Ingekomen en verzonden stukken")
                .p("{D:Het algemeen bestuur neemt kennis van de ingekomen en verzonden stukken.}",
                        "De brief van de gemeente Ommen over de opkomsttijden in het buitengebied wordt besproken.",
                        "{A:Mevrouw De Vries|Mevrouw De Vries gaat na of deze brief inmiddels is beantwoord en informeert de leden daarover per e-mail.}")
                .h1("4. Mededelingen")
                .p("De voorzitter meldt dat de Inspectie Justitie en Veiligheid een onderzoek uitvoert naar de continuïteit van de crisisorganisatie bij langdurige stroomuitval.",
                        "Vechtland is een van de vijf regio's in het onderzoek. Het rapport wordt in juni verwacht.")
                .h1("5. Ter besluitvorming")
                .h2("5.1. Jaarstukken 2024")
                .p("De heer Jansen licht de jaarstukken toe. De totale lasten kwamen uit op [[€ 26,9 miljoen=26900000]], tegen een begroting van [[€ 27,5 miljoen=27500000]].",
                        "De accountant heeft een goedkeurende controleverklaring afgegeven.",
                        "Mevrouw Bakker vraagt of de onderschrijding bij de meldkamer structureel is; de heer Jansen antwoordt dat dit niet het geval is, omdat de vacatures inmiddels zijn vervuld.")
                .p("{D:Het algemeen bestuur stelt de jaarstukken 2024 vast en verleent het dagelijks bestuur décharge voor het gevoerde financiële beheer.}")
                .h2("5.2. Programmabegroting 2026")
                .p("De ontwerp-programmabegroting 2026 sluit op een bedrag van [[€ 29,9 miljoen=29900000]].",
                        "Ten opzichte van 2025 stijgen de gemeentelijke bijdragen met [[8 ton=800000]], vooral door de cao-stijging en de vervanging van twee tankautospuiten.",
                        "Meerdere leden vinden een indexatie van 4,1 procent te hoog gezien de financiële positie van de gemeenten.",
                        "Na discussie stelt de heer Visser voor de indexatie te beperken tot 3,2 procent en het verschil op te vangen binnen de post onvoorzien.")
                .p("{D:Het algemeen bestuur besluit conform voorstel, met dien verstande dat de indexatie van de gemeentelijke bijdragen 2026 wordt beperkt tot 3,2 procent.}",
                        "{A:|De ontwerp-programmabegroting 2026 wordt met deze wijziging voor zienswijze aan de gemeenteraden gezonden.}")
                .p("{A:De heer Jansen|De heer Jansen zal vóór 1 mei 2025 de aangepaste begroting met een toelichting op de gevolgen van de lagere indexatie aan de gemeenten toezenden.}")
                .h2("5.3. Bestemming rekeningresultaat 2024")
                .p("Voorgesteld wordt het positieve resultaat van [[541.318 euro=541318]] deels toe te voegen aan de bestemmingsreserve huisvesting en het restant terug te betalen.",
                        "Daarnaast wordt een bedrag van [[€ 1.150.000,-=1150000]] uit de algemene reserve overgeheveld naar de bestemmingsreserve vervanging materieel.",
                        "Na bestemming wordt [[296.427,54€=296427.54]] naar rato van de inwonersaantallen aan de gemeenten terugbetaald.")
                .p("{D:Het algemeen bestuur besluit conform voorstel.}")
                .h2("5.4. Wijziging Gemeenschappelijke regeling " + REGION)
                .p("De wijziging moet de regeling in overeenstemming brengen met de Wet gemeenschappelijke regelingen.",
                        "Mevrouw Smit brengt namens de heer Meijer in dat de gemeenteraad van Hattem nog niet in de gelegenheid is geweest zijn wensen en bedenkingen kenbaar te maken.",
                        "Ook de raden van Staphorst en Zwartewaterland bespreken het ontwerp pas in mei.")
                .p("{D:Het voorstel wordt aangehouden tot de vergadering van " + date(AB_JULY) + ".}")
                .p("{A:De heer Jansen|De heer Jansen zal vóór 1 juni 2025 de reacties van de gemeenteraden inventariseren en, waar nodig, een aangepast voorstel via het dagelijks bestuur aan het algemeen bestuur voorleggen.}")
                .h2("5.5. Tarieven advisering evenementenveiligheid")
                .p("De heer Dekker licht het voorstel toe om organisatoren van grote evenementen een tarief van [[95 euro=95]] per uur in rekening te brengen voor brandveiligheidsadvies.",
                        "De verwachte opbrengst bedraagt circa [[60.000 euro=60000]] per jaar.",
                        "Verschillende leden vrezen dat kleine, door vrijwilligers georganiseerde evenementen hierdoor in de problemen komen.",
                        "De voorzitter brengt het voorstel in stemming. Vijf leden stemmen tegen, twee leden stemmen voor.")
                .p("{D:Het algemeen bestuur verwerpt het voorstel.}")
                .p("{A:Mevrouw De Vries|Mevrouw De Vries gaat na of een vrijstelling voor evenementen met minder dan 2.000 bezoekers mogelijk is en komt daarop terug in het dagelijks bestuur.}")
                .h1("6. Ter bespreking en kennisname")
                .h2("6.1. Evaluatie regionale oefening Zwarte Water 2024")
                .p("Bij de oefening in november 2024 is een overstroming langs het Zwarte Water beoefend met de gemeenten Zwartewaterland, Kampen en Zwolle.",
                        "De oefening kostte circa [[430.000 euro=430000]], waarvan een deel door het waterschap werd gedragen.",
                        "Het evaluatierapport noemt de informatievoorziening tussen het actiecentrum en de gemeenten als belangrijkste verbeterpunt.")
                .p("{D:Het algemeen bestuur neemt kennis van de evaluatie en de verbeterpunten.}")
                .p("{A:|De uitwerking van de verbeterpunten wordt in het najaar aan het bestuur voorgelegd.}")
                .h2("6.2. Regionaal crisisplan 2025–2028")
                .p("Het regionaal crisisplan is geactualiseerd na de evaluatie van de oefening en de landelijke afspraken over de crisisorganisatie.",
                        "Nieuw is een paragraaf over langdurige uitval van elektriciteit en telecommunicatie.")
                .p("{D:Het algemeen bestuur stemt in met het Regionaal crisisplan 2025–2028.}")
                .p("{A:Mevrouw De Vries|Mevrouw De Vries zorgt ervoor dat het plan vóór 1 mei 2025 aan de colleges van burgemeester en wethouders wordt toegezonden.}")
                .h1("7. Rondvraag")
                .p("De heer De Boer vraagt naar de voortgang van de nieuwbouw van de kazerne in Staphorst.",
                        "De heer Dekker antwoordt dat de aanbesteding in de zomer start.",
                        "Mevrouw Mulder vraagt aandacht voor het vastgoedbeleid van de brandweerkazernes, dat in juli op de agenda staat.")
                .h1("8. Sluiting")
                .p("De voorzitter sluit om 17.21 uur de vergadering.")
                .h1("Actielijst")
                .table(List.of(
                        row("Nr.", "Actie", "Wie", "Wanneer"),
                        row("2025-01", "Nagaan of de brief van de gemeente Ommen over opkomsttijden is beantwoord", "De Vries", "volgende vergadering"),
                        row("2025-02", "Aangepaste begroting 2026 met toelichting aan de gemeenten zenden", "Jansen", "1 mei 2025"),
                        row("2025-03", "Reacties gemeenteraden op wijziging gemeenschappelijke regeling inventariseren", "Jansen", "1 juni 2025"),
                        row("2025-04", "Vrijstelling kleine evenementen onderzoeken", "De Vries", "dagelijks bestuur 15 mei 2025"),
                        row("2025-05", "Uitwerking verbeterpunten oefening Zwarte Water voorleggen", "De Vries", "najaar 2025"),
                        row("2025-06", "Regionaal crisisplan aan colleges toezenden", "De Vries", "1 mei 2025")), 1.2, 5, 1.5, 2.2);
        return c.doc("verslag-ab-2025-04-02.docx", DocKind.minutes, REGION, AB, AB_APRIL,
                "Verslag Algemeen bestuur " + date(AB_APRIL));
    }
}
