package nl.gremium.web;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import nl.gremium.store.DataStore;

/**
 * Where the alert digests are sent from: the SMTP server, its TLS mode, the sender, and an optional login. Given on
 * the command line or in {@code alerts/smtp.properties} of the data folder ({@code host}, {@code port}, {@code tls} =
 * none | starttls | ssl, {@code from}, {@code user}, {@code password}).
 *
 * @param baseUrl the server's address as users reach it, for the links in a digest ("https://gremium.example/")
 */
public record SmtpConfig(String host, int port, Tls tls, String from, String user, String password, String baseUrl) {
    public enum Tls { none, starttls, ssl }

    public SmtpConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("SMTP host is missing");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("SMTP port " + port + " is not a port (1..65535)");
        }
        if (from == null || !from.contains("@")) {
            throw new IllegalArgumentException("SMTP sender '" + from + "' is not an e-mail address");
        }
        tls = tls == null ? Tls.starttls : tls;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:7070/" : baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    public static Path file(DataStore store) {
        return store.root().resolve(SavedSearches.DIR).resolve("smtp.properties");
    }

    /** The configuration in the data folder, if there is one; a damaged one is an error naming the file. */
    public static Optional<SmtpConfig> of(DataStore store) {
        Path f = file(store);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
        }
        try {
            return Optional.of(new SmtpConfig(p.getProperty("host"), Integer.parseInt(p.getProperty("port", "587").strip()),
                    Tls.valueOf(p.getProperty("tls", "starttls").strip().toLowerCase(Locale.ROOT)), p.getProperty("from"),
                    p.getProperty("user"), p.getProperty("password"), p.getProperty("baseUrl")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(f + ": " + e.getMessage(), e);
        }
    }
}
