package nl.gremium.cli;

import java.util.Optional;
import nl.gremium.store.DataStore;
import nl.gremium.web.SmtpConfig;
import picocli.CommandLine.Option;

/** The SMTP options of the commands that send alert digests; without {@code --smtp-host}, {@code alerts/smtp.properties}. */
public final class SmtpOption {
    @Option(names = "--smtp-host", paramLabel = "HOST", description = "SMTP server for the alert digests (default: the"
            + " data folder's alerts/smtp.properties, if any).")
    String host;

    @Option(names = "--smtp-port", paramLabel = "PORT", defaultValue = "587", description = "SMTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--smtp-tls", paramLabel = "MODE", defaultValue = "starttls",
            description = "none, starttls or ssl (default: ${DEFAULT-VALUE}).")
    SmtpConfig.Tls tls;

    @Option(names = "--smtp-from", paramLabel = "ADDRESS", description = "Sender address of the digests.")
    String from;

    @Option(names = "--smtp-user", paramLabel = "NAME", description = "SMTP login; the password comes from $GREMIUM_SMTP_PASSWORD.")
    String user;

    @Option(names = "--base-url", paramLabel = "URL", description = "The server's address as users reach it, for the digest's links.")
    String baseUrl;

    /** The configuration the options give, else the data folder's file, else none. */
    Optional<SmtpConfig> config(DataStore store) {
        if (host == null) {
            return SmtpConfig.of(store);
        }
        return Optional.of(new SmtpConfig(host, port, tls, from, user, System.getenv("GREMIUM_SMTP_PASSWORD"), baseUrl));
    }
}
