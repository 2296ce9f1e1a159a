package nl.gremium.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportDatesTest {
    static final String LIST = String.join("\n",
            "Ingekomen stukken algemeen bestuur",
            "Nr\tDatum\tSoort\tAfzender\tOnderwerp\tAfdoening",
            "1.\t03-03-2026\tBrief\tMinisterie van BZK\tMeicirculaire gemeentefonds\tVoor kennisgeving",
            "2.\t12-03-2026\tBrief en rapport\tInspectie J&V\tToezicht op de oefenprogramma's van de meldkamer\tVoor kennisgeving",
            "3.\t20-03-2026\tBrief\tInspectie J&V\tInzet van vrijwilligers bij de brandweer\tVoor kennisgeving",
            "4.\t01-09-2026\tBrief\tInspectie J&V\tOefenprogramma meldkamer, tweede meting\tNa de vergadering ontvangen");
    static final String REPORT = "Het oefenprogramma van de meldkamer schiet tekort. De inspectie beoordeelde het toezicht op "
            + "de oefenprogramma's en de meldkamer in drie regio's. Aanbeveling: oefen jaarlijks met uitval van systemen.";

    @Test
    void anUndatedReportTakesTheDateOfTheListRowFromItsIssuerAboutItsSubject() {
        List<ReportDates.ListRow> rows = ReportDates.rows(LIST, LocalDate.of(2026, 4, 1));
        assertEquals(3, rows.size(), "the header has no date; the row received after the list's own date is left out");
        assertEquals(Optional.of(LocalDate.of(2026, 3, 12)), ReportDates.dateOf("Inspectie Justitie en Veiligheid", REPORT, rows));
    }

    @Test
    void noRowOfAnotherSenderOrSubjectDatesIt() {
        List<ReportDates.ListRow> rows = ReportDates.rows(LIST, LocalDate.of(2026, 4, 1));
        assertEquals(Optional.empty(), ReportDates.dateOf("Inspectie Gezondheidszorg en Jeugd", REPORT, rows), "another issuer");
        assertEquals(Optional.empty(), ReportDates.dateOf("Inspectie Justitie en Veiligheid",
                "Een rapport over de huisvesting van de brandweerkazernes.", rows), "another subject");
    }

    @Test
    void anUndatedReportTakesTheDateOfItsCoveringLetter() {
        ReportDates.Paper report = new ReportDates.Paper("abc-02", "bundel.pdf", "Oefenprogramma's van de meldkamer bij uitval van systemen",
                "Inspectie Justitie en Veiligheid", null, 3, 20, REPORT);
        ReportDates.Paper before = new ReportDates.Paper("abc-01", "bundel.pdf", "Aanbieding rapport", "Inspectie Justitie en Veiligheid",
                LocalDate.of(2026, 3, 9), 1, 2, "Hierbij bied ik u ons rapport aan.");
        ReportDates.Paper naming = new ReportDates.Paper("def-01", "brief.pdf", "Rapport meldkamers", "Inspectie Justitie en Veiligheid",
                LocalDate.of(2026, 3, 10), 1, 1, "Hierbij ontvangt u het rapport over de oefenprogramma's van de meldkamer bij uitval van systemen.");
        ReportDates.Paper otherIssuer = new ReportDates.Paper("ghi-01", "brief2.pdf", "Reactie", "Gemeente Zeeweide",
                LocalDate.of(2026, 3, 1), 1, 1, "Wij reageren op de oefenprogramma's van de meldkamer bij uitval van systemen.");
        String issuer = "Inspectie Justitie en Veiligheid";
        assertEquals(Optional.of(LocalDate.of(2026, 3, 9)), ReportDates.coveringLetterDate(issuer, report, List.of(naming, before, otherIssuer)),
                "the letter right before it in the same file");
        assertEquals(Optional.of(LocalDate.of(2026, 3, 10)), ReportDates.coveringLetterDate(issuer, report, List.of(naming, otherIssuer)),
                "a letter of its issuer naming its title");
        assertEquals(Optional.empty(), ReportDates.coveringLetterDate(issuer, report, List.of(otherIssuer)), "not another organisation's");
    }
}
