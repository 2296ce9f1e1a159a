package nl.gremium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.gremium.access.AuditLog;
import nl.gremium.access.FileUserStore;
import nl.gremium.store.DataStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accounts from the command line, each change in the audit trail, and {@code audit verify} on a tampered trail. */
class UsersCommandTest {
    @TempDir
    Path dir;

    private String run(int expectedExit, String stdin, String... args) {
        InputStream in = System.in;
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
        try {
            assertEquals(expectedExit, Main.run(args), String.join(" ", args));
        } finally {
            System.setIn(in);
            System.setOut(out);
            System.setErr(err);
        }
        // a refusal is told on standard error; the tests read both
        return captured.toString(StandardCharsets.UTF_8) + errors.toString(StandardCharsets.UTF_8);
    }

    @Test
    void addListTokenPasswdRemoveAndVerifyTheTrail() throws Exception {
        String data = dir.toString();
        run(0, "een lange zin als wachtwoord\n", "users", "add", "anna", "--role", "controller", "--clearance",
                "confidential", "--password-stdin", "--data", data);
        run(0, "nog een lange zin voor hem\n", "users", "add", "bert", "--role", "board", "--password-stdin", "--data", data);
        run(1, "kort\n", "users", "add", "carla", "--role", "board", "--password-stdin", "--data", data);
        assertTrue(run(1, "Welkom2025!!!!\n", "users", "add", "carla", "--role", "board", "--password-stdin", "--data", data)
                .contains("too easy to guess"), "a common password is refused with the reason");
        run(1, "nog een lange zin voor haar\n", "users", "add", "carla", "--role", "chief", "--password-stdin", "--data", data);
        String list = run(0, "", "users", "list", "--data", data);
        assertTrue(list.matches("(?s)anna\\s+controller\\s+confidential\\s+0 token.*bert\\s+board\\s+-\\s+0 token.*"), list);
        String token = run(0, "", "users", "token", "bert", "--data", data).strip();
        assertTrue(token.startsWith("grm_"), token);
        FileUserStore users = new FileUserStore(new DataStore(dir));
        assertEquals("bert", users.byToken(token).orElseThrow().name());
        run(0, "een ander lang wachtwoord\n", "users", "passwd", "anna", "--password-stdin", "--data", data);
        assertTrue(users.authenticate("anna", "een ander lang wachtwoord".toCharArray()).isPresent());
        run(0, "", "users", "remove", "bert", "--data", data);
        assertFalse(Files.readString(users.file()).contains("bert"));

        assertEquals("audit trail intact: 5 entries in " + new AuditLog(new DataStore(dir)).file(),
                run(0, "", "audit", "verify", "--data", data).strip());
        Path trail = new AuditLog(new DataStore(dir)).file();
        List<String> lines = Files.readAllLines(trail);
        lines.set(3, lines.get(3).replace("\"user-password\"", "\"user-token\""));
        Files.write(trail, lines);
        assertEquals("audit trail broken: entry 4 was changed after it was written (user-token by cli:"
                + System.getProperty("user.name") + ")", run(1, "", "audit", "verify", "--data", data).strip());
    }
}
