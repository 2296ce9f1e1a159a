package nl.gremium.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * A server-rendered line chart (inline SVG, no scripts): one line per series over the years, a y axis
 * in euros from zero, a legend under the plot. Labels are escaped; they come from documents.
 */
final class SvgChart {
    /** One line: e.g. the amounts per year as one letter states them. */
    record Series(String label, SortedMap<Integer, BigDecimal> values) {}

    // Okabe–Ito colours (distinguishable with colour-vision deficiencies) plus dash patterns as a second cue
    private static final String[] COLOURS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"};
    private static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3"};
    private static final int W = 760, PLOT_H = 280, LEFT = 96, RIGHT = 24, TOP = 16, AXIS = 34, LEGEND_ROW = 20;

    private SvgChart() {}

    static String render(String id, String title, List<Series> series) {
        TreeSet<Integer> years = new TreeSet<>();
        BigDecimal max = BigDecimal.ZERO;
        for (Series s : series) {
            years.addAll(s.values().keySet());
            for (BigDecimal v : s.values().values()) {
                max = v != null && v.compareTo(max) > 0 ? v : max;
            }
        }
        int height = TOP + PLOT_H + AXIS + LEGEND_ROW * series.size() + 8;
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg class=\"chart\" id=\"").append(Html.esc(id)).append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(W).append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"")
                .append(Html.esc(id)).append("-t ").append(Html.esc(id)).append("-d\">")
                .append("<title id=\"").append(Html.esc(id)).append("-t\">").append(Html.esc(title)).append("</title>")
                .append("<desc id=\"").append(Html.esc(id)).append("-d\">Amounts per year, one line per source; ")
                .append(series.size()).append(" series, the same values are in the table below.</desc>");
        if (years.isEmpty()) {
            return svg.append("<text x=\"").append(W / 2).append("\" y=\"40\" text-anchor=\"middle\">No amounts</text></svg>").toString();
        }
        double top = niceCeiling(max.doubleValue());
        int x0 = LEFT, x1 = W - RIGHT, y0 = TOP + PLOT_H, y1 = TOP;
        int first = years.first(), last = years.last();
        // grid and y labels
        for (int i = 0; i <= 4; i++) {
            double v = top * i / 4;
            double y = y0 - (y0 - y1) * (v / top);
            svg.append("<line class=\"grid\" x1=\"").append(x0).append("\" x2=\"").append(x1).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\"/>")
                    .append("<text class=\"ylabel\" x=\"").append(x0 - 8).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\">").append(Html.esc(compactEuro(v))).append("</text>");
        }
        // x labels
        for (int year : years) {
            double x = xOf(year, first, last, x0, x1);
            svg.append("<text class=\"xlabel\" x=\"").append(fmt(x)).append("\" y=\"").append(y0 + 20)
                    .append("\" text-anchor=\"middle\">").append(year).append("</text>");
        }
        svg.append("<line class=\"axis\" x1=\"").append(x0).append("\" x2=\"").append(x1).append("\" y1=\"").append(y0)
                .append("\" y2=\"").append(y0).append("\"/>");
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            String colour = COLOURS[i % COLOURS.length];
            String dash = DASHES[(i / COLOURS.length + i) % DASHES.length];
            StringBuilder points = new StringBuilder();
            StringBuilder dots = new StringBuilder();
            s.values().forEach((year, v) -> {
                if (v == null) {
                    return;
                }
                double x = xOf(year, first, last, x0, x1);
                double y = y0 - (y0 - y1) * (v.doubleValue() / top);
                points.append(fmt(x)).append(',').append(fmt(y)).append(' ');
                dots.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"4\" fill=\"")
                        .append(colour).append("\"><title>").append(Html.esc(s.label())).append(": ").append(year)
                        .append(" ").append(Html.esc(Html.euro(v))).append("</title></circle>");
            });
            svg.append("<g class=\"series\" data-label=\"").append(Html.esc(s.label())).append("\">")
                    .append("<polyline fill=\"none\" stroke-width=\"2.5\" stroke=\"").append(colour).append('"');
            if (!dash.isEmpty()) {
                svg.append(" stroke-dasharray=\"").append(dash).append('"');
            }
            svg.append(" points=\"").append(points.toString().trim()).append("\"/>").append(dots).append("</g>");
            int ly = y0 + AXIS + LEGEND_ROW * i + 6;
            svg.append("<line x1=\"").append(x0).append("\" x2=\"").append(x0 + 28).append("\" y1=\"").append(ly)
                    .append("\" y2=\"").append(ly).append("\" stroke-width=\"3\" stroke=\"").append(colour).append('"');
            if (!dash.isEmpty()) {
                svg.append(" stroke-dasharray=\"").append(dash).append('"');
            }
            svg.append("/><text class=\"legend\" x=\"").append(x0 + 36).append("\" y=\"").append(ly + 4).append("\">")
                    .append(Html.esc(Html.truncate(s.label(), 90))).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static double xOf(int year, int first, int last, int x0, int x1) {
        int pad = 30;
        return first == last ? (x0 + x1) / 2.0 : x0 + pad + (x1 - x0 - 2.0 * pad) * (year - first) / (last - first);
    }

    /** The smallest 1/2/2.5/5 × 10^n at or above v, so the axis ends on a round number. */
    static double niceCeiling(double v) {
        if (v <= 0) {
            return 1;
        }
        double mag = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * mag >= v) {
                return step * mag;
            }
        }
        return 10 * mag;
    }

    /** "€ 27,5 mln", "€ 750 k", "€ 0": short enough for an axis. */
    static String compactEuro(double v) {
        DecimalFormat f = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
        if (Math.abs(v) >= 1e9) {
            return "€ " + f.format(v / 1e9) + " mld";
        }
        if (Math.abs(v) >= 1e6) {
            return "€ " + f.format(v / 1e6) + " mln";
        }
        if (Math.abs(v) >= 1e3) {
            return "€ " + f.format(v / 1e3) + " k";
        }
        return "€ " + f.format(v);
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
