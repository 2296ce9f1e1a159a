package nl.gremium.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommonPasswordsTest {
    @Test
    void passwordsGuessedFirstAreRefusedWhateverTheirLength() {
        for (String p : List.of("Wachtwoord2025!", "welkom12345678", "W3lk0m!!2024##", "  Gemeente 2026  ", "123456789012",
                "0987654321098", "qwertyuiopasdf", "ZYXWVUTSRQPONM", "aaaaaaaaaaaaaa", "abababababab", "1qaz2wsx3edc4rfv")) {
            assertTrue(CommonPasswords.isCommon(p), p);
            AccountRejected e = assertThrows(AccountRejected.class, () -> Passwords.checkPolicy("carla", p.toCharArray()), p);
            assertEquals(AccountRejected.Reason.PASSWORD_COMMON, e.reason(), p);
        }
    }

    @Test
    void passphrasesAndRandomPasswordsPass() {
        for (String p : List.of("lang genoeg wachtwoord", "paars fietsje in de regen", "k7#Qm2!vLp9@xZ", "welkom in de raadszaal",
                "Wachtwoord-voor-de-griffie-2025")) {
            assertFalse(CommonPasswords.isCommon(p), p);
            Passwords.checkPolicy("carla", p.toCharArray());
        }
    }

    @Test
    void theUsersOwnNameInThePasswordIsRefused() {
        AccountRejected e = assertThrows(AccountRejected.class, () -> Passwords.checkPolicy("jansen", "Jansen-van-de-griffie".toCharArray()));
        assertEquals(AccountRejected.Reason.PASSWORD_NAME, e.reason());
        Passwords.checkPolicy("al", "al een lange zin hier".toCharArray()); // two letters are too common to forbid
    }
}
