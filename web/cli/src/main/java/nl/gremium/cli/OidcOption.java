package nl.gremium.cli;

import java.net.URI;
import nl.gremium.web.OidcConfig;
import picocli.CommandLine.Option;

/** {@code --oidc-…}: single sign-on through an OpenID Connect provider, besides local accounts. */
public final class OidcOption {
    @Option(names = "--oidc-issuer", paramLabel = "URL",
            description = "Issuer URL of the OpenID Connect provider (its discovery document is read from URL/.well-known/openid-configuration).")
    URI issuer;

    @Option(names = "--oidc-client-id", paramLabel = "ID", description = "This server's client id at the provider.")
    String clientId;

    @Option(names = "--oidc-client-secret", paramLabel = "SECRET", defaultValue = "${env:GREMIUM_OIDC_CLIENT_SECRET}",
            description = "The client secret (default: environment variable GREMIUM_OIDC_CLIENT_SECRET, which keeps it out of the process list).")
    String clientSecret;

    @Option(names = "--oidc-role-claim", paramLabel = "CLAIM", defaultValue = "roles",
            description = "ID-token claim whose values name the role (board, controller, secretariat, admin; 'confidential' adds clearance). Default: ${DEFAULT-VALUE}.")
    String roleClaim;

    /** The configuration, or null when no issuer was given. */
    OidcConfig config() {
        return issuer == null ? null : new OidcConfig(issuer, clientId, clientSecret, roleClaim);
    }
}
