package nl.gremium.cli;

import java.net.BindException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.gremium.access.FileUserStore;
import nl.gremium.access.Role;
import nl.gremium.web.OidcConfig;
import nl.gremium.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web UI and JSON API over the data folder until stopped (Ctrl+C).")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--port", defaultValue = "7070", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Mixin
    HostOption host;

    @Mixin
    OidcOption oidc;

    @Override
    public Integer call() throws InterruptedException {
        data.existing();
        serve(data, host, port, oidc.config());
        return 0;
    }

    /**
     * Starts the server, prints its URL and blocks until the JVM is asked to stop. On a data folder
     * without accounts it first creates {@code admin} with a random password, printed this once.
     * {@code oidc}: single sign-on besides local accounts, or null.
     */
    static void serve(DataOption data, HostOption host, int port, OidcConfig oidc) throws InterruptedException {
        firstAdmin(data);
        WebServer server;
        try {
            server = new WebServer(data.store(), host.names(), oidc);
            if (host.publicReading) {
                server.openToThePublic();
            }
            server.start(host.host, port);
        } catch (RuntimeException e) {
            String why = rootMessage(e);
            throw new IllegalStateException(e.getCause() instanceof BindException || why.contains("bind")
                    ? "cannot serve on " + host.host + ":" + port + ": " + why : "cannot start the web server: " + why, e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "gremium-web-stop"));
        System.out.println("Gremium is running at " + server.url() + (host.publicReading ? "  (public: anonymous readers see what is not confidential)" : "")
                + "  (data: " + data.store().root() + "; Ctrl+C stops it)");
        System.out.flush();
        stopped.await();
    }

    private static void firstAdmin(DataOption data) {
        FileUserStore users = new FileUserStore(data.store());
        if (!users.list().isEmpty()) {
            return;
        }
        byte[] raw = new byte[15];
        new SecureRandom().nextBytes(raw);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        users.add("admin", Role.admin, true, password.toCharArray());
        UsersCommand.audit(data, "user-add", "admin", "first run: role admin, clearance confidential");
        System.out.println("First run: created user 'admin' with password " + password);
        System.out.println("  (shown only now; change it with: gremium users passwd admin; add users with: gremium users add)");
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }
}
