package nl.gremium.web;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import nl.gremium.access.AccountRejected;
import nl.gremium.access.Role;
import nl.gremium.access.User;
import nl.gremium.access.UserStore;

/**
 * The administrator's page of accounts ({@code /admin/users}, role {@code admin} only, checked by {@link Access}):
 * list them, add one, change a role or clearance, set a new password, remove one. The same store the CLI's
 * {@code gremium users} changes; {@link Access} writes each change to the audit trail and its CSRF token
 * into every form. An administrator cannot remove or demote themselves, so an admin always remains.
 */
final class UsersPage {
    static final String PATH = "/admin/users";
    private final UserStore users;
    private final Access access;

    UsersPage(UserStore users, Access access) {
        this.users = users;
        this.access = access;
    }

    void page(Context ctx) {
        render(ctx, null, null);
    }

    void add(Context ctx) {
        String name = field(ctx, "username");
        change(ctx, "users.added", name, () -> users.add(name, Role.parse(field(ctx, "role")), cleared(ctx), password(ctx)));
    }

    void setRole(Context ctx) {
        String name = ctx.pathParam("name");
        change(ctx, "users.roleChanged", name, () -> {
            notSelf(name);
            users.setRole(existing(name).name(), Role.parse(field(ctx, "role")), cleared(ctx));
        });
    }

    void setPassword(Context ctx) {
        String name = ctx.pathParam("name");
        change(ctx, "users.passwordChanged", name, () -> {
            users.setPassword(existing(name).name(), password(ctx));
            access.endSessionsOf(existing(name).name()); // whoever was signed in with the old password is out
        });
    }

    void remove(Context ctx) {
        String name = ctx.pathParam("name");
        change(ctx, "users.removed", name, () -> {
            notSelf(name);
            users.remove(existing(name).name());
            access.endSessionsOf(name.strip().toLowerCase(Locale.ROOT));
        });
    }

    /** Runs one change; a refused change (weak password, taken name, oneself) shows the page again with the reason, 400. */
    private void change(Context ctx, String doneKey, String name, Runnable work) {
        try {
            work.run();
        } catch (AccountRejected e) {
            ctx.status(400);
            render(ctx, null, Messages.current().get("users.error." + e.reason().name().toLowerCase(Locale.ROOT), e.args()));
            return;
        } catch (IllegalArgumentException e) { // our own checks (oneself, unknown user) are already in the user's language
            ctx.status(400);
            render(ctx, null, e.getMessage());
            return;
        }
        render(ctx, Messages.current().get(doneKey, name), null);
    }

    private User existing(String name) {
        return users.find(name).orElseThrow(() -> new IllegalArgumentException(Messages.current().get("users.unknown", name)));
    }

    private static void notSelf(String name) {
        if (Principal.current().name().equalsIgnoreCase(name.strip())) {
            throw new IllegalArgumentException(Messages.current().get("users.notSelf"));
        }
    }

    private static String field(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
    }

    private static boolean cleared(Context ctx) {
        return "yes".equals(ctx.formParam("confidential"));
    }

    private static char[] password(Context ctx) {
        return Optional.ofNullable(ctx.formParam("password")).orElse("").toCharArray();
    }

    private void render(Context ctx, String done, String error) {
        Messages m = Messages.current();
        StringBuilder h = new StringBuilder("<h1>").append(m.get("users.title")).append("</h1>");
        if (done != null) {
            h.append("<p class=\"notice\" role=\"status\" id=\"users-done\">").append(Html.esc(done)).append("</p>");
        }
        if (error != null) {
            h.append("<p class=\"error-box\" role=\"alert\" id=\"users-error\">").append(Html.esc(error)).append("</p>");
        }
        h.append("<div class=\"table-wrap\"><table class=\"data list\" id=\"users\"><caption>").append(m.get("users.caption"))
                .append("</caption><thead><tr><th scope=\"col\">").append(m.get("users.name")).append("</th><th scope=\"col\">")
                .append(m.get("users.role")).append("</th><th scope=\"col\">").append(m.get("users.password"))
                .append("</th><th scope=\"col\">").append(m.get("users.remove")).append("</th></tr></thead><tbody>");
        for (User u : users.list()) {
            String action = PATH + "/" + Html.url(u.name());
            String id = Html.anchor(u.name());
            h.append("<tr data-user=\"").append(Html.esc(u.name())).append("\"><th scope=\"row\">").append(Html.esc(u.name()))
                    .append("<br><small>").append(m.get("users.since", m.dateTime(u.created()))).append("</small></th><td>")
                    .append("<form method=\"post\" action=\"").append(action).append("/role\" class=\"user-role\">")
                    .append(roleFields("role-" + id, u.role(), u.confidential()))
                    .append(" <button type=\"submit\">").append(m.get("users.save")).append("</button></form></td><td>")
                    .append("<form method=\"post\" action=\"").append(action).append("/password\" class=\"user-password\">")
                    .append("<label for=\"pw-").append(id).append("\">").append(m.get("users.newPassword")).append("</label> ")
                    .append("<input id=\"pw-").append(id).append("\" name=\"password\" type=\"password\" autocomplete=\"new-password\" minlength=\"12\" required>")
                    .append(" <button type=\"submit\">").append(m.get("users.setPassword")).append("</button></form></td><td>")
                    .append("<form method=\"post\" action=\"").append(action).append("/remove\" class=\"user-remove\">")
                    .append("<button type=\"submit\">").append(m.get("users.removeButton", u.name())).append("</button></form></td></tr>");
        }
        h.append("</tbody></table></div>");
        h.append("<h2>").append(m.get("users.add")).append("</h2><form method=\"post\" action=\"").append(PATH).append("\" id=\"user-add\">")
                .append("<p><label for=\"new-name\">").append(m.get("users.name")).append("</label> <input id=\"new-name\" name=\"username\" required maxlength=\"64\" autocomplete=\"off\"></p>")
                .append("<p>").append(roleFields("new", Role.board, false)).append("</p>")
                .append("<p><label for=\"new-password\">").append(m.get("users.password")).append("</label> <input id=\"new-password\" name=\"password\" type=\"password\" autocomplete=\"new-password\" minlength=\"12\" required></p>")
                .append("<p><button type=\"submit\">").append(m.get("users.addButton")).append("</button></p></form>");
        Layout.send(ctx, m.get("users.title"), Layout.Nav.USERS, h.toString());
    }

    /** A role list and a clearance box; {@code id} keeps the labels of each row's fields apart. */
    private static String roleFields(String id, Role role, boolean confidential) {
        Messages m = Messages.current();
        StringBuilder h = new StringBuilder("<label for=\"").append(id).append("-role\">").append(m.get("users.role")).append("</label> ")
                .append("<select id=\"").append(id).append("-role\" name=\"role\">");
        for (Role r : Role.values()) {
            h.append("<option value=\"").append(r.name()).append('"').append(r == role ? " selected" : "").append('>')
                    .append(m.get("role." + r.name())).append("</option>");
        }
        return h.append("</select> <input type=\"checkbox\" id=\"").append(id).append("-conf\" name=\"confidential\" value=\"yes\"")
                .append(confidential ? " checked" : "").append("> <label for=\"").append(id).append("-conf\">")
                .append(m.get("users.clearance")).append("</label>").toString();
    }
}
