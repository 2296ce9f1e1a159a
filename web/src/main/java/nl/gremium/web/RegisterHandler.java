package nl.gremium.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.gremium.access.Role;
import nl.gremium.store.RecommendationStatus;

/**
 * {@code /moties} and {@code /toezeggingen}: the two registers as page, JSON, CSV and XLSX, and a controller's status
 * (form post; the status history and the audit trail record the signed-in user).
 */
final class RegisterHandler {
    private final MotionRegister motions;
    private final CommitmentRegister commitments;

    RegisterHandler(MotionRegister motions, CommitmentRegister commitments) {
        this.motions = motions;
        this.commitments = commitments;
    }

    void motionsPage(Context ctx) {
        List<MotionRow> all = motions.list();
        String outcome = ctx.queryParam("outcome"), status = ctx.queryParam("status"), q = ctx.queryParam("q");
        Layout.send(ctx, "Moties", Layout.Nav.MOTIONS, RegistersPage.motions(all, RegistersPage.filterMotions(all, outcome, status, q),
                outcome, status, q, Principal.current().may(Role.Permission.set_status)));
    }

    void motionsApi(Context ctx) {
        ctx.json(shownMotions(ctx));
    }

    void motionsCsv(Context ctx) {
        csv(ctx, "moties.csv", RegistersPage.csv(RegistersPage.MOTION_HEADER, RegistersPage.motionTable(shownMotions(ctx))));
    }

    void motionsXlsx(Context ctx) {
        xlsx(ctx, "moties.xlsx", Xlsx.of("Moties", RegistersPage.MOTION_HEADER, RegistersPage.motionTable(shownMotions(ctx))));
    }

    void setMotion(Context ctx) {
        String id = ctx.pathParam("id");
        motions.set(id, status(ctx.formParam("status")), ctx.formParam("note"), Principal.current().name());
        ctx.redirect("/moties#" + Html.url(Html.anchor(id)), HttpStatus.SEE_OTHER);
    }

    void commitmentsPage(Context ctx) {
        List<CommitmentRow> all = commitments.list();
        String status = ctx.queryParam("status"), overdue = ctx.queryParam("overdue"), q = ctx.queryParam("q");
        Layout.send(ctx, "Toezeggingen", Layout.Nav.COMMITMENTS, RegistersPage.commitments(all,
                RegistersPage.filterCommitments(all, status, overdue, q), status, overdue, q,
                Principal.current().may(Role.Permission.set_status)));
    }

    void commitmentsApi(Context ctx) {
        ctx.json(shownCommitments(ctx));
    }

    void commitmentsCsv(Context ctx) {
        csv(ctx, "toezeggingen.csv", RegistersPage.csv(RegistersPage.COMMITMENT_HEADER,
                RegistersPage.commitmentTable(shownCommitments(ctx))));
    }

    void commitmentsXlsx(Context ctx) {
        xlsx(ctx, "toezeggingen.xlsx", Xlsx.of("Toezeggingen", RegistersPage.COMMITMENT_HEADER,
                RegistersPage.commitmentTable(shownCommitments(ctx))));
    }

    void setCommitment(Context ctx) {
        String id = ctx.pathParam("id");
        String due = ctx.formParam("due");
        LocalDate dueDate;
        try {
            dueDate = due == null || due.isBlank() ? null : LocalDate.parse(due.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse("uiterste datum '" + due + "' is geen datum (JJJJ-MM-DD)");
        }
        commitments.set(id, status(ctx.formParam("status")), ctx.formParam("owner"), dueDate, ctx.formParam("note"),
                Principal.current().name());
        ctx.redirect("/toezeggingen#" + Html.url(Html.anchor(id)), HttpStatus.SEE_OTHER);
    }

    private List<MotionRow> shownMotions(Context ctx) {
        return RegistersPage.filterMotions(motions.list(), ctx.queryParam("outcome"), ctx.queryParam("status"), ctx.queryParam("q"));
    }

    private List<CommitmentRow> shownCommitments(Context ctx) {
        return RegistersPage.filterCommitments(commitments.list(), ctx.queryParam("status"), ctx.queryParam("overdue"),
                ctx.queryParam("q"));
    }

    private static RecommendationStatus status(String s) {
        try {
            return RecommendationStatus.parse(s);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
    }

    private static void csv(Context ctx, String name, String body) {
        ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"" + name + "\"").result(body);
    }

    private static void xlsx(Context ctx, String name, byte[] body) {
        ctx.contentType(Xlsx.CONTENT_TYPE).header("Content-Disposition", "attachment; filename=\"" + name + "\"").result(body);
    }
}
