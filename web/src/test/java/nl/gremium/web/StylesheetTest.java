package nl.gremium.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The focus ring stands out from what surrounds it by at least 3:1 (WCAG 1.4.11), on the page and in the dark header. */
class StylesheetTest {
    @Test
    void focusRingsHaveAtLeastThreeToOneContrast() throws IOException {
        String css;
        try (InputStream in = WebServer.class.getResourceAsStream("gremium.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String focus = variable(css, "focus"), onDark = variable(css, "focus-on-dark"), page = variable(css, "bg");
        Matcher header = Pattern.compile("header\\.top \\{[^}]*background: (#[0-9a-fA-F]{6})").matcher(css);
        assertTrue(header.find(), "the header's background");
        assertTrue(contrast(focus, page) >= 3, "focus " + focus + " on " + page + ": " + contrast(focus, page));
        assertTrue(contrast(onDark, header.group(1)) >= 3, "focus " + onDark + " on " + header.group(1) + ": " + contrast(onDark, header.group(1)));
        assertTrue(css.contains("header.top a:focus-visible") && css.contains("var(--focus-on-dark)"), "the header uses its own ring");
    }

    private static String variable(String css, String name) {
        Matcher m = Pattern.compile("--" + Pattern.quote(name) + ": (#[0-9a-fA-F]{6});").matcher(css);
        assertTrue(m.find(), "--" + name);
        return m.group(1);
    }

    /** WCAG 2 contrast ratio of two sRGB colours. */
    static double contrast(String a, String b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
