package nl.gremium.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.gremium.store.DataStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileUserStoreTest {
    @TempDir
    Path dir;

    @Test
    void passwordsAndTokensAreStoredOnlyAsHashesAndCheckedAgainstThem() throws Exception {
        FileUserStore users = new FileUserStore(new DataStore(dir));
        users.add("Anna", Role.controller, false, "lange-zin-voor-de-griffie".toCharArray());
        users.add("bert", Role.secretariat, true, "hij heeft een wachtwoord".toCharArray());
        String token = users.newToken("anna");

        String stored = Files.readString(users.file());
        assertFalse(stored.contains("lange-zin-voor-de-griffie"), "no password in plain text");
        assertFalse(stored.contains(token.substring(4)), "no token in plain text");
        assertTrue(stored.contains("$argon2id$"), "Argon2id hashes");

        assertEquals("anna", users.authenticate("ANNA ", "lange-zin-voor-de-griffie".toCharArray()).orElseThrow().name());
        assertTrue(users.authenticate("anna", "lange-zin-voor-de-griffje".toCharArray()).isEmpty());
        assertTrue(users.authenticate("nobody", "lange-zin-voor-de-griffie".toCharArray()).isEmpty());
        assertEquals("anna", users.byToken(token).orElseThrow().name());
        assertTrue(users.byToken(token + "x").isEmpty());
        assertTrue(users.byToken("grm_guessed").isEmpty());

        users.setPassword("anna", "een nieuwe lange zin".toCharArray());
        assertTrue(users.authenticate("anna", "lange-zin-voor-de-griffie".toCharArray()).isEmpty());
        assertTrue(users.authenticate("anna", "een nieuwe lange zin".toCharArray()).isPresent());
        assertTrue(users.find("bert").orElseThrow().confidential());
        assertEquals(Role.secretariat, users.find("bert").orElseThrow().role());

        assertTrue(users.remove("anna"));
        assertTrue(users.byToken(token).isEmpty(), "a removed user's token no longer works");
        assertFalse(users.remove("anna"));
        assertEquals(1, users.list().size());
    }

    @Test
    void rejectsWeakPasswordsTakenNamesAndUnknownRoles() {
        FileUserStore users = new FileUserStore(new DataStore(dir));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> users.add("anna", Role.board, false, "kort".toCharArray()));
        assertTrue(e.getMessage().contains("at least 12"), e.getMessage());
        users.add("anna", Role.board, false, "lang genoeg wachtwoord".toCharArray());
        assertThrows(IllegalArgumentException.class, () -> users.add("Anna", Role.admin, false, "lang genoeg wachtwoord".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> users.add("a b", Role.admin, false, "lang genoeg wachtwoord".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> Role.parse("superuser"));
        assertThrows(IllegalArgumentException.class, () -> users.setPassword("nobody", "lang genoeg wachtwoord".toCharArray()));
        assertTrue(Role.controller.may(Role.Permission.set_status));
        assertFalse(Role.board.may(Role.Permission.set_status));
        assertFalse(Role.controller.may(Role.Permission.upload));
        assertTrue(Role.admin.may(Role.Permission.manage_users));
    }
}
