package nl.gremium.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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

    @Override
    public Integer call() throws InterruptedException {
        serve(data, port);
        return 0;
    }

    /** Starts the server, prints its URL and blocks until the JVM is asked to stop. */
    static void serve(DataOption data, int port) throws InterruptedException {
        WebServer server;
        try {
            server = new WebServer(data.store()).start(port);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot serve on port " + port + ": " + rootMessage(e), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "gremium-web-stop"));
        System.out.println("Gremium is running at " + server.url() + "  (data: " + data.store().root() + "; Ctrl+C stops it)");
        System.out.flush();
        stopped.await();
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }
}
