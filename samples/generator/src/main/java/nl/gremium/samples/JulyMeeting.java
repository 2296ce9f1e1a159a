package nl.gremium.samples;

import static nl.gremium.samples.Content.row;
import static nl.gremium.samples.Vechtland.AB;
import static nl.gremium.samples.Vechtland.AB_APRIL;
import static nl.gremium.samples.Vechtland.AB_DECEMBER;
import static nl.gremium.samples.Vechtland.AB_JULY;
import static nl.gremium.samples.Vechtland.DB_MAY;
import static nl.gremium.samples.Vechtland.INSPECTION_REPORT;
import static nl.gremium.samples.Vechtland.INSPECTORATE;
import static nl.gremium.samples.Vechtland.JUNE_LETTER;
import static nl.gremium.samples.Vechtland.MINISTRY;
import static nl.gremium.samples.Vechtland.MULDER;
import static nl.gremium.samples.Vechtland.REGION;
import static nl.gremium.samples.Vechtland.attendance;
import static nl.gremium.samples.Vechtland.date;
import static nl.gremium.samples.Vechtland.dayDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.gremium.model.DocKind;

/** The AB meeting of 9 July 2025: agenda, document list, proposal 5.3, schedule 2026 and the minutes. */
final class JulyMeeting {
    static final String STATION = "brandweerkazerne Hattem";

    private JulyMeeting() {}

    static SampleDoc agenda() {
        Content c = new Content()
                .title("Agenda vergadering Algemeen bestuur " + REGION)
                .fields("Datum", dayDate(AB_JULY),
                        "Tijd", "15.00 – 17.30 uur",
                        "Locatie", "Gemeentehuis Hattem, Markt 1, Hattem",
                        "Voorzitter", "H. van der Meulen")
                .h1("1. Opening en vaststelling agenda")
                .h1("2. Verslag vergadering " + date(AB_APRIL))
                .p("Voorstel: het verslag van de vergadering van " + date(AB_APRIL) + " vaststellen.")
                .h1("3. Ingekomen en verzonden stukken")
                .h1("4. Besluitenlijst dagelijks bestuur " + date(DB_MAY))
                .h1("5. Ter besluitvorming")
                .h2("5.1. Wijziging Gemeenschappelijke regeling " + REGION)
                .p("Aangehouden in de vergadering van " + date(AB_APRIL) + ".")
                .h2("5.2. Programmabegroting 2026")
                .p("Voorstel: de programmabegroting 2026 vaststellen, met inachtneming van de zienswijzen van de gemeenteraden.")
                .h2("5.3. Vastgoedbeleid brandweerkazernes")
                .h2("5.4. Vergaderschema 2026")
                .h1("6. Ter bespreking")
                .h2("6.1. Inspectierapport '" + InspectionReport.TITLE + "'")
                .h2("6.2. BDuR junibrief 2025")
                .h1("7. Rondvraag")
                .h1("8. Sluiting");
        return c.doc("agenda-ab-2025-07-09.pdf", DocKind.agenda, REGION, AB, AB_JULY,
                "Agenda Algemeen bestuur " + date(AB_JULY));
    }

    static SampleDoc documentList() {
        Content c = new Content()
                .title("Ingekomen en verzonden stukken")
                .p("Algemeen bestuur " + REGION + ", vergadering " + date(AB_JULY) + ", agendapunt 3.",
                        "Periode: " + date(AB_APRIL) + " tot en met 30 juni 2025.")
                .h1("Ingekomen stukken")
                .table(List.of(
                        row("Nr.", "Datum", "Afzender", "Onderwerp", "Voorstel afdoening"),
                        row("I-01", date(LocalDate.of(2025, 5, 19)), "College van B en W Ommen", "Reactie op de beantwoording over opkomsttijden in het buitengebied", "Voor kennisgeving aannemen"),
                        row("I-02", date(LocalDate.of(2025, 5, 27)), "Gemeenteraad Hattem", "Wensen en bedenkingen bij de wijziging van de gemeenschappelijke regeling", "Betrekken bij agendapunt 5.1"),
                        row("I-03", date(LocalDate.of(2025, 6, 2)), "Veiligheidsberaad", "Landelijke agenda crisisbeheersing 2025–2026", "Voor kennisgeving aannemen"),
                        row("I-04", date(INSPECTION_REPORT), INSPECTORATE, "Rapport '" + InspectionReport.TITLE + "'", "Agendapunt 6.1"),
                        row("I-05", date(JUNE_LETTER), MINISTRY, "Bijdrage Rijk BDuR 2025 en raming 2026–2029 (junibrief)", "Agendapunt 6.2")),
                        1, 1.8, 2.4, 4, 2.2)
                .h1("Verzonden stukken")
                .table(List.of(
                        row("Nr.", "Datum", "Geadresseerde", "Onderwerp", "Voorstel afdoening"),
                        row("U-01", date(OtherDocuments.ZIENSWIJZE_LETTER), "Gemeenteraden in de regio", "Ontwerp-programmabegroting 2026 ter zienswijze", "Voor kennisgeving aannemen"),
                        row("U-02", date(LocalDate.of(2025, 4, 28)), "Colleges van B en W in de regio", "Toezending Regionaal crisisplan 2025–2028", "Voor kennisgeving aannemen"),
                        row("U-03", date(LocalDate.of(2025, 5, 20)), INSPECTORATE, "Bestuurlijke reactie op het conceptrapport over stroomuitval", "Voor kennisgeving aannemen"),
                        row("U-04", date(LocalDate.of(2025, 6, 12)), "Ministerie van BZK", "Toezending jaarstukken 2024", "Voor kennisgeving aannemen")),
                        1, 1.8, 2.4, 4, 2.2);
        return c.doc("ingekomen-verzonden-stukken-ab-2025-07-09.html", DocKind.document_list, REGION, AB, AB_JULY,
                "Ingekomen en verzonden stukken Algemeen bestuur " + date(AB_JULY));
    }

