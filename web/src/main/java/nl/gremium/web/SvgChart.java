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
 * in euros fitted to the data (from zero only when the data reach down to it; negatives below a zero line), a
 * marker for a series of one year, a legend under the plot. Labels are escaped; they come from documents.
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
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            years.addAll(s.values().keySet());
            for (BigDecimal v : s.values().values()) {
                if (v != null) {
                    min = Math.min(min, v.doubleValue());
                    max = Math.max(max, v.doubleValue());
                }
            }
        }
        int height = TOP + PLOT_H + AXIS + LEGEND_ROW * series.size() + 8;
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg class=\"chart\" id=\"").append(Html.esc(id)).append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(W).append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"")
                .append(Html.esc(id)).append("-t ").append(Html.esc(id)).append("-d\">")
                .append("<title id=\"").append(Html.esc(id)).append("-t\">").append(Html.esc(title)).append("</title>")
                .append("<desc id=\"").append(Html.esc(id)).append("-d\">Bedragen per jaar, één lijn per bron; ")
                .append(series.size()).append(" reeksen, dezelfde bedragen staan in de tabel eronder.</desc>");
        if (years.isEmpty() || min > max) {
            return svg.append("<text x=\"").append(W / 2).append("\" y=\"40\" text-anchor=\"middle\">Geen bedragen</text></svg>").toString();
        }
        double[] axis = axis(min, max);
        double lo = axis[0], hi = axis[1], step = axis[2];
        int x0 = LEFT, x1 = W - RIGHT, y0 = TOP + PLOT_H, y1 = TOP;
        int first = years.first(), last = years.last();
        // grid and y labels, fitted to the data so that a small revision on a large amount shows
        for (int i = 0; lo + i * step <= hi + step / 1000; i++) {
            double v = lo + i * step;
            double y = yOf(v, lo, hi, y0, y1);
            svg.append("<line class=\"").append(Math.abs(v) < step / 1000 ? "grid zero" : "grid").append("\" x1=\"").append(x0)
                    .append("\" x2=\"").append(x1).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\"/>")
                    .append("<text class=\"ylabel\" x=\"").append(x0 - 8).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\">").append(Html.esc(compactEuro(v, step))).append("</text>");
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
            long count = s.values().values().stream().filter(v -> v != null).count();
            // a series of one year has no line to draw: a larger marker with a bar either side makes it visible
            int r = count == 1 ? 7 : 4;
            s.values().forEach((year, v) -> {
                if (v == null) {
                    return;
                }
                double x = xOf(year, first, last, x0, x1);
                double y = yOf(v.doubleValue(), lo, hi, y0, y1);
                points.append(fmt(x)).append(',').append(fmt(y)).append(' ');
                if (count == 1) {
                    dots.append("<line class=\"single\" x1=\"").append(fmt(x - 18)).append("\" x2=\"").append(fmt(x + 18))
                            .append("\" y1=\"").append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\" stroke-width=\"3\" stroke=\"")
                            .append(colour).append("\"/>");
                }
                dots.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"").append(r).append("\" fill=\"")
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

    /**
     * The y axis {low, high, step}: from zero when the data fill most of that height or cross it (negatives
     * included), else fitted around the data, so a € 65.000 revision on € 7,7 mln is not a flat line.
     */
    static double[] axis(double min, double max) {
        double lo = min, hi = max;
        boolean fromZero = min <= 0 || max - min >= 0.5 * max;
        if (fromZero) {
            lo = Math.min(0, min);
            hi = Math.max(0, max);
        } else {
            double pad = Math.max((max - min) * 0.15, max * 0.005);
            lo = min - pad;
            hi = max + pad;
        }
        if (hi == lo) {
            hi = lo + 1;
        }
        double step = niceCeiling((hi - lo) / 4);
        return new double[] {Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step};
    }

    private static double yOf(double v, double lo, double hi, int y0, int y1) {
        return y0 - (y0 - y1) * ((v - lo) / (hi - lo));
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

    /**
     * "€ 27,5 mln", "€ 7,62 mln", "€ 750 k", "€ 0": short enough for an axis, with as many decimals as the
     * axis step needs to tell its labels apart.
     */
    static String compactEuro(double v, double step) {
        double unit = Math.abs(v) >= 1e9 ? 1e9 : Math.abs(v) >= 1e6 ? 1e6 : Math.abs(v) >= 1e3 ? 1e3 : 1;
        String suffix = unit == 1e9 ? " mld" : unit == 1e6 ? " mln" : unit == 1e3 ? " k" : "";
        int decimals = 1;
        while (decimals < 4 && Math.abs(step / unit * Math.pow(10, decimals) - Math.rint(step / unit * Math.pow(10, decimals))) > 1e-6) {
            decimals++;
        }
        DecimalFormat f = new DecimalFormat("#,##0." + "#".repeat(decimals), DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
        return "€ " + f.format(v / unit) + suffix;
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
