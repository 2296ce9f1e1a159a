package nl.gremium.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.gremium.web.WebServer;
import picocli.CommandLine.Option;

/**
 * Who reaches the server: {@code --host} (where it listens), {@code --allow-host} (other names it answers to)
 * and {@code --public} (readers who do not sign in).
 */
public final class HostOption {
    @Option(names = "--host", defaultValue = WebServer.LOOPBACK_ADDRESS, paramLabel = "ADDRESS",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    String host;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "A host name users reach the server by (repeatable); requests naming other hosts are refused.")
    List<String> allowed = List.of();

    @Option(names = "--public",
            description = "Let readers who do not sign in search and read documents that are not confidential (nothing else).")
    boolean publicReading;

    /** The names the server answers to besides localhost: --host itself (unless every interface) and --allow-host. */
    Set<String> names() {
        Set<String> s = new HashSet<>(allowed);
        if (!host.equals("0.0.0.0") && !host.equals("::")) {
            s.add(host);
        }
        return s;
    }
}