    static SampleDoc proposal() {
        Content c = new Content()
                .title("Voorstel aan het Algemeen bestuur")
                .fields("Agendapunt", "5.3",
                        "Datum overleg", date(AB_JULY),
                        "Onderwerp", "Vastgoedbeleid brandweerkazernes",
                        "Portefeuillehouder", "L. Bakker (brandweer)",
                        "Opsteller", "P. Dekker, regionaal commandant brandweer",
                        "Bijlagen", "1. Vastgoedbeleid brandweerkazernes 2025–2035; 2. Staat van onderhoud kazernes")
                .h1("Voorstel")
                .p("Het algemeen bestuur wordt voorgesteld:")
                .item("1.", "het vastgoedbeleid brandweerkazernes 2025–2035 vast te stellen;")
                .item("2.", "een krediet van [[€ 3.400.000=3400000]] beschikbaar te stellen voor de vervangende nieuwbouw van " + STATION + ";")
                .item("3.", "de kapitaallasten van [[€ 148.000=148000]] per jaar vanaf 2027 op te nemen in de programmabegroting.")
                .h1("Aanleiding")
                .p("De regio beschikt over veertien brandweerkazernes. Sinds de regionalisering zijn zij eigendom van de veiligheidsregio.",
                        "Een aantal kazernes voldoet niet meer aan de eisen voor arbeidsomstandigheden, schoon werken en duurzaamheid.",
                        "Het dagelijks bestuur heeft op " + date(DB_MAY) + " ingestemd met het concept van het vastgoedbeleid.")
                .h1("Beoogd effect")
                .p("Het vastgoedbeleid geeft voor tien jaar richting aan onderhoud, renovatie en nieuwbouw.",
                        "Het beleid kiest voor sobere en doelmatige kazernes met een gescheiden schone en vuile zone en een vaste noodstroomvoorziening.")
                .h1("Argumenten")
                .p("De kazerne in Hattem is gebouwd in 1968 en is technisch en functioneel verouderd. Renovatie kost naar verwachting [[€ 2,9 miljoen=2900000]]",
                        "en lost de krappe stalling van de tankautospuit niet op. Nieuwbouw op de huidige locatie is daarom doelmatiger.")
                .table("Staat van de kazernes en geplande maatregelen", Set.of(), List.of(
                        row("Kazerne", "Bouwjaar", "Staat", "Maatregel", "Planning"),
                        row("Hattem", "1968", "slecht", "vervangende nieuwbouw", "2026–2027"),
                        row("Ommen", "1979", "matig", "renovatie", "2028"),
                        row("Dalfsen", "1985", "matig", "renovatie", "2029"),
                        row("Staphorst", "1974", "slecht", "nieuwbouw (reeds besloten)", "2025–2026"),
                        row("Kampen-Zuid", "2004", "goed", "regulier onderhoud", "doorlopend")), 2, 1.3, 1.3, 3, 1.8)
                .h1("Financiën")
                .p("Het krediet voor de nieuwbouw bedraagt [[€ 3.400.000=3400000]], inclusief de noodstroomvoorziening van circa [[85.000 euro=85000]].",
                        "De kapitaallasten bedragen [[€ 148.000=148000]] per jaar vanaf 2027. De gemeente Hattem draagt de grond om niet over.",
                        "Het vastgoedbeleid als geheel vraagt tot 2035 investeringen van circa [[€ 14,6 miljoen=14600000]]; elk krediet wordt afzonderlijk aan het algemeen bestuur voorgelegd.")
                .h1("Communicatie en vervolg")
                .p("De vrijwilligers van de post Hattem zijn bij het ontwerp betrokken. Na het besluit start de aanbesteding in het eerste kwartaal van 2026.");
        return c.doc("voorstel-vastgoedbeleid-brandweerkazernes.docx", DocKind.proposal, REGION, AB, AB_JULY,
                "Voorstel Vastgoedbeleid brandweerkazernes");
    }

