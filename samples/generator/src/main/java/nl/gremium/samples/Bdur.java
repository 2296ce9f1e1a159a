package nl.gremium.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The BDuR (Besluit Doeluitkering Rijksbijdrage veiligheidsregio's) figures of the two ministry
 * letters. 2025 amounts are hand-set; the 2026–2029 forecast follows from fixed yearly factors; the
 * December letter revises the forecast (wage and price adjustment) and corrects 2025 for three
 * regions. The fictional Vechtland takes the place of IJsselland, so the list keeps 25 regions.
 */
final class Bdur {
    static final int FIRST_YEAR = 2026;
    static final int LAST_YEAR = 2029;

    /** 2025 contribution per region (June letter, annex 1), in whole euros. */
    static final Map<String, Long> JUNE_2025 = new LinkedHashMap<>();

    static {
        JUNE_2025.put("Groningen", 8_912_417L);
        JUNE_2025.put("Fryslân", 8_604_233L);
        JUNE_2025.put("Drenthe", 7_150_962L);
        JUNE_2025.put("Vechtland", 7_412_386L);
        JUNE_2025.put("Twente", 8_377_540L);
        JUNE_2025.put("Noord- en Oost-Gelderland", 9_981_205L);
        JUNE_2025.put("Gelderland-Midden", 8_215_674L);
        JUNE_2025.put("Gelderland-Zuid", 6_988_031L);
        JUNE_2025.put("Utrecht", 10_742_118L);
        JUNE_2025.put("Noord-Holland Noord", 7_306_559L);
        JUNE_2025.put("Zaanstreek-Waterland", 4_817_302L);
        JUNE_2025.put("Kennemerland", 7_093_846L);
        JUNE_2025.put("Amsterdam-Amstelland", 12_664_290L);
        JUNE_2025.put("Gooi en Vechtstreek", 4_129_775L);
        JUNE_2025.put("Haaglanden", 11_358_904L);
        JUNE_2025.put("Hollands Midden", 8_520_467L);
        JUNE_2025.put("Rotterdam-Rijnmond", 14_906_183L);
        JUNE_2025.put("Zuid-Holland Zuid", 6_041_729L);
        JUNE_2025.put("Zeeland", 6_733_015L);
        JUNE_2025.put("Midden- en West-Brabant", 10_485_362L);
        JUNE_2025.put("Brabant-Noord", 6_214_880L);
        JUNE_2025.put("Brabant-Zuidoost", 7_579_416L);
        JUNE_2025.put("Limburg-Noord", 6_402_951L);
        JUNE_2025.put("Zuid-Limburg", 7_188_630L);
        JUNE_2025.put("Flevoland", 5_294_107L);
    }

    /** Corrections on 2025 in the December letter (only these regions). */
    static final Map<String, Long> CORRECTION_2025 = new LinkedHashMap<>();

    static {
        CORRECTION_2025.put("Vechtland", 24_526L);
        CORRECTION_2025.put("Twente", -12_300L);
        CORRECTION_2025.put("Zeeland", 8_710L);
    }

    /** June forecast growth per year from 2026 on (2026 includes new tasks in crisis management). */
    private static final String[] JUNE_GROWTH = {"1.031", "1.012", "1.006", "1.005"};
    /** December: wage and price adjustment 2025 carried into the forecast. */
    private static final String DECEMBER_INDEX = "1.0085";

    private Bdur() {}

    /** June forecast: year → amount for one region. */
    static long june(String region, int year) {
        BigDecimal v = BigDecimal.valueOf(JUNE_2025.get(region));
        for (int y = FIRST_YEAR; y <= year; y++) {
            v = v.multiply(new BigDecimal(JUNE_GROWTH[y - FIRST_YEAR])).setScale(0, RoundingMode.HALF_UP);
        }
        return v.longValueExact();
    }

    /** December forecast: the June forecast raised by the wage and price adjustment. */
    static long december(String region, int year) {
        return BigDecimal.valueOf(june(region, year)).multiply(new BigDecimal(DECEMBER_INDEX))
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    static long corrected2025(String region) {
        return JUNE_2025.get(region) + CORRECTION_2025.getOrDefault(region, 0L);
    }

    static long total2025() {
        return JUNE_2025.values().stream().mapToLong(Long::longValue).sum();
    }

    static long totalJune(int year) {
        return JUNE_2025.keySet().stream().mapToLong(r -> june(r, year)).sum();
    }

    static long totalDecember(int year) {
        return JUNE_2025.keySet().stream().mapToLong(r -> december(r, year)).sum();
    }

    /** Annex 1 of the June letter. */
    static List<List<String>> annex2025() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(Content.row("Nr.", "Veiligheidsregio", "Bijdrage 2025 (€)"));
        int n = 1;
        for (var e : JUNE_2025.entrySet()) {
            rows.add(Content.row(Integer.toString(n++), e.getKey(), Vechtland.euros(e.getValue())));
        }
        rows.add(Content.row("Totaal", "", Vechtland.euros(total2025())));
        return rows;
    }

    /** A forecast annex: one column per year 2026–2029, June or December figures. */
    static List<List<String>> forecast(boolean december) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("Veiligheidsregio"));
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            header.add(Integer.toString(y));
        }
        rows.add(header);
        for (String region : JUNE_2025.keySet()) {
            List<String> row = new ArrayList<>(List.of(region));
            for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                row.add(Vechtland.euros(december ? december(region, y) : june(region, y)));
            }
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of("Totaal"));
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            total.add(Vechtland.euros(december ? totalDecember(y) : totalJune(y)));
        }
        rows.add(total);
        return rows;
    }

    /** December annex: the 2025 corrections. */
    static List<List<String>> corrections() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(Content.row("Veiligheidsregio", "Bijdrage 2025 junibrief (€)", "Correctie (€)", "Bijdrage 2025 na correctie (€)"));
        for (var e : CORRECTION_2025.entrySet()) {
            rows.add(Content.row(e.getKey(), Vechtland.euros(JUNE_2025.get(e.getKey())), Vechtland.euros(e.getValue()),
                    Vechtland.euros(corrected2025(e.getKey()))));
        }
        return rows;
    }
}
