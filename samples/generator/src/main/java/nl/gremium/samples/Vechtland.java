package nl.gremium.samples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The fictional safety region the samples are about, and the facts every document shares: its
 * municipalities, its board members, the meeting dates. Change a fact here and every document follows.
 */
final class Vechtland {
    static final String REGION = "Veiligheidsregio Vechtland";
    static final String AB = "Algemeen bestuur";
    static final String DB = "Dagelijks bestuur";
    static final String MINISTRY = "Ministerie van Justitie en Veiligheid";
    static final String INSPECTORATE = "Inspectie Justitie en Veiligheid";

    /** Real municipality names; the region itself is fictional. */
    static final List<String> MUNICIPALITIES = List.of(
            "Zwolle", "Kampen", "Dalfsen", "Hardenberg", "Ommen", "Staphorst", "Zwartewaterland", "Hattem");

    static final LocalDate AB_PREVIOUS = LocalDate.of(2024, 12, 11);
    static final LocalDate AB_APRIL = LocalDate.of(2025, 4, 2);
    static final LocalDate DB_APRIL = LocalDate.of(2025, 4, 10);
    static final LocalDate DB_MAY = LocalDate.of(2025, 5, 15);
    static final LocalDate INSPECTION_REPORT = LocalDate.of(2025, 6, 16);
    static final LocalDate JUNE_LETTER = LocalDate.of(2025, 6, 24);
    static final LocalDate AB_JULY = LocalDate.of(2025, 7, 9);
    static final LocalDate AB_DECEMBER = LocalDate.of(2025, 12, 10);
    static final LocalDate DECEMBER_LETTER = LocalDate.of(2025, 12, 16);

    // Board members (fictional people). The AB has one member per municipality.
    static final String CHAIR = "de heer H. van der Meulen";
    static final String JANSEN = "de heer R. Jansen";
    static final String BAKKER = "mevrouw L. Bakker";
    static final String VISSER = "de heer T. Visser";
    static final String MULDER = "mevrouw S. Mulder";
    static final String DE_BOER = "de heer K. de Boer";
    static final String SMIT = "mevrouw A. Smit";
    static final String MEIJER = "de heer J. Meijer";
    static final String DE_VRIES = "mevrouw drs. M. de Vries";
    static final String DEKKER = "de heer P. Dekker";
    static final String HENDRIKS = "mevrouw E. Hendriks";

    /** The AB members with the role the minutes print after their name, chair first. */
    private static final List<List<String>> AB_MEMBERS = List.of(
            List.of(CHAIR, "burgemeester van Zwolle, voorzitter"),
            List.of(JANSEN, "burgemeester van Dalfsen, portefeuillehouder financiën"),
            List.of(BAKKER, "burgemeester van Kampen, portefeuillehouder brandweer"),
            List.of(VISSER, "burgemeester van Hardenberg"),
            List.of(MULDER, "burgemeester van Ommen"),
            List.of(DE_BOER, "burgemeester van Staphorst"),
            List.of(SMIT, "burgemeester van Zwartewaterland"),
            List.of(MEIJER, "burgemeester van Hattem"));
    private static final List<List<String>> OFFICIALS = List.of(
            List.of(DE_VRIES, "algemeen directeur, secretaris"),
            List.of(DEKKER, "regionaal commandant brandweer"),
            List.of(HENDRIKS, "bestuurssecretaris, notulist"));

    private Vechtland() {}

    /** The "Aanwezig" and "Afwezig" sections of AB minutes; {@code absent} is one member's name. */
    static Content attendance(Content c, String absent) {
        c.h1("Aanwezig");
        for (List<String> m : AB_MEMBERS) {
            if (!m.get(0).equals(absent)) {
                c.item("•", m.get(0) + ", " + m.get(1));
            }
        }
        for (List<String> m : OFFICIALS) {
            c.item("•", m.get(0) + ", " + m.get(1));
        }
        c.h1("Afwezig");
        for (List<String> m : AB_MEMBERS) {
            if (m.get(0).equals(absent)) {
                c.item("•", m.get(0) + ", " + m.get(1) + " (met bericht van verhindering)");
            }
        }
        return c;
    }

    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december"};
    private static final String[] DAYS = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"};

    /** "2 april 2025". */
    static String date(LocalDate d) {
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    /** "woensdag 2 april 2025". */
    static String dayDate(LocalDate d) {
        return DAYS[d.getDayOfWeek().getValue() - 1] + " " + date(d);
    }

    /** Whole euros with Dutch thousands dots: 7412386 → "7.412.386"; negative with a leading minus. */
    static String euros(long amount) {
        String digits = Long.toString(Math.abs(amount));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return (amount < 0 ? "-" : "") + out;
    }

    static String euros(BigDecimal amount) {
        return euros(amount.longValueExact());
    }
}
