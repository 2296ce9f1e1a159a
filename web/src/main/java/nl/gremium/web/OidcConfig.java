package nl.gremium.web;

import java.net.URI;

/**
 * OpenID Connect single sign-on: the identity provider (Entra ID, Keycloak, ADFS…) by its issuer URL,
 * this server's client id and secret there, and the ID-token claim whose values name Gremium roles
 * ({@code board}, {@code controller}, {@code secretariat}, {@code admin}; {@code confidential} adds clearance).
 */
public record OidcConfig(URI issuer, String clientId, String clientSecret, String roleClaim) {
    public OidcConfig {
        if (issuer == null || clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("OpenID Connect needs an issuer URL, a client id and a client secret");
        }
        if (roleClaim == null || roleClaim.isBlank()) {
            throw new IllegalArgumentException("OpenID Connect needs the name of the claim that carries the roles");
        }
    }
}
