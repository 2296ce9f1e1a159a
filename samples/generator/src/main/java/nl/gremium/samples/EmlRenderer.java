package nl.gremium.samples;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

/**
 * Writes a sample document as an RFC 5322 e-mail with a plain-text UTF-8 body (the way ministries
 * forward letters). The Message-ID is derived from the file name, the Date from the document date.
 */
final class EmlRenderer {
    private static final DateTimeFormatter RFC_DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH);

    private EmlRenderer() {}

    static String render(SampleDoc doc, String from, String to) {
        String date = RFC_DATE.format(Reproducible.dateOf(doc).atTime(10, 15).atZone(ZoneId.of("Europe/Amsterdam")));
        return "From: " + from + "\r\n"
                + "To: " + to + "\r\n"
                + "Subject: " + header(doc.title()) + "\r\n"
                + "Date: " + date + "\r\n"
                + "Message-ID: <" + doc.stem() + "@samples.gremium.invalid>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n"
                + "\r\n"
                + TextRenderer.render(doc).replace("\n", "\r\n");
    }

    /** RFC 2047 encoded-word when the header is not plain ASCII. */
    private static String header(String s) {
        if (s.chars().allMatch(c -> c < 128)) {
            return s;
        }
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)) + "?=";
    }
}
