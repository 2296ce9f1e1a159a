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
}
