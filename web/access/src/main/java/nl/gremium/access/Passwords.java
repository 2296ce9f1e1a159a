package nl.gremium.access;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Password hashing with Argon2id (Password4j), at the OWASP minimum (19 MiB, 2 passes, 1 lane), and the
 * length policy of ASVS level 1: at least 12 characters, at most 128, anything printable allowed, nothing
 * guessed first.
 */
public final class Passwords {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID, 19);
    /** Checked against when the user is unknown, so a wrong name takes as long as a wrong password. */
    private static final String DUMMY = hash("no-such-user-dummy-password".toCharArray());

    private Passwords() {}

    public static String hash(char[] password) {
        return Password.hash(new String(password)).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public static boolean matches(char[] password, String hash) {
        if (hash == null) {
            Password.check(new String(password), DUMMY).with(ARGON2ID);
            return false;
        }
        return Password.check(new String(password), hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    /**
     * The length policy, and no password that is guessed first (ASVS 2.1.7 asks for a check against common or
     * breached passwords; offline, {@link CommonPasswords} is the local list) or that contains the user's name.
     *
     * @throws AccountRejected saying what is wrong with the password
     */
    public static void checkPolicy(String name, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new AccountRejected(AccountRejected.Reason.PASSWORD_SHORT,
                    "password too short: at least " + MIN_LENGTH + " characters", MIN_LENGTH);
        }
        if (password.length > MAX_LENGTH) {
            throw new AccountRejected(AccountRejected.Reason.PASSWORD_LONG,
                    "password too long: at most " + MAX_LENGTH + " characters", MAX_LENGTH);
        }
        String text = new String(password);
        if (CommonPasswords.containsName(text, name)) {
            throw new AccountRejected(AccountRejected.Reason.PASSWORD_NAME, "password contains the user name", name);
        }
        if (CommonPasswords.isCommon(text)) {
            throw new AccountRejected(AccountRejected.Reason.PASSWORD_COMMON,
                    "password too easy to guess: a common word, a keyboard or number run, or one repeated pattern");
        }
    }
}
