package nl.gremium.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import nl.gremium.access.AccountRejected;
import nl.gremium.access.Passwords;
import nl.gremium.access.UserStore;

/**
 * A signed-in user's own password ({@code /account/password}): the current password first (a session left open
 * on someone's desk is not enough to take the account over), the new one twice, the same policy as everywhere.
 * A wrong current password counts as a failed sign-in for the throttle and the audit trail. After a change every
 * other session of the account ends and this one gets a new id. Also the password confirmation that user
 * management asks for when the sign-in is older than {@link Access#CONFIRM_WITHIN} ({@code /account/confirm}).
 */
final class AccountPage {
    static final String PATH = "/account/password";
    static final String CONFIRM = "/account/confirm";
    private final UserStore users;
    private final Access access;

    AccountPage(UserStore users, Access access) {
        this.users = users;
        this.access = access;
    }

    void page(Context ctx) {
        render(ctx, ctx.queryParam("changed") != null ? Messages.current().get("account.changed") : null, null);
    }

    void change(Context ctx) {
        Principal me = Principal.current();
        Messages m = Messages.current();
        if (access.external(ctx)) {
            ctx.status(400);
            render(ctx, null, m.get("account.external"));
            return;
        }
        char[] current = field(ctx, "current");
        char[] fresh = field(ctx, "password");
        try {
            Optional<String> refused = access.checkPassword(ctx, me, current, "password-change");
            if (refused.isPresent()) {
                render(ctx, null, refused.get());
                return;
            }
            if (!Arrays.equals(fresh, field(ctx, "repeat"))) {
                ctx.status(400);
                render(ctx, null, m.get("account.mismatch"));
                return;
            }
            users.setPassword(me.name(), fresh);
        } catch (AccountRejected e) {
            ctx.status(400);
            render(ctx, null, m.get("users.error." + e.reason().name().toLowerCase(Locale.ROOT), e.args()));
            return;
        } finally {
            Arrays.fill(current, '\0');
            Arrays.fill(fresh, '\0');
        }
        access.renewSessions(ctx, me);
        ctx.redirect(PATH + "?changed", HttpStatus.SEE_OTHER); // a new page, so its forms carry the new session's token
    }

    void confirmPage(Context ctx) {
        confirmForm(ctx, null);
    }

    void confirm(Context ctx) {
        char[] password = field(ctx, "password");
        try {
            Optional<String> refused = access.checkPassword(ctx, Principal.current(), password, "confirm");
            if (refused.isPresent()) {
                confirmForm(ctx, refused.get());
                return;
            }
            access.confirmed(ctx);
            ctx.redirect(Access.safeNext(ctx.formParam("next")), HttpStatus.SEE_OTHER);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The confirmation form; {@code error} (a wrong password) shown above it. */
    void confirmForm(Context ctx, String error) {
        Messages m = Messages.current();
        String next = Access.safeNext(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next"));
        StringBuilder h = new StringBuilder("<h1>").append(m.get("confirm.title")).append("</h1>");
        if (error != null) {
            h.append("<p class=\"error-box\" role=\"alert\" id=\"account-error\">").append(Html.esc(error)).append("</p>");
        }
        h.append("<p>").append(m.get("confirm.explain", Access.CONFIRM_WITHIN.toMinutes())).append("</p>")
                .append("<form method=\"post\" action=\"").append(CONFIRM).append("\" id=\"confirm-form\">")
                .append("<input type=\"hidden\" name=\"next\" value=\"").append(Html.esc(next)).append("\">")
                .append(passwordField("password", m.get("login.password"), "current-password"))
                .append("<p><button type=\"submit\">").append(m.get("confirm.submit")).append("</button></p></form>");
        Layout.send(ctx, m.get("confirm.title"), Layout.Nav.NONE, h.toString());
    }

    /** Where a user goes to confirm their password before {@code next}. */
    static String confirmLink(String next) {
        return CONFIRM + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    /** The password form; {@code error} or {@code done} shown above it. */
    void render(Context ctx, String done, String error) {
        Messages m = Messages.current();
        StringBuilder h = new StringBuilder("<h1>").append(m.get("account.title")).append("</h1>");
        if (done != null) {
            h.append("<p class=\"notice\" role=\"status\" id=\"account-done\">").append(Html.esc(done)).append("</p>");
        }
        if (error != null) {
            h.append("<p class=\"error-box\" role=\"alert\" id=\"account-error\">").append(Html.esc(error)).append("</p>");
        }
        if (access.external(ctx)) {
            h.append("<p id=\"account-external\">").append(m.get("account.external")).append("</p>");
        } else {
            h.append("<form method=\"post\" action=\"").append(PATH).append("\" id=\"account-form\">")
                    .append(passwordField("current", m.get("account.current"), "current-password"))
                    .append(passwordField("password", m.get("account.new"), "new-password"))
                    .append(passwordField("repeat", m.get("account.repeat"), "new-password"))
                    .append("<p class=\"hint\">").append(m.get("account.hint", Passwords.MIN_LENGTH)).append("</p>")
                    .append("<p><button type=\"submit\">").append(m.get("account.submit")).append("</button></p></form>");
        }
        Layout.send(ctx, m.get("account.title"), Layout.Nav.NONE, h.toString());
    }

    private static String passwordField(String name, String label, String autocomplete) {
        return "<p><label for=\"" + name + "\">" + label + "</label> <input id=\"" + name + "\" name=\"" + name
                + "\" type=\"password\" autocomplete=\"" + autocomplete + "\" required maxlength=\"" + Passwords.MAX_LENGTH + "\"></p>";
    }

    private static char[] field(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("").toCharArray();
    }
}
