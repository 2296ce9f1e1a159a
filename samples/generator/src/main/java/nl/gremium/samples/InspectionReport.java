package nl.gremium.samples;

import static nl.gremium.samples.Content.row;
import static nl.gremium.samples.Vechtland.INSPECTION_REPORT;
import static nl.gremium.samples.Vechtland.INSPECTORATE;
import static nl.gremium.samples.Vechtland.date;

import java.util.List;
import java.util.Set;
import nl.gremium.model.DocKind;

/** The inspectorate's report on continuity of the crisis organisation during a long power outage. */
final class InspectionReport {
    static final String TITLE = "Continuïteit van de crisisorganisatie bij langdurige stroomuitval";

    private InspectionReport() {}

    static SampleDoc report() {
        Content c = new Content()
                .title("Als het licht uitgaat")
                .p(TITLE)
                .p("Onderzoek naar de voorbereiding van vijf veiligheidsregio's op een stroomuitval van meer dan 24 uur")
                .fields("Uitgave", INSPECTORATE,
                        "Datum", date(INSPECTION_REPORT),
                        "Plaats", "Den Haag")
                .h1("Samenvatting")
                .p("Een stroomuitval van meerdere dagen raakt vrijwel alle vitale processen tegelijk.",
                        "De Inspectie Justitie en Veiligheid heeft onderzocht of de crisisorganisatie van de veiligheidsregio's in zo'n situatie blijft functioneren.",
                        "De onderzochte regio's hebben de eerste uren goed voorbereid: noodstroom schakelt in en de meldkamer blijft bereikbaar.",
                        "Na ongeveer een dag ontstaan echter knelpunten. Continuïteitsplannen zijn verouderd, brandstof voor noodstroom is niet voor meerdere dagen geregeld",
                        "en de communicatie met inwoners zonder telefoon en internet is nauwelijks uitgewerkt.")
                .h1("1. Inleiding")
                .h2("1.1. Aanleiding")
                .p("Het netwerk van elektriciteit is de afgelopen jaren kwetsbaarder geworden door netcongestie, extreem weer en dreigingen tegen vitale infrastructuur.",
                        "Bij een grote storing in 2024 in het oosten van het land viel de stroom in een deel van de regio bijna twintig uur uit.",
                        "Dat was voor de Inspectie aanleiding om te onderzoeken hoe de crisisorganisatie zich voorbereidt op een langere uitval.")
                .h2("1.2. Onderzoeksvraag")
                .p("De centrale vraag van het onderzoek luidt: in hoeverre zijn de veiligheidsregio's voorbereid om hun crisisorganisatie ook bij een stroomuitval van meer dan 24 uur te laten functioneren?")
                .h2("1.3. Afbakening en werkwijze")
                .p("De Inspectie heeft vijf veiligheidsregio's onderzocht: Vechtland, Drenthe, Zeeland, Gelderland-Zuid en Hollands Midden.",
                        "Zij heeft documenten bestudeerd, 46 interviews gehouden met bestuurders, directeuren, functionarissen van de meldkamer en crisisfunctionarissen,",
                        "en in elke regio een locatiebezoek afgelegd aan het regionaal coördinatiecentrum en twee brandweerkazernes.",
                        "Het onderzoek liep van oktober 2024 tot en met maart 2025. De regio's hebben in mei 2025 op het conceptrapport kunnen reageren.")
                .h1("2. Toetsingskader")
                .p("De Inspectie heeft de bevindingen getoetst aan de Wet veiligheidsregio's, de landelijke handreiking continuïteit crisisorganisatie en de eigen plannen van de regio's.",
                        "Daarbij zijn drie verwachtingen geformuleerd:")
                .item("a.", "de regio beschikt over actuele continuïteitsplannen die uitgaan van een uitval van ten minste 72 uur;")
                .item("b.", "kritieke locaties beschikken over noodstroom die periodiek onder belasting wordt getest, met brandstof voor ten minste drie dagen;")
                .item("c.", "de regio heeft met gemeenten en vitale partners afspraken over noodcommunicatie met inwoners.")
                .h1("3. Bevindingen")
                .h2("3.1. Continuïteitsplannen")
                .p("Alle vijf regio's hebben een continuïteitsplan voor de eigen organisatie. In drie regio's is dit plan ouder dan vier jaar.",
                        "De plannen gaan vooral uit van een uitval van enkele uren en beschrijven niet hoe de crisisorganisatie na 24 uur wordt afgelost en bevoorraad.",
                        "In twee regio's, waaronder Vechtland, was het plan voor de meldkamer niet afgestemd op het plan van de brandweer.",
                        "Functionarissen die wij spraken kenden de inhoud van het plan vaak niet.")
                .h2("3.2. Noodstroom en brandstof")
                .p("De regionale coördinatiecentra en meldkamers beschikken over noodstroomaggregaten. Bij de brandweerkazernes is dat beeld wisselend:",
                        "van de 38 bezochte en opgevraagde kazernes hebben er 21 een vaste noodstroomvoorziening.",
                        "Slechts één regio test de aggregaten jaarlijks onder volledige belasting.",
                        "Afspraken over de levering van brandstof bij een langdurige uitval ontbreken in vier van de vijf regio's; de voorraad volstaat gemiddeld voor 30 uur.")
                .table("Stand van zaken per onderzochte regio", Set.of(), List.of(
                        row("Regio", "Plan actueel", "Noodstroom kazernes", "Brandstof (uur)"),
                        row("Vechtland", "nee", "9 van 14", "28"),
                        row("Drenthe", "ja", "5 van 8", "36"),
                        row("Zeeland", "nee", "3 van 6", "24"),
                        row("Gelderland-Zuid", "ja", "2 van 5", "30"),
                        row("Hollands Midden", "nee", "2 van 5", "32")), 3, 2, 2.6, 2)
                .h2("3.3. Noodcommunicatie met inwoners")
                .p("Als de stroom langer uitvalt, werken ook mobiele netwerken en internet na enkele uren niet meer.",
                        "Gemeenten richten dan noodsteunpunten in waar inwoners informatie en hulp kunnen krijgen.",
                        "De Inspectie stelt vast dat de afspraken tussen regio en gemeenten hierover nog in de kinderschoenen staan.",
                        "In geen van de onderzochte regio's is geoefend met noodsteunpunten, en de rol van netbeheerders en drinkwaterbedrijven is niet vastgelegd.")
                .h2("3.4. Landelijke voorzieningen")
                .p("De noodcommunicatievoorziening (NCV) is bedoeld om de crisisorganisatie verbonden te houden als reguliere netwerken uitvallen.",
                        "Niet alle locaties van de veiligheidsregio's zijn op de NCV aangesloten, en het beheer bij een langdurige uitval is niet geregeld.",
                        "Ook is er geen landelijke afspraak over de verdeling van brandstof voor noodstroom als de vraag groter is dan het aanbod.")
                .h1("4. Conclusies")
                .p("De crisisorganisaties van de onderzochte regio's zijn voorbereid op een korte stroomuitval, maar niet op een uitval van meerdere dagen.",
                        "Continuïteitsplannen zijn onvoldoende actueel, noodstroom op kazernes is niet overal geregeld en brandstof is na ruim een dag een knelpunt.",
                        "De noodcommunicatie met inwoners is onvoldoende uitgewerkt. Voor een deel van de knelpunten is een landelijke aanpak nodig.")
                .h1("5. Aanbevelingen")
                .p("Op basis van de conclusies doet de Inspectie de volgende aanbevelingen.")
                .h2("Aan de besturen van de veiligheidsregio's")
                .item("1.", "{R:Actualiseer de continuïteitsplannen van de crisisorganisatie, inclusief meldkamer en brandweer, op basis van een scenario van ten minste 72 uur stroomuitval en oefen deze jaarlijks.}")
                .item("2.", "{R:Zorg dat kritieke locaties beschikken over noodstroom die ten minste jaarlijks onder belasting wordt getest, en maak afspraken over brandstof voor ten minste drie dagen.}")
                .item("3.", "{R:Leg samen met de gemeenten, netbeheerders en drinkwaterbedrijven afspraken over noodsteunpunten en noodcommunicatie met inwoners vast in het regionaal crisisplan.}")
                .h2("Aan de minister van Justitie en Veiligheid")
                .item("•", "{R:Zorg voor een landelijke regeling voor de verdeling van brandstof voor noodstroom bij langdurige stroomuitval.}")
                .item("•", "{R:Zorg ervoor dat de noodcommunicatievoorziening ook bij langdurige stroomuitval beschikbaar blijft voor alle locaties van de crisisorganisatie.}")
                .h1("6. Vervolg")
                .p("{A:De Inspectie JenV|De Inspectie JenV zal de opvolging van deze aanbevelingen over een jaar monitoren en de uitkomsten daarvan aan de minister rapporteren.}",
                        "{A:de besturen van de veiligheidsregio's|De Inspectie vraagt de besturen van de veiligheidsregio's om vóór 1 januari 2026 te laten weten hoe zij de aanbevelingen opvolgen.}")
                .h1("Bijlage: Reactie van de regio's")
                .p("De vijf regio's hebben op het conceptrapport gereageerd. Zij herkennen de bevindingen.",
                        "{A:Veiligheidsregio Vechtland|Veiligheidsregio Vechtland heeft laten weten de actualisatie van het continuïteitsplan in 2025 af te ronden en de noodstroom van de kazernes mee te nemen in het vastgoedbeleid.}");
        return c.doc("inspectierapport-stroomuitval-2025.pdf", DocKind.inspection_report, INSPECTORATE, null,
                INSPECTION_REPORT, TITLE);
    }
}
