package nl.gremium.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.access.AuditLog;
import nl.gremium.access.Role.Permission;
import nl.gremium.access.User;
import nl.gremium.access.UserStore;

/**
 * Who may do what, in front of every route: the Host allow-list (no DNS rebinding), sign-in (a session
 * cookie from the login form, or {@code Authorization: Bearer} with a personal API token), the role's
 * permission for the request, and a CSRF token on every POST. Signed-out HTML requests are sent to the
 * login page, API requests get 401 JSON. The audit trail gets every sign-in, failed sign-in, upload
 * and status change. Pages need no change: the CSRF field and the sign-out button are added to the
 * HTML they render. Under {@code --public} ({@link #allowAnonymousReading}) a request without sign-in
 * that only reads runs as {@link Principal#ANONYMOUS}: no clearance, no writes; signing in still works
 * and gives the user's role.
 */
final class Access {
    static final String SESSION_COOKIE = "gremium_session";
    static final String LOGIN_COOKIE = "gremium_login";
    static final String CSRF_FIELD = "csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Pattern POST_FORM = Pattern.compile("(?i)<form\\b[^>]*\\bmethod=\"post\"[^>]*>");
    private static final Pattern STATUS_POST = Pattern.compile("^/(?:api/)?(?:recommendations|moties|toezeggingen)/([^/]+)(?:/status)?$");
    private static final Pattern MARK_POST = Pattern.compile("^/(?:api/)?documents/([^/]+)/confidentiality$");
    private static final Pattern USER_POST = Pattern.compile("^" + UsersPage.PATH + "/([^/]+)/(role|password|remove)$");

    /** User management asks for the password again when the sign-in (or the last confirmation) is older (ASVS 3.7.1). */
    static final Duration CONFIRM_WITHIN = Duration.ofMinutes(15);

    /**
     * A browser request that needs a (fresh) sign-in first: answered with a redirect to the login page, or to
     * {@code location} (the password confirmation) when it is set.
     */
    static final class SignInRequired extends RuntimeException {
        final String location;

        SignInRequired() {
            this(null);
        }

        SignInRequired(String location) {
            super("sign in first", null, false, false);
            this.location = location;
        }
    }

    private final UserStore users;
    private final AuditLog audit;
    private final Set<String> allowedHosts;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final Clock clock;
    private volatile boolean singleSignOn;
    private volatile boolean anonymousReading;

    /** @param allowedHosts host names (no port) this server answers to; requests naming another host are refused */
    Access(UserStore users, AuditLog audit, Set<String> allowedHosts, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.allowedHosts = Set.copyOf(allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
        this.sessions = new Sessions(clock);
        this.throttle = new LoginThrottle(clock);
        this.clock = clock;
    }

    /** Sends a signed-out browser to the login page, remembering where it was going. */
    static void toLogin(SignInRequired e, Context ctx) {
        if (e.location != null) {
            ctx.redirect(e.location, HttpStatus.SEE_OTHER);
            return;
        }
        ctx.redirect("/login?next=" + URLEncoder.encode(ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()),
                StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    }

    void loginPage(Context ctx) {
        loginPage(ctx, null, 200);
    }

    void logout(Context ctx) {
        sessions.end(ctx.cookie(SESSION_COOKIE));
        ctx.res().addHeader("Set-Cookie", cookie(ctx, SESSION_COOKIE, "", 0));
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    void before(Context ctx) {
        Principal.clear();
        checkHost(ctx);
        String path = ctx.path();
        boolean post = !"GET".equals(ctx.method().name()) && !"HEAD".equals(ctx.method().name());
        if (path.equals("/login") || path.startsWith("/lang/") || path.startsWith(OidcLogin.PATH) || path.startsWith("/static/") || path.equals("/favicon.ico")
                || path.startsWith("/feeds/") && "GET".equals(ctx.method().name())) { // a feed's secret token is its sign-in
            return; // the login form checks its own CSRF cookie, single sign-on its state cookie
        }
        Permission needed = permission(ctx.method().name(), path);
        Optional<Principal> bearer = bearer(ctx);
        Principal user;
        if (bearer.isPresent()) {
            user = bearer.get();
        } else {
            Optional<Sessions.Session> found = session(ctx);
            if (found.isEmpty() && anonymousReading && !post && needed == Permission.read) {
                user = Principal.ANONYMOUS;
            } else {
                Sessions.Session s = found.orElseThrow(() -> signInRequired(ctx));
                user = s.user;
                if (post && !sameToken(s.csrf, Optional.ofNullable(ctx.header(CSRF_HEADER)).orElseGet(() -> ctx.formParam(CSRF_FIELD)))) {
                    throw new ForbiddenResponse("missing or stale form token; reload the page and try again");
                }
                if (needed == Permission.manage_users && user.may(needed) && s.confirmed.plus(CONFIRM_WITHIN).isBefore(clock.instant())) {
                    // a form post comes back to its page: the data it carried is not replayed after the detour
                    String back = post ? UsersPage.PATH : path + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
                    throw new SignInRequired(s.external ? OidcLogin.PATH + "?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8)
                            : AccountPage.confirmLink(back));
                }
            }
        }
        if (!user.may(needed)) {
            throw new ForbiddenResponse("your role (" + user.role() + ") may not do this");
        }
        if (!user.signedIn() && path.startsWith("/account/")) {
            throw signInRequired(ctx); // a public reader has no account to manage
        }
        Principal.set(user);
        ctx.attribute("principal", user);
    }

    void after(Context ctx) {
        try {
            if (!ctx.path().startsWith("/static/")) {
                ctx.header("Cache-Control", "no-store"); // pages and files may hold confidential text
            }
            Principal user = ctx.attribute("principal");
            String type = ctx.res().getContentType();
            if (user != null && type != null && type.startsWith("text/html") && ctx.result() != null) {
                Sessions.Session s = session(ctx).orElse(null);
                String html = ctx.result().replace("</ul></nav></header>", "</ul></nav>"
                        + (user.signedIn() ? signOut(user) : signInLink(ctx)) + "</header>");
                ctx.result(s == null ? html : withCsrf(html, s.csrf));
            }
            if (user != null && "POST".equals(ctx.method().name()) && ctx.status().getCode() < 400) {
                auditWrite(ctx, user);
            }
        } finally {
            Principal.clear();
        }
    }

    private void auditWrite(Context ctx, Principal user) {
        String path = ctx.path();
        Matcher status = STATUS_POST.matcher(path);
        if (path.equals("/recommendations/recompute")) {
            audit.record(user.name(), ctx.ip(), "recompute", null, null);
        } else if (status.matches()) {
            audit.record(user.name(), ctx.ip(), "status", status.group(1), null);
        } else if (MARK_POST.matcher(path).matches()) {
            Matcher mark = MARK_POST.matcher(path);
            audit.record(user.name(), ctx.ip(), "confidentiality", mark.matches() ? mark.group(1) : null,
                    "confidential=" + ctx.formParam("confidential"));
        } else if (path.equals("/upload") || path.equals("/api/upload")) {
            audit.record(user.name(), ctx.ip(), "upload", null, null);
        } else if (path.equals(AccountPage.PATH)) {
            audit.record(user.name(), ctx.ip(), "password-change", user.name(), null);
        } else if (path.equals(UsersPage.PATH)) {
            audit.record(user.name(), ctx.ip(), "user-add", ctx.formParam("username"), roleDetail(ctx));
        } else if (USER_POST.matcher(path).matches()) {
            Matcher change = USER_POST.matcher(path);
            String target = change.matches() ? change.group(1) : null;
            switch (change.group(2)) {
                case "role" -> audit.record(user.name(), ctx.ip(), "user-role", target, roleDetail(ctx));
                case "password" -> audit.record(user.name(), ctx.ip(), "user-password", target, null);
                default -> audit.record(user.name(), ctx.ip(), "user-remove", target, null);
            }
        }
    }

    /** As the CLI's {@code users add} words it: "role controller, clearance confidential". */
    private static String roleDetail(Context ctx) {
        return "role " + ctx.formParam("role") + ("yes".equals(ctx.formParam("confidential")) ? ", clearance confidential" : "");
    }

    /** The permission a request needs. */
    static Permission permission(String method, String path) {
        boolean post = "POST".equals(method);
        if (post && path.equals("/recommendations/recompute")) {
            return Permission.set_status; // a controller's request; also matches the status pattern below
        }
        if (post && STATUS_POST.matcher(path).matches()) {
            return Permission.set_status;
        }
        if (post && MARK_POST.matcher(path).matches()) {
            return Permission.mark;
        }
        if (path.equals("/upload") || path.equals("/api/upload")) {
            return Permission.upload;
        }
        if (path.startsWith("/admin")) {
            return Permission.manage_users;
        }
        return Permission.read;
    }

    private void checkHost(Context ctx) {
        String host = ctx.host();
        String name = host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
        if (!allowedHosts.contains(name)) {
            throw new HttpResponseException(421, "this server does not answer to host '" + (host == null ? "" : host) + "'");
        }
    }

    private RuntimeException signInRequired(Context ctx) {
        if (ctx.path().startsWith("/api") || "POST".equals(ctx.method().name())) {
            ctx.header("WWW-Authenticate", "Bearer");
            return new UnauthorizedResponse("sign in first: a session from /login, or Authorization: Bearer <token>");
        }
        return new SignInRequired();
    }

    private Optional<Principal> bearer(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        Optional<User> u = users.byToken(auth.substring(7).strip());
        if (u.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new UnauthorizedResponse("unknown or revoked API token");
        }
        return u.map(Principal::of);
    }

    /** The request's live session, with the user's current role and clearance (changed or removed in the CLI). */
    private Optional<Sessions.Session> session(Context ctx) {
        Optional<Sessions.Session> s = sessions.find(ctx.cookie(SESSION_COOKIE));
        if (s.isPresent() && !s.get().external
                && users.find(s.get().user.name()).map(Principal::of).filter(s.get().user::equals).isEmpty()) {
            sessions.end(s.get().id);
            return Optional.empty();
        }
        return s;
    }

    void login(Context ctx) {
        String name = Optional.ofNullable(ctx.formParam("username")).orElse("").strip().toLowerCase(Locale.ROOT);
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        String address = ctx.ip();
        if (!sameToken(ctx.cookie(LOGIN_COOKIE), ctx.formParam(CSRF_FIELD))) {
            throw new ForbiddenResponse("the login form expired; reload it and try again");
        }
        if (throttle.blocked(name, address)) {
            audit.record(name, address, "sign-in-refused", null, "too many failed attempts");
            loginPage(ctx, Messages.current().get("login.throttled", LoginThrottle.WINDOW.toMinutes()), 429);
            return;
        }
        Optional<User> u = name.isEmpty() ? Optional.empty() : users.authenticate(name, password.toCharArray());
        if (u.isEmpty()) {
            throttle.failed(name, address);
            audit.record(name, address, "sign-in-failed", null, null);
            loginPage(ctx, Messages.current().get("login.wrong"), 401);
            return;
        }
        throttle.succeeded(name);
        ctx.res().addHeader("Set-Cookie", cookie(ctx, LOGIN_COOKIE, "", 0));
        signIn(ctx, Principal.of(u.get()), false, safeNext(ctx.formParam("next")));
    }

    /** Starts a session for a user who proved who they are (password, or the identity provider) and goes on to {@code next}. */
    void signIn(Context ctx, Principal user, boolean external, String next) {
        sessions.end(ctx.cookie(SESSION_COOKIE)); // a new id at every sign-in: no session fixation
        Sessions.Session s = sessions.start(user, external);
        ctx.res().addHeader("Set-Cookie", cookie(ctx, SESSION_COOKIE, s.id, -1));
        audit.record(user.name(), ctx.ip(), "sign-in", null, external ? "single sign-on" : null);
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    /**
     * Checks a signed-in user's password again (changing it, confirming before user management), throttled and
     * audited as a sign-in is.
     *
     * @return the reason in the user's language when it is refused (and the status set), empty when it is right
     */
    Optional<String> checkPassword(Context ctx, Principal me, char[] password, String purpose) {
        String address = ctx.ip();
        if (throttle.blocked(me.name(), address)) {
            audit.record(me.name(), address, purpose + "-refused", null, "too many failed attempts");
            ctx.status(429);
            return Optional.of(Messages.current().get("login.throttled", LoginThrottle.WINDOW.toMinutes()));
        }
        if (users.authenticate(me.name(), password).isEmpty()) {
            throttle.failed(me.name(), address);
            audit.record(me.name(), address, purpose + "-failed", null, "wrong password");
            ctx.status(400);
            return Optional.of(Messages.current().get("account.wrongCurrent"));
        }
        throttle.succeeded(me.name());
        return Optional.empty();
    }

    /** The user proved their password again: user management is open to this session for a while. */
    void confirmed(Context ctx) {
        session(ctx).ifPresent(s -> s.confirmed = clock.instant());
    }

    /** Whether this request's user signed in through the identity provider (no local password to change). */
    boolean external(Context ctx) {
        return session(ctx).map(s -> s.external).orElse(false) || Principal.current().name().startsWith(OidcLogin.NAME_PREFIX);
    }

    /** After a password change: every session of the user ends, this browser gets a new one. */
    void renewSessions(Context ctx, Principal me) {
        sessions.endAllOf(me.name());
        Sessions.Session s = sessions.start(me, false);
        ctx.res().addHeader("Set-Cookie", cookie(ctx, SESSION_COOKIE, s.id, -1));
    }

    /** Ends every session of an account whose password an administrator set or which was removed. */
    void endSessionsOf(String name) {
        sessions.endAllOf(name);
    }

    /** A sign-in that did not succeed for a reason other than a password, for the audit trail. */
    void signInFailed(Context ctx, String name, String reason) {
        audit.record(name, ctx.ip(), "sign-in-failed", null, reason);
    }

    /** Adds the single sign-on link to the login page. */
    void offerSingleSignOn(boolean offer) {
        this.singleSignOn = offer;
    }

    /** Opens the server to readers who do not sign in ({@code --public}); see the class comment. */
    void allowAnonymousReading(boolean allow) {
        this.anonymousReading = allow;
    }

    private void loginPage(Context ctx, String error, int status) {
        // one token per browser, kept across loads: a second tab or the favicon's redirect must not
        // invalidate the form already shown
        String token = ctx.cookie(LOGIN_COOKIE);
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            token = Sessions.random();
            ctx.res().addHeader("Set-Cookie", cookie(ctx, LOGIN_COOKIE, token, -1));
        }
        String next = safeNext(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next"));
        Messages m = Messages.current();
        StringBuilder h = new StringBuilder("<h1>").append(m.get("login.title")).append("</h1>");
        if (error != null) {
            h.append("<p class=\"error-box\" role=\"alert\">").append(Html.esc(error)).append("</p>");
        }
        h.append("<form method=\"post\" action=\"/login\" class=\"login\" id=\"login-form\">")
                .append("<input type=\"hidden\" name=\"").append(CSRF_FIELD).append("\" value=\"").append(token).append("\">")
                .append("<input type=\"hidden\" name=\"next\" value=\"").append(Html.esc(next)).append("\">")
                .append("<p><label for=\"username\">").append(m.get("login.username")).append("</label> <input id=\"username\" name=\"username\" autocomplete=\"username\" required></p>")
                .append("<p><label for=\"password\">").append(m.get("login.password")).append("</label> <input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required></p>")
                .append("<p><button type=\"submit\">").append(m.get("login.submit")).append("</button></p></form>");
        if (singleSignOn) {
            h.append("<p><a class=\"sso\" id=\"sso\" href=\"").append(OidcLogin.PATH).append("?next=")
                    .append(URLEncoder.encode(next, StandardCharsets.UTF_8)).append("\">").append(m.get("login.sso")).append("</a></p>");
        }
        ctx.status(status).contentType("text/html; charset=utf-8").result(Layout.page(m.get("login.title"), Layout.Nav.NONE, h.toString()));
    }

    /** Only a path on this server: never "//evil.example" or "https://…". */
    static String safeNext(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
    }

    private static String signOut(Principal user) {
        // the name leads to the user's own password page
        return "<form method=\"post\" action=\"/logout\" class=\"signout\"><a class=\"who\" id=\"account\" href=\"" + AccountPage.PATH
                + "\" title=\"" + Messages.current().get("account.title") + "\">" + Html.esc(user.name())
                + " (" + Messages.current().get("role.short." + user.role().name()) + ")</a> <button type=\"submit\">" + Messages.current().get("logout.submit") + "</button></form>";
    }

    private static String signInLink(Context ctx) {
        String here = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        return "<p class=\"signout\"><a id=\"sign-in\" href=\"/login?next=" + Html.esc(URLEncoder.encode(here, StandardCharsets.UTF_8))
                + "\">" + Messages.current().get("login.title") + "</a></p>";
    }

    static String withCsrf(String html, String token) {
        Matcher m = POST_FORM.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 200);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group()
                    + "<input type=\"hidden\" name=\"" + CSRF_FIELD + "\" value=\"" + token + "\">"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String cookie(Context ctx, String name, String value, int maxAge) {
        return name + "=" + value + "; Path=/; HttpOnly; SameSite=Strict" + (maxAge >= 0 ? "; Max-Age=" + maxAge : "")
                + ("https".equalsIgnoreCase(ctx.scheme()) ? "; Secure" : "");
    }

    static boolean sameToken(String expected, String given) {
        return expected != null && given != null && !expected.isEmpty()
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
