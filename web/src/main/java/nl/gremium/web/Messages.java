package nl.gremium.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the UI in the reader's language: Dutch ({@code messages.properties}, the default) or English
 * ({@code messages_en.properties}), chosen with {@code /lang/en} and {@code /lang/nl} and kept in a cookie.
 * Like {@link Principal}, the request's choice is set on the request's thread by {@link Lang#before}, so page
 * classes need no request: {@code Messages.current().get("nav.search")}. Dates and numbers follow the language
 * too (16-06-2025 and 1.234,5 in Dutch; 16 Jun 2025 and 1,234.5 in English).
 */
final class Messages {
    // before the instances below, which use it
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    static final Messages NL = new Messages(DUTCH);
    static final Messages EN = new Messages(ENGLISH);
    /** The users' time zone (the boards are Dutch); explicit, so the server's own zone does not matter. */
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final ThreadLocal<Messages> CURRENT = new ThreadLocal<>();

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dates;

    private Messages(Locale locale) {
        this.locale = locale;
        // no fallback to the machine's locale: Dutch is the base bundle, English its one variant
        this.bundle = ResourceBundle.getBundle("nl.gremium.web.messages", locale == DUTCH ? Locale.ROOT : locale, NO_FALLBACK);
        this.dates = locale == DUTCH ? DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.ROOT)
                : DateTimeFormatter.ofPattern("d MMM yyyy", locale);
    }

    /** The request's language; Dutch outside a request. */
    static Messages current() {
        Messages m = CURRENT.get();
        return m == null ? NL : m;
    }

    static void use(Messages m) {
        CURRENT.set(m);
    }

    static void clear() {
        CURRENT.remove();
    }

    /** "nl" or "en": the code a language is chosen by and the page's {@code lang} attribute. */
    static Messages forCode(String code) {
        return "en".equals(code) ? EN : NL;
    }

    String code() {
        return this == EN ? "en" : "nl";
    }

    Locale locale() {
        return locale;
    }

    /** The text under {@code key}, with {@code {0}}, {@code {1}} … filled in; the key itself when missing (visible in tests). */
    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        // always through MessageFormat, so every text writes an apostrophe the same way ('')
        return new MessageFormat(pattern, locale).format(args);
    }

    /** A date as readers of this language write it: 16-06-2025, or 16 Jun 2025. */
    String date(LocalDate d) {
        return d == null ? "" : dates.format(d);
    }

    /** A moment as a reader in the Netherlands sees it on the wall clock: 16-06-2025 14:05 (Dutch) or 16 Jun 2025 14:05. */
    String dateTime(Instant t) {
        return t == null ? "" : date(LocalDate.ofInstant(t, AMSTERDAM)) + " " + TIME.format(t.atZone(AMSTERDAM));
    }

    /** A whole number with this language's grouping: 12.345 or 12,345. */
    String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** A decimal (at most {@code decimals} places) with this language's separators: 0,93 or 0.93. */
    String decimal(double d, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(decimals);
        f.setMinimumFractionDigits(0);
        return f.format(d);
    }

    /** A euro amount: "€ 1.234.567" in Dutch, "€1,234,567" in English (cents only when present). */
    String euro(BigDecimal value) {
        if (value == null) {
            return "";
        }
        boolean cents = value.scale() > 0 && value.stripTrailingZeros().scale() > 0;
        DecimalFormat f = new DecimalFormat(cents ? "#,##0.00" : "#,##0", DecimalFormatSymbols.getInstance(locale));
        return (this == EN ? "€" : "€ ") + f.format(value);
    }
}
