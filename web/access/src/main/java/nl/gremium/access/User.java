package nl.gremium.access;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A local account as stored: never a password or token in plain text, only their hashes.
 *
 * @param confidential  clearance for documents marked confidential
 * @param passwordHash  Argon2id in PHC form ({@code $argon2id$v=19$m=…}), or null (token-only or SSO user)
 * @param tokenHashes   SHA-256 of each personal API token
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record User(String name, Role role, boolean confidential, String passwordHash, List<String> tokenHashes,
                   Instant created) {
    public User {
        tokenHashes = tokenHashes == null ? List.of() : List.copyOf(tokenHashes);
    }

    public User withPasswordHash(String hash) {
        return new User(name, role, confidential, hash, tokenHashes, created);
    }

    public User withRole(Role newRole, boolean clearance) {
        return new User(name, newRole, clearance, passwordHash, tokenHashes, created);
    }

    public User withTokenHashes(List<String> hashes) {
        return new User(name, role, confidential, passwordHash, hashes, created);
    }

    @Override
    public String toString() { // keeps hashes out of logs and messages
        return name + " (" + role + (confidential ? ", confidential" : "") + ")";
    }
}
