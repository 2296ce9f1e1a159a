package nl.gremium.samples;

import static nl.gremium.samples.Vechtland.AB_APRIL;
import static nl.gremium.samples.Vechtland.AB_JULY;
import static nl.gremium.samples.Vechtland.DB;
import static nl.gremium.samples.Vechtland.INSPECTORATE;
import static nl.gremium.samples.Vechtland.MUNICIPALITIES;
import static nl.gremium.samples.Vechtland.REGION;
import static nl.gremium.samples.Vechtland.date;

import java.time.LocalDate;
import nl.gremium.model.DocKind;

/** Format coverage: an RTF letter of the region and a plain-text progress note. */
final class OtherDocuments {
    static final LocalDate ZIENSWIJZE_LETTER = LocalDate.of(2025, 4, 7);
    static final LocalDate PROGRESS_NOTE = LocalDate.of(2025, 12, 1);
    static final LocalDate CONFIDENTIAL_NOTE = LocalDate.of(2025, 6, 5);

    private OtherDocuments() {}

    static SampleDoc rtfLetter() {
        Content c = new Content()
                .title(REGION)
                .p("Aan de gemeenteraden van " + String.join(", ", MUNICIPALITIES.subList(0, MUNICIPALITIES.size() - 1))
                        + " en " + MUNICIPALITIES.get(MUNICIPALITIES.size() - 1))
                .fields("Datum", date(ZIENSWIJZE_LETTER),
                        "Onderwerp", "Ontwerp-programmabegroting 2026 ter zienswijze",
                        "Kenmerk", "VRV/2025/0412")
                .p("Geachte leden van de raad,")
                .p("Het algemeen bestuur van " + REGION + " heeft in zijn vergadering van " + date(AB_APRIL)
                        + " de ontwerp-programmabegroting 2026 vrijgegeven voor zienswijze.",
                        "Op grond van de Wet gemeenschappelijke regelingen stellen wij u in de gelegenheid uw zienswijze kenbaar te maken.")
                .p("Het algemeen bestuur heeft besloten de indexatie van de gemeentelijke bijdragen voor 2026 te beperken tot 3,2 procent.",
                        "De begroting sluit daarmee op [[€ 29,8 miljoen=29800000]]. De bijdrage per gemeente is opgenomen in bijlage 3 van de begroting.")
                .p("{A:de gemeenteraden (u)|Wij verzoeken u uw zienswijze vóór 12 juni 2025 aan ons kenbaar te maken.} Het algemeen bestuur stelt de begroting vast op " + date(AB_JULY) + ".")
                .p("Hoogachtend,")
                .p("Het dagelijks bestuur van " + REGION + ",")
                .p("H. van der Meulen, voorzitter          drs. M. de Vries, secretaris");
        return c.doc("brief-zienswijze-begroting-2026.rtf", DocKind.letter, REGION, DB, ZIENSWIJZE_LETTER,
                "Ontwerp-programmabegroting 2026 ter zienswijze");
    }

    static SampleDoc textNote() {
        Content c = new Content()
                .title("Notitie voortgang actiepunten inspectierapport stroomuitval")
                .fields("Aan", "Dagelijks bestuur " + REGION,
                        "Van", "M. de Vries, algemeen directeur",
                        "Datum", date(PROGRESS_NOTE),
                        "Betreft", "voortgang actiepunten uit het AB van " + date(AB_JULY) + " (agendapunt 6.1)")
                .p("Het algemeen bestuur heeft op " + date(AB_JULY) + " ingestemd met drie actiepunten naar aanleiding van het rapport '"
                        + InspectionReport.TITLE + "' van de " + INSPECTORATE + ". Hieronder de stand van zaken.")
                .item("a.", "Continuïteitsplannen: afgerond. De geactualiseerde continuïteitsplannen van de crisisorganisatie, de meldkamer en de brandweer zijn op 20 november 2025 door het dagelijks bestuur vastgesteld. Zij gaan uit van 72 uur stroomuitval.")
                .item("b.", "Noodstroom: loopt. Het regionaal coördinatiecentrum en negen kazernes zijn in oktober en november 2025 onder belasting getest. De overige vijf kazernes volgen in het eerste kwartaal van 2026. Met twee leveranciers is een brandstofcontract voor drie dagen gesloten; kosten [[23.400 euro=23400]] per jaar.")
                .item("c.", "Noodsteunpunten: loopt. Zes van de acht gemeenten hebben locaties aangewezen. Hattem en Staphorst volgen begin 2026.")
                .p("De reactie aan de Inspectie wordt op 10 december 2025 verzonden, na bespreking in het algemeen bestuur.");
        return c.doc("notitie-voortgang-stroomuitval.txt", DocKind.report, REGION, DB, PROGRESS_NOTE,
                "Notitie voortgang actiepunten inspectierapport stroomuitval");
    }

    /** A confidential note to the DB: the only sample whose text marks it "vertrouwelijk". */
    static SampleDoc confidentialNote() {
        Content c = new Content()
                .p("VERTROUWELIJK")
                .title("Notitie bezetting meldkamer zomer 2025")
                .p("Notitie aan het dagelijks bestuur – vertrouwelijk, niet openbaar (artikel 5.2 Woo, persoonlijke levenssfeer)")
                .fields("Aan", "Dagelijks bestuur " + REGION,
                        "Van", "M. de Vries, algemeen directeur",
                        "Datum", date(CONFIDENTIAL_NOTE),
                        "Onderwerp", "Bezetting meldkamer zomer 2025")
                .h1("1. Aanleiding")
                .p("Door langdurig verzuim van drie centralisten en twee openstaande vacatures is de bezetting van de meldkamer brandweer",
                        "in juli en augustus 2025 niet rond. Zonder maatregelen ontstaan in twaalf diensten tekorten.")
                .h1("2. Maatregelen")
                .item("a.", "inhuur van twee centralisten via de meldkamer Oost-Nederland, kosten circa [[64.000 euro=64000]];")
                .item("b.", "tijdelijke verruiming van de overwerkregeling voor de eigen centralisten;")
                .item("c.", "uitstel van de opleidingsdagen van september naar november.")
                .h1("3. Financiën")
                .p("De kosten passen binnen de onderschrijding op de personeelsbegroting van de meldkamer van [[€ 180.000=180000]].")
                .h1("4. Vervolg")
                .p("De directie voert de maatregelen uit na bespreking in het dagelijks bestuur van 12 juni 2025.",
                        "{A:mevrouw De Vries|Daarna informeert mevrouw De Vries de ondernemingsraad vóór 15 juni 2025.}");
        return c.doc("notitie-bezetting-meldkamer-vertrouwelijk.docx", DocKind.report, REGION, DB, CONFIDENTIAL_NOTE,
                "Notitie bezetting meldkamer zomer 2025 (vertrouwelijk)");
    }
}
