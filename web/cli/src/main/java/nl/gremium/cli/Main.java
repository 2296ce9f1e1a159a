package nl.gremium.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one entry point: {@code gremium <command> [options]}. Each command is a small class beside this one. */
@Command(name = "gremium", mixinStandardHelpOptions = true, version = "Gremium 0.1.0",
        description = "Turns the paper trail of Dutch public boards into searchable, tagged, analysable records.",
        subcommands = {
                StartCommand.class,
                IngestCommand.class,
                ServeCommand.class,
                BenchIngestCommand.class,
                EvalCommand.class,
                EvalOcrCommand.class, EvalCommitmentsCommand.class, AlertsCommand.class,
                DoctorCommand.class,
                SamplesCommand.class,
                TrainCommand.class,
                UnitsCommand.class,
                ExportCommand.class,
                ExportOpenDataCommand.class,
                SearchCommand.class,
                ReindexCommand.class,
                RetagCommand.class,
                BenchSearchCommand.class,
                AnalyticsCommand.class,
                UsersCommand.class,
                AuditCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + messageOf(ex));
            if (System.getenv("GREMIUM_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr());
            }
            return 1;
        });
        return cli.execute(args);
    }

    private static String messageOf(Throwable ex) {
        Throwable t = ex;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof UncheckedIOException)) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
