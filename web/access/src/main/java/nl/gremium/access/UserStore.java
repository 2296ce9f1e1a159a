package nl.gremium.access;

import java.util.List;
import java.util.Optional;

/**
 * The accounts. Names are case-insensitive and stored lower case. {@link FileUserStore} keeps them in
 * the data folder; a database can take its place behind this interface.
 */
public interface UserStore {
    List<User> list();

    Optional<User> find(String name);

    /** @throws IllegalArgumentException when the name is taken or invalid, or the password too weak */
    User add(String name, Role role, boolean confidential, char[] password);

    void setPassword(String name, char[] password);

    /** @throws IllegalArgumentException when there is no such user */
    void setRole(String name, Role role, boolean confidential);

    /** @return true when the user existed */
    boolean remove(String name);

    /** A new personal API token, returned once in plain text; only its hash is kept. */
    String newToken(String name);

    /** The user when name and password match; the same time is spent when the name is unknown. */
    Optional<User> authenticate(String name, char[] password);

    Optional<User> byToken(String token);
}
