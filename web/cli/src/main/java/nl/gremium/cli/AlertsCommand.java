package nl.gremium.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import nl.gremium.store.DataStore;
import nl.gremium.web.SmtpConfig;
import nl.gremium.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Sends the saved searches' e-mail digests: what is new since the last digest, and overdue items to their owners. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "Send the e-mail digests of the saved searches and follows (new records since the last digest, as"
                + " each user may see them; overdue commitments and recommendations to their owners). Run it after an ingest.")
final class AlertsCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Mixin
    SmtpOption smtp;

    @Override
    public Integer call() {
        DataStore store = data.existing();
        Optional<SmtpConfig> config = smtp.config(store);
        if (config.isEmpty()) {
            System.err.println("alerts: no SMTP server given (--smtp-host …, or " + SmtpConfig.file(store) + ")");
            return 2;
        }
        try (WebServer server = new WebServer(store)) {
            String summary = server.sendDigests(config.get());
            System.err.println(summary);
            return summary.contains("failed:") ? 3 : 0;
        }
    }
}
