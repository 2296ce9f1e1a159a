package nl.gremium.samples;

import static nl.gremium.samples.Content.eur;
import static nl.gremium.samples.Vechtland.DECEMBER_LETTER;
import static nl.gremium.samples.Vechtland.JUNE_LETTER;
import static nl.gremium.samples.Vechtland.MINISTRY;
import static nl.gremium.samples.Vechtland.date;

import java.time.LocalDate;
import java.util.Set;
import nl.gremium.model.DocKind;

/** The two BDuR letters of the Ministry of Justice and Security (June and December 2025) and a ministry e-mail. */
final class MinistryLetters {
    private MinistryLetters() {}

    private static Content letterhead(String date, String subject, String reference) {
        return new Content()
                .title(MINISTRY)
                .p("Directoraat-Generaal Politie en Veiligheidsregio's, Directie Veiligheidsregio's",
                        "Postbus 20301, 2500 EH Den Haag")
                .p("Aan de besturen van de veiligheidsregio's")
                .fields("Datum", date,
                        "Onderwerp", subject,
                        "Ons kenmerk", reference);
    }

    static SampleDoc juneLetter() {
        long vechtland = Bdur.JUNE_2025.get("Vechtland");
        Content c = letterhead(date(JUNE_LETTER), "Bijdrage Rijk BDuR 2025 en raming 2026–2029", "6291044")
                .p("Geachte voorzitters,")
                .p("Met deze brief informeer ik u over de hoogte van de rijksbijdrage aan de veiligheidsregio's op grond van het Besluit",
                        "Doeluitkering Rijksbijdrage veiligheidsregio's (BDuR) voor 2025, en over de raming voor de jaren 2026 tot en met 2029.",
                        "Deze brief is de gebruikelijke junibrief; de definitieve bijdrage volgt in de decemberbrief.")
                .h1("1. Bijdrage 2025")
                .p("Voor 2025 is in totaal " + eur(Bdur.total2025()) + " beschikbaar voor de 25 veiligheidsregio's.",
                        "Hierin is de loon- en prijsbijstelling over 2025 verwerkt, in totaal circa [[€ 5,1 miljoen=5100000]].",
                        "De verdeling over de regio's volgt de verdeelsleutel van het BDuR en is opgenomen in bijlage 1.")
                .p("Zo ontvangt Veiligheidsregio Vechtland in 2025 een bijdrage van " + eur(vechtland) + ".")
                .h1("2. Raming 2026–2029")
                .p("Vanaf 2026 stelt het kabinet structureel extra middelen beschikbaar voor de versterking van de crisisbeheersing,",
                        "onder meer voor de voorbereiding op langdurige uitval van vitale voorzieningen.",
                        "De raming voor 2026 ligt daardoor " + eur(Bdur.totalJune(2026) - Bdur.total2025()) + " hoger dan de bijdrage 2025.",
                        "De raming in bijlage 2 is indicatief: de loon- en prijsbijstelling van latere jaren is nog niet opgenomen.")
                .p("Voor 2026 bedraagt de raming in totaal " + eur(Bdur.totalJune(2026)) + ".")
                .h1("3. Betaling en verantwoording")
                .p("De bijdrage wordt in twee termijnen betaald, in juli en in december.",
                        "De veiligheidsregio's verantwoorden de besteding via de jaarrekening; een aparte verantwoording aan het ministerie is niet nodig.")
                .p("Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd.")
                .p("De minister van Justitie en Veiligheid,")
                .p("namens deze, de directeur Veiligheidsregio's,")
                .p("drs. W.F. Hoogland")
                .pageBreak()
                .h1("Bijlage 1: Bijdrage BDuR 2025 per veiligheidsregio")
                .table(null, Set.of(2), Bdur.annex2025(), 0.8, 4.5, 2.5)
                .h1("Bijlage 2: Raming BDuR 2026–2029 per veiligheidsregio")
                .p("Bedragen in euro's, exclusief toekomstige loon- en prijsbijstelling.")
                .table(null, Set.of(1, 2, 3, 4), Bdur.forecast(false), 3.4, 1.6, 1.6, 1.6, 1.6);
        return c.doc("bdur-junibrief-2025.pdf", DocKind.letter, MINISTRY, null, JUNE_LETTER,
                "BDuR junibrief 2025");
    }

