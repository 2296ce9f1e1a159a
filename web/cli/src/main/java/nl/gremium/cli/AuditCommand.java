package nl.gremium.cli;

import java.util.concurrent.Callable;
import nl.gremium.access.AuditLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code gremium audit verify}: checks the audit trail's hash chain. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "The audit trail: verify its hash chain.",
        subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {
    @Override
    public void run() {
        throw new IllegalArgumentException("say what to do: verify (see gremium audit --help)");
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check that no entry of the audit trail was changed, removed or moved; exit 1 naming the first broken entry.")
    static final class Verify implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Override
        public Integer call() {
            AuditLog log = new AuditLog(data.store());
            AuditLog.Verification v = log.verify();
            if (v.intact()) {
                System.out.println("audit trail intact: " + v.entries() + " entries in " + log.file());
                return 0;
            }
            System.out.println("audit trail broken: " + v.firstBroken().orElseThrow());
            return 1;
        }
    }
}