    static SampleDoc schedule() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("Vergadering", "Datum", "Tijd", "Locatie"));
        String[][] meetings = {
                {"Dagelijks bestuur", "2026-02-12"}, {"Dagelijks bestuur", "2026-03-19"},
                {"Algemeen bestuur", "2026-04-08"}, {"Dagelijks bestuur", "2026-05-14"},
                {"Dagelijks bestuur", "2026-06-11"}, {"Algemeen bestuur", "2026-07-08"},
                {"Dagelijks bestuur", "2026-09-10"}, {"Algemeen bestuur", "2026-10-07"},
                {"Dagelijks bestuur", "2026-11-12"}, {"Algemeen bestuur", "2026-12-09"}};
        for (String[] m : meetings) {
            boolean ab = m[0].startsWith("Algemeen");
            rows.add(row(m[0], dayDate(LocalDate.parse(m[1])), ab ? "15.00 – 17.30 uur" : "09.30 – 11.30 uur",
                    ab ? "Regionaal coördinatiecentrum, Zwolle" : "Kantoor veiligheidsregio, Zwolle"));
        }
        Content c = new Content()
                .title("Vergaderschema bestuur " + REGION + " 2026")
                .p("Vastgesteld door het algemeen bestuur op " + date(AB_JULY) + " (agendapunt 5.4).")
                .table(rows, 2, 2.4, 1.6, 3)
                .p("De vergaderingen van het algemeen bestuur zijn openbaar. De stukken worden uiterlijk drie weken voor de vergadering gepubliceerd.",
                        "In de vergadering van 8 april 2026 worden de jaarstukken 2025 behandeld, in de vergadering van 8 juli 2026 de programmabegroting 2027.");
        return c.doc("vergaderschema-2026.docx", DocKind.schedule, REGION, AB, AB_JULY,
                "Vergaderschema bestuur 2026");
    }

    static SampleDoc minutes() {
        long bdur2025 = Bdur.JUNE_2025.get("Vechtland");
        Content c = new Content()
                .title("Verslag vergadering Algemeen bestuur " + REGION)
                .fields("Datum", dayDate(AB_JULY),
                        "Locatie", "Gemeentehuis Hattem",
                        "Status", "concept");
        attendance(c, MULDER)
                .h1("1. Opening en vaststelling agenda")
                .p("De voorzitter opent de vergadering om 15.00 uur en dankt de heer Meijer voor de gastvrijheid in Hattem.",
                        "Mevrouw Mulder is verhinderd. {D:De agenda wordt vastgesteld.}")
                .h1("2. Verslag vergadering " + date(AB_APRIL))
                .p("Op verzoek van de heer Visser wordt in agendapunt 5.2 verduidelijkt dat de indexatie van 3,2 procent alleen voor 2026 geldt.",
                        "{D:Met inachtneming van deze wijziging wordt het verslag vastgesteld.} De actielijst wordt doorgenomen; de acties 2025-01, 2025-02 en 2025-06 zijn afgerond.")
                .h1("3. Ingekomen en verzonden stukken")
                .p("{D:Het algemeen bestuur neemt kennis van de ingekomen en verzonden stukken en stemt in met de voorgestelde afdoening.}")
                .h1("4. Besluitenlijst dagelijks bestuur " + date(DB_MAY))
                .p("{D:Het algemeen bestuur neemt kennis van de besluitenlijst.}")
                .h1("5. Ter besluitvorming")
                .h2("5.1. Wijziging Gemeenschappelijke regeling " + REGION)
                .p("Alle gemeenteraden hebben inmiddels hun wensen en bedenkingen kenbaar gemaakt. De raad van Hattem vroeg om een duidelijkere regeling voor uittreding;",
                        "het ontwerp is daarop aangepast.")
                .p("{D:Het algemeen bestuur stemt in met de gewijzigde Gemeenschappelijke regeling " + REGION + " en legt deze ter vaststelling voor aan de colleges van de deelnemende gemeenten.}")
                .p("{A:Mevrouw De Vries|Mevrouw De Vries zendt de gewijzigde regeling vóór 1 september 2025 aan de gemeenten.}")
                .h2("5.2. Programmabegroting 2026")
                .p("Zeven gemeenteraden hebben een zienswijze ingediend. De meeste raden steunen de beperking van de indexatie tot 3,2 procent.",
                        "De begroting sluit op [[€ 29,8 miljoen=29800000]].")
                .p("{D:Het algemeen bestuur stelt de programmabegroting 2026 vast.}")
                .h2("5.3. Vastgoedbeleid brandweerkazernes")
                .p("Mevrouw Bakker licht het voorstel toe. De heer Meijer is blij dat de nieuwbouw van de kazerne in Hattem nu kan starten.",
                        "De heer De Boer vraagt of de aanbevelingen van de Inspectie over noodstroom in het beleid zijn meegenomen.",
                        "De heer Dekker bevestigt dat iedere nieuwe of gerenoveerde kazerne een vaste noodstroomvoorziening krijgt.")
                .p("{D:Het algemeen bestuur besluit conform voorstel, met dien verstande dat de noodstroomvoorziening van " + STATION
                        + " geschikt wordt gemaakt voor ten minste 72 uur gebruik. Het bestuur stelt daarmee het vastgoedbeleid brandweerkazernes 2025–2035 vast",
                        "en stelt een krediet van [[€ 3.400.000=3400000]] beschikbaar voor de vervangende nieuwbouw van " + STATION + ".}")
                .p("{A:De heer Dekker|De heer Dekker legt het definitieve ontwerp van " + STATION + " in het voorjaar van 2026 aan het dagelijks bestuur voor.}")
                .h2("5.4. Vergaderschema 2026")
                .p("{D:Het algemeen bestuur stelt het vergaderschema 2026 vast.}")
                .h1("6. Ter bespreking")
                .h2("6.1. Inspectierapport '" + InspectionReport.TITLE + "'")
                .p("Mevrouw De Vries bespreekt de bevindingen. Vechtland scoort op het punt van noodstroom voor de kazernes beter dan gemiddeld,",
                        "maar het continuïteitsplan van de meldkamer is niet afgestemd op dat van de brandweer.")
                .decisionList("Het algemeen bestuur neemt kennis van het inspectierapport '" + InspectionReport.TITLE + "' en stemt in met de volgende actiepunten:",
                        "a.", "de continuïteitsplannen van de crisisorganisatie, de meldkamer en de brandweer worden vóór 1 december 2025 geactualiseerd op basis van een scenario van 72 uur stroomuitval;",
                        "b.", "de noodstroomvoorzieningen van de kazernes en het regionaal coördinatiecentrum worden in het vierde kwartaal van 2025 onder belasting getest, en met twee leveranciers worden afspraken gemaakt over brandstof voor drie dagen;",
                        "c.", "met de acht gemeenten worden afspraken gemaakt over noodsteunpunten; deze worden opgenomen in het regionaal crisisplan.")
                .p("{A:Mevrouw De Vries|Mevrouw De Vries rapporteert in de vergadering van " + date(AB_DECEMBER) + " over de voortgang van de actiepunten.}",
                        "{A:|De reactie aan de Inspectie wordt vóór 1 januari 2026 verzonden.}")
                .h2("6.2. BDuR junibrief 2025")
                .p("De heer Jansen meldt dat de bijdrage voor Vechtland in 2025 " + Content.eur(bdur2025) + " bedraagt. De raming voor 2026 is "
                        + Content.eur(Bdur.june("Vechtland", 2026)) + ".",
                        "Het verschil met de begroting 2026 is circa [[75.000 euro=75000]] positief.")
                .p("{D:Het algemeen bestuur neemt kennis van de junibrief.}")
                .p("{A:De heer Jansen|De heer Jansen verwerkt de bijgestelde bijdrage in de eerste begrotingswijziging 2026.}")
                .h1("7. Rondvraag")
                .p("Mevrouw Smit vraagt of de regio deelneemt aan de landelijke oefening in oktober. Mevrouw De Vries bevestigt dit.")
                .p("De heer Visser meldt dat een inwoner via het contactformulier op de website van de regio de tekst <script>alert('test')</script> heeft kunnen plaatsen,",
                        "die daarna op de reactiepagina zichtbaar was. De leverancier heeft het lek op 3 juli 2025 gedicht.",
                        "{A:Mevrouw De Vries|Mevrouw De Vries laat vóór 1 oktober 2025 een beveiligingstest van de website uitvoeren.}")
                .h1("8. Sluiting")
                .p("De voorzitter sluit de vergadering om 17.10 uur.");
        return c.doc("verslag-ab-2025-07-09.pdf", DocKind.minutes, REGION, AB, AB_JULY,
                "Verslag Algemeen bestuur " + date(AB_JULY));
    }
}
