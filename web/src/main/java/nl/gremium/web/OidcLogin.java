package nl.gremium.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.gremium.access.Role;

/**
 * Sign-in through an OpenID Connect provider, authorization-code flow. {@code GET /login/oidc} sends the
 * browser to the provider with a fresh state (also in a cookie, so the answer must come back to the same
 * browser) and nonce; {@code GET /login/oidc/callback} takes the code, exchanges it with the client secret
 * and accepts the ID token only when its signature (the provider's JWKS), issuer, audience (our client id),
 * expiry and nonce check out. The role claim's values name the role; a token naming none signs no one in.
 */
final class OidcLogin {
    static final String PATH = "/login/oidc";
    static final String CALLBACK = PATH + "/callback";
    static final String STATE_COOKIE = "gremium_oidc";
    /** Names of users signed in this way, so they never pass for a local account of the same name. */
    static final String NAME_PREFIX = "sso:";
    private static final Duration PENDING = Duration.ofMinutes(10);

    /** One sign-in on its way through the provider. */
    private record Pending(Nonce nonce, String next, Instant started) {}

    private final OidcConfig config;
    private final Access access;
    private final Clock clock;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private volatile OIDCProviderMetadata provider;

    OidcLogin(OidcConfig config, Access access, Clock clock) {
        this.config = config;
        this.access = access;
        this.clock = clock;
    }

    void start(Context ctx) {
        OIDCProviderMetadata meta = provider();
        State state = new State();
        Nonce nonce = new Nonce();
        Instant now = clock.instant();
        pending.values().removeIf(p -> p.started().plus(PENDING).isBefore(now));
        pending.put(state.getValue(), new Pending(nonce, Access.safeNext(ctx.queryParam("next")), now));
        AuthenticationRequest request = new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "profile"),
                new ClientID(config.clientId()), redirectUri(ctx))
                .endpointURI(meta.getAuthorizationEndpointURI()).state(state).nonce(nonce).build();
        // Lax: the provider's redirect back is a top-level navigation from another site
        ctx.res().addHeader("Set-Cookie", STATE_COOKIE + "=" + state.getValue() + "; Path=" + PATH + "; Max-Age="
                + PENDING.toSeconds() + "; HttpOnly; SameSite=Lax" + ("https".equals(ctx.scheme()) ? "; Secure" : ""));
        ctx.redirect(request.toURI().toString(), HttpStatus.SEE_OTHER);
    }

    void callback(Context ctx) {
        String state = ctx.queryParam("state");
        String cookie = ctx.cookie(STATE_COOKIE);
        ctx.res().addHeader("Set-Cookie", STATE_COOKIE + "=; Path=" + PATH + "; Max-Age=0; HttpOnly; SameSite=Lax");
        Pending p = state == null ? null : pending.remove(state);
        if (p == null || !state.equals(cookie) || p.started().plus(PENDING).isBefore(clock.instant())) {
            throw refused(ctx, "unknown or expired sign-in; start again from the login page");
        }
        if (ctx.queryParam("error") != null) {
            throw refused(ctx, "the identity provider said: " + ctx.queryParam("error"));
        }
        String code = ctx.queryParam("code");
        if (code == null || code.isBlank()) {
            throw refused(ctx, "the identity provider sent no code");
        }
        IDTokenClaimsSet claims = validated(ctx, exchange(ctx, code), p.nonce());
        List<String> values = claimValues(claims.getClaim(config.roleClaim()));
        Optional<Role> role = values.stream().map(v -> v.toLowerCase(Locale.ROOT))
                .flatMap(v -> Arrays.stream(Role.values()).filter(r -> r.name().equals(v)))
                .max(Comparator.comparingInt(OidcLogin::rank));
        String name = NAME_PREFIX + Optional.ofNullable(claims.getStringClaim("preferred_username")).orElse(claims.getSubject().getValue());
        if (role.isEmpty()) {
            throw refused(ctx, "your account has no Gremium role in claim '" + config.roleClaim() + "'");
        }
        boolean cleared = values.stream().anyMatch(v -> v.equalsIgnoreCase("confidential"));
        access.signIn(ctx, new Principal(name, role.get(), cleared), true, p.next());
    }

    /** Roles by how much they may do: with several, the widest wins. */
    private static int rank(Role r) {
        return (int) Arrays.stream(Role.Permission.values()).filter(r::may).count() * 10 + r.ordinal();
    }

    private JWT exchange(Context ctx, String code) {
        OIDCProviderMetadata meta = provider();
        TokenRequest request = new TokenRequest(meta.getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(config.clientId()), new Secret(config.clientSecret())),
                new AuthorizationCodeGrant(new AuthorizationCode(code), redirectUri(ctx)));
        try {
            TokenResponse response = OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
            if (!response.indicatesSuccess()) {
                throw refused(ctx, "the identity provider refused the code: "
                        + response.toErrorResponse().getErrorObject().getDescription());
            }
            return ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
        } catch (IOException | ParseException e) {
            throw refused(ctx, "no answer from the identity provider's token endpoint");
        }
    }

    private IDTokenClaimsSet validated(Context ctx, JWT idToken, Nonce nonce) {
        try {
            return validate(idToken, nonce);
        } catch (BadJOSEException | JOSEException | IOException e) {
            throw refused(ctx, "the ID token was not accepted: " + e.getMessage());
        }
    }

    /** The token's claims when its signature (the provider's JWKS), issuer, audience, expiry and nonce are right. */
    IDTokenClaimsSet validate(JWT idToken, Nonce nonce) throws BadJOSEException, JOSEException, IOException {
        OIDCProviderMetadata meta = provider();
        return new IDTokenValidator(meta.getIssuer(), new ClientID(config.clientId()), JWSAlgorithm.RS256,
                meta.getJWKSetURI().toURL()).validate(idToken, nonce);
    }

    private UnauthorizedResponse refused(Context ctx, String reason) {
        access.signInFailed(ctx, "oidc", reason);
        return new UnauthorizedResponse("single sign-on failed: " + reason);
    }

    private static List<String> claimValues(Object claim) {
        if (claim instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : Arrays.stream(String.valueOf(claim).split("[\\s,]+")).filter(s -> !s.isEmpty()).toList();
    }

    /** This server's callback, on the host the browser used (the Host allow-list has checked it). */
    private static URI redirectUri(Context ctx) {
        return URI.create(ctx.scheme() + "://" + ctx.host() + CALLBACK);
    }

    /** The provider's metadata (endpoints, JWKS), read from its discovery document at the first sign-in. */
    private OIDCProviderMetadata provider() {
        OIDCProviderMetadata m = provider;
        if (m == null) {
            try {
                m = OIDCProviderMetadata.resolve(new Issuer(config.issuer()));
            } catch (IOException | GeneralException e) {
                throw new IllegalStateException("cannot read the OpenID Connect discovery document of " + config.issuer(), e);
            }
            provider = m;
        }
        return m;
    }
}