    static SampleDoc decemberLetter() {
        long vechtland2026 = Bdur.december("Vechtland", 2026);
        Content c = letterhead(date(DECEMBER_LETTER), "Definitieve bijdrage BDuR 2026, bijgestelde raming 2027–2029 en correctie 2025", "6473318")
                .p("Geachte voorzitters,")
                .p("In de junibrief van " + date(JUNE_LETTER) + " heb ik u geïnformeerd over de BDuR-bijdrage 2025 en de raming voor 2026 tot en met 2029.",
                        "{D:Met deze decemberbrief stel ik de bijdrage voor 2026 vast en stel ik de raming voor de jaren daarna bij.}")
                .h1("1. Bijstelling 2026 en raming 2027–2029")
                .p("De definitieve loon- en prijsbijstelling valt 0,85 procent hoger uit dan in de junibrief was voorzien.",
                        "Deze bijstelling werkt door in 2026 en alle latere jaren van de raming. Het totaal voor 2026 komt daarmee op "
                                + eur(Bdur.totalDecember(2026)) + ", in plaats van " + eur(Bdur.totalJune(2026)) + " in de junibrief.")
                .p("Voor Veiligheidsregio Vechtland wordt de bijdrage 2026 " + eur(vechtland2026) + ".",
                        "De bijgestelde bedragen per regio staan in bijlage 1.")
                .h1("2. Correctie 2025")
                .p("Bij de berekening van de bijdrage 2025 zijn voor drie regio's onjuiste inwoneraantallen gebruikt.",
                        "De correctie is opgenomen in bijlage 2 en wordt met de tweede termijn van december 2025 verrekend.",
                        "Voor de overige regio's blijft de bijdrage 2025 gelijk aan de junibrief.")
                .p("De correctie voor Veiligheidsregio Vechtland bedraagt " + eur(Bdur.CORRECTION_2025.get("Vechtland"))
                        + "; de bijdrage 2025 wordt daarmee " + eur(Bdur.corrected2025("Vechtland")) + ".")
                .p("De minister van Justitie en Veiligheid,")
                .p("namens deze, de directeur Veiligheidsregio's,")
                .p("drs. W.F. Hoogland")
                .pageBreak()
                .h1("Bijlage 1: Bijgestelde raming BDuR 2026–2029 per veiligheidsregio")
                .p("Bedragen in euro's, inclusief loon- en prijsbijstelling 2025.")
                .table(null, Set.of(1, 2, 3, 4), Bdur.forecast(true), 3.4, 1.6, 1.6, 1.6, 1.6)
                .h1("Bijlage 2: Correctie bijdrage BDuR 2025")
                .table(null, Set.of(1, 2, 3), Bdur.corrections(), 3, 2.2, 1.6, 2.4);
        return c.doc("bdur-decemberbrief-2025.pdf", DocKind.letter, MINISTRY, null, DECEMBER_LETTER,
                "BDuR decemberbrief 2025");
    }

    /** A ministry letter sent as e-mail: extra one-off funds for resilience, with amounts in the text. */
    static SampleDoc resilienceMail() {
        Content c = new Content()
                .title("Eenmalige bijdrage weerbaarheid 2026")
                .p("Aan: de besturen van de veiligheidsregio's, ter attentie van de algemeen directeuren")
                .p("Van: " + MINISTRY + ", Directie Veiligheidsregio's")
                .p("Datum: " + date(LocalDate.of(2025, 9, 30)))
                .p("Geachte heer, mevrouw,")
                .p("Het kabinet heeft bij de Miljoenennota 2026 besloten de veiligheidsregio's eenmalig te ondersteunen bij de voorbereiding",
                        "op maatschappelijke ontwrichting, waaronder langdurige stroomuitval. Hiervoor is in 2026 in totaal [[€ 10,3 miljoen=10300000]] beschikbaar.")
                .p("{D:Ik ken elke veiligheidsregio een vast bedrag van [[€ 412.000=412000]] toe.} De bijdrage wordt in maart 2026 als ophoging van de BDuR-bijdrage uitbetaald.",
                        "Voor Veiligheidsregio Vechtland betekent dit dat de bijdrage 2026 stijgt met [[€ 412.000=412000]].")
                .p("De middelen zijn bedoeld voor noodstroom op kritieke locaties, het actualiseren van continuïteitsplannen en het inrichten van noodsteunpunten met de gemeenten.",
                        "{A:de veiligheidsregio's (u)|U wordt gevraagd vóór 1 februari 2026 een korte bestedingsopgave aan het ministerie te sturen.}")
                .p("Met vriendelijke groet,")
                .p("Directie Veiligheidsregio's, " + MINISTRY);
        return c.doc("mail-minjenv-weerbaarheid-2026.eml", DocKind.letter, MINISTRY, null, LocalDate.of(2025, 9, 30),
                "Eenmalige bijdrage weerbaarheid 2026");
    }
}
