package nl.gremium.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.gremium.access.AuditLog;
import nl.gremium.access.FileUserStore;
import nl.gremium.access.Role;
import nl.gremium.access.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gremium users …}: local accounts of the web UI; every change goes into the audit trail. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Manage the web UI's accounts: add, list, passwd, remove, token.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Passwd.class,
                UsersCommand.Remove.class, UsersCommand.Token.class})
final class UsersCommand implements Runnable {
    @Override
    public void run() {
        throw new IllegalArgumentException("say what to do: add, list, passwd, remove or token (see gremium users --help)");
    }

    /** The operator as the audit trail names them: the local account that ran the command. */
    static void audit(DataOption data, String action, String target, String detail) {
        new AuditLog(data.store()).record("cli:" + System.getProperty("user.name"), "local", action, target, detail);
    }

    /** The password from standard input (first line) or, at a terminal, asked for twice. */
    static char[] password(boolean fromStdin) {
        if (fromStdin) {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw new IllegalArgumentException("no password on standard input");
                }
                return line.toCharArray();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the password from standard input: " + e.getMessage(), e);
            }
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("no terminal to ask for the password; pipe it in with --password-stdin");
        }
        char[] first = console.readPassword("password: ");
        char[] again = console.readPassword("again: ");
        if (first == null || !Arrays.equals(first, again)) {
            throw new IllegalArgumentException("the passwords differ");
        }
        return first;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an account.")
    static final class Add implements Callable<Integer> {
        @Mixin
        DataOption data;
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--role", required = true, description = "board, controller, secretariat or admin")
        String role;
        @Option(names = "--clearance", paramLabel = "LEVEL", description = "confidential: may read documents marked confidential")
        String clearance;
        @Option(names = "--password-stdin", description = "read the password from standard input")
        boolean stdin;

        @Override
        public Integer call() {
            if (clearance != null && !clearance.equals("confidential")) {
                throw new IllegalArgumentException("unknown clearance '" + clearance + "'; the one level is: confidential");
            }
            User u = new FileUserStore(data.store()).add(name, Role.parse(role), clearance != null, password(stdin));
            audit(data, "user-add", u.name(), "role " + u.role() + (u.confidential() ? ", clearance confidential" : ""));
            System.out.println("added " + u);
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts.")
    static final class ListUsers implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Override
        public Integer call() {
            for (User u : new FileUserStore(data.store()).list()) {
                System.out.printf(Locale.ROOT, "%-24s %-12s %-13s %d token(s)%n", u.name(), u.role(),
                        u.confidential() ? "confidential" : "-", u.tokenHashes().size());
            }
            return 0;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Set an account's password.")
    static final class Passwd implements Callable<Integer> {
        @Mixin
        DataOption data;
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--password-stdin", description = "read the password from standard input")
        boolean stdin;

        @Override
        public Integer call() {
            new FileUserStore(data.store()).setPassword(name, password(stdin));
            audit(data, "user-password", name, null);
            System.out.println("password of " + name + " changed");
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an account (its tokens stop working).")
    static final class Remove implements Callable<Integer> {
        @Mixin
        DataOption data;
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            if (!new FileUserStore(data.store()).remove(name)) {
                throw new IllegalArgumentException("no user " + name);
            }
            audit(data, "user-remove", name, null);
            System.out.println("removed " + name);
            return 0;
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true,
            description = "Create a personal API token (Authorization: Bearer …); shown once, only its hash is kept.")
    static final class Token implements Callable<Integer> {
        @Mixin
        DataOption data;
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            String token = new FileUserStore(data.store()).newToken(name);
            audit(data, "user-token", name, null);
            System.out.println(token);
            return 0;
        }
    }
}
