package nl.gremium.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.gremium.access.AuditLog;
import nl.gremium.access.FileUserStore;
import nl.gremium.analytics.AnalyticsFiles;
import nl.gremium.analytics.FundingSeries;
import nl.gremium.analytics.RecommendationView;
import nl.gremium.model.LogicalDocument;
import nl.gremium.pipeline.IngestReport;
import nl.gremium.store.DataStore;
import nl.gremium.store.Json;
import nl.gremium.store.RecommendationStatus;
import nl.gremium.store.StatusEntry;

/**
 * The Gremium web UI and JSON API over one data folder. Pages are rendered on the server as plain HTML
 * with one stylesheet and no scripts; every page has a JSON twin under {@code /api}. Start with
 * {@link #start(int)} (0 = any free port), stop with {@link #close()}.
 */
public final class WebServer implements AutoCloseable {
    private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";
    private static final long MAX_UPLOAD = 200L * 1024 * 1024;
    public static final String LOOPBACK_ADDRESS = "127.0.0.1";
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private final DataStore store;
    private final Library library;
    private final RecommendationsTracker tracker;
    private final OriginalFiles originals;
    private final Uploads uploads;
    private final Search search;
    private final Access access;
    private final String css = resource("gremium.css");
    private Javalin app;

    /** A server answering to localhost only (its own names and loopback addresses). */
    public WebServer(DataStore store) {
        this(store, Set.of());
    }

    /**
     * @param hostNames the names besides localhost this server answers to (its --host, a DNS name in
     *                  front of it); a request naming any other host is refused, so DNS rebinding fails
     */
    public WebServer(DataStore store, Set<String> hostNames) {
        this.store = store;
        Set<String> hosts = new HashSet<>(LOOPBACK);
        hosts.addAll(hostNames);
        this.access = new Access(new FileUserStore(store), new AuditLog(store), hosts, Clock.systemUTC());
        this.library = new Library(store);
        this.tracker = new RecommendationsTracker(library);
        this.originals = new OriginalFiles(store);
        this.search = new Search(store);
        this.uploads = new Uploads(store, report -> {
            search.update();
            library.reload();
        });
    }

    /** Listens on the loopback interface only. */
    public WebServer start(int port) {
        return start(LOOPBACK_ADDRESS, port);
    }

    /** Listens on {@code host} (an address or name; "0.0.0.0" for every interface). */
    public WebServer start(String host, int port) {
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.jetty.multipartConfig.maxFileSize(MAX_UPLOAD, io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_UPLOAD, io.javalin.config.SizeUnit.BYTES);
            config.http.maxRequestSize = MAX_UPLOAD;
        });
        access.install(app);
        new Marking(store, library, search).install(app);
        routes(app);
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    public String url() {
        return "http://localhost:" + port() + "/";
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
            app = null;
        }
        search.close();
    }

    private void routes(Javalin app) {
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "same-origin"); // "no-referrer" would make browsers send Origin: null on our own forms
            ctx.header("X-Frame-Options", "DENY");
            if (!"GET".equals(ctx.method().name()) && !"HEAD".equals(ctx.method().name()) && !sameOrigin(ctx)) {
                throw new HttpProblem(403, "cross-site request refused");
            }
        });
        app.exception(HttpProblem.class, (e, ctx) -> problem(ctx, e.status, e.getMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> problem(ctx, 400, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("gremium web: " + ctx.method() + " " + ctx.path() + " failed: " + e);
            problem(ctx, 500, "internal error: " + e.getMessage());
        });
        app.error(404, ctx -> {
            if (ctx.attribute("problem") == null) {
                problem(ctx, 404, "nothing at " + ctx.path());
            }
        });
        app.error(413, ctx -> {
            if (ctx.attribute("problem") == null) {
                problem(ctx, 413, "upload too large (at most " + MAX_UPLOAD / (1024 * 1024) + " MB)");
            }
        });

        app.get("/static/gremium.css", ctx -> ctx.contentType("text/css; charset=utf-8")
                .header("Cache-Control", "max-age=3600").result(css));

        // pages
        app.get("/", ctx -> html(ctx, "Search", Layout.Nav.SEARCH, SearchPage.render(search.search(SearchPage.query(ctx)), ctx)));
        app.get("/documents/{id}", ctx -> {
            LogicalDocument d = document(ctx.pathParam("id"));
            html(ctx, DocumentPage.titleOf(d), Layout.Nav.NONE, DocumentPage.render(d, originals.find(d.source()).isPresent()));
        });
        app.get("/files/{id}", this::original);
        app.get("/decisions", ctx -> {
            List<DecisionsPage.Row> all = DecisionsPage.rows(library);
            html(ctx, "Decisions", Layout.Nav.DECISIONS, DecisionsPage.render(all,
                    DecisionsPage.filter(all, ctx.queryParam("body"), ctx.queryParam("year"), ctx.queryParam("outcome"), ctx.queryParam("q")),
                    ctx.queryParam("body"), ctx.queryParam("year"), ctx.queryParam("outcome"), ctx.queryParam("q"),
                    AnalyticsFiles.decisions(store)));
        });
        app.get("/recommendations", ctx -> {
            List<RecommendationView> all = tracker.list();
            String status = ctx.queryParam("status"), addressee = ctx.queryParam("addressee"), q = ctx.queryParam("q");
            html(ctx, "Recommendations", Layout.Nav.RECOMMENDATIONS, RecommendationsPage.list(all,
                    RecommendationsPage.filter(all, status, addressee, q), status, addressee, q, tracker.analysed()));
        });
        app.get("/recommendations.csv", ctx -> {
            List<RecommendationView> rows = RecommendationsPage.filter(tracker.list(), ctx.queryParam("status"),
                    ctx.queryParam("addressee"), ctx.queryParam("q"));
            ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"recommendations.csv\"")
                    .result("\uFEFF" + RecommendationsPage.csv(rows)); // BOM: spreadsheets then read UTF-8
        });
        app.get("/recommendations/{id}", ctx -> {
            RecommendationView v = recommendation(ctx.pathParam("id"));
            html(ctx, "Recommendation " + Objects.toString(v.number(), ""), Layout.Nav.RECOMMENDATIONS,
                    RecommendationsPage.detail(v, tracker.history(v.id()), "saved".equals(ctx.queryParam("m")) ? "Status saved." : null));
        });
        app.post("/recommendations/{id}", ctx -> {
            String id = ctx.pathParam("id");
            setStatus(id, ctx.formParam("status"), ctx.formParam("owner"), ctx.formParam("due"), ctx.formParam("note"));
            ctx.redirect("/recommendations/" + Html.url(id) + "?m=saved", io.javalin.http.HttpStatus.SEE_OTHER);
        });
        app.get("/funding", ctx -> {
            List<FundingSeries> series = FundingPage.series(library);
            html(ctx, "Funding", Layout.Nav.FUNDING, FundingPage.render(series, ctx.queryParam("organisation"), ctx.queryParam("stream"),
                    AnalyticsFiles.funding(store).isPresent(), FundingPage.defaultOrganisation(series, library)));
        });
        app.get("/upload", ctx -> html(ctx, "Upload", Layout.Nav.UPLOAD, UploadPage.form(null)));
        app.post("/upload", ctx -> {
            IngestReport r = upload(ctx);
            html(ctx, "Upload", Layout.Nav.UPLOAD, UploadPage.result(r, library) + UploadPage.form(null));
        });

        // JSON API
        app.get("/api", ctx -> ctx.json(ApiDoc.ENDPOINTS));
        app.get("/api/search", ctx -> ctx.json(search.search(SearchPage.query(ctx))));
        app.get("/api/documents/{id}", ctx -> ctx.json(document(ctx.pathParam("id"))));
        app.get("/api/decisions", ctx -> ctx.json(DecisionsPage.filter(DecisionsPage.rows(library), ctx.queryParam("body"),
                ctx.queryParam("year"), ctx.queryParam("outcome"), ctx.queryParam("q"))));
        app.get("/api/recommendations", ctx -> ctx.json(RecommendationsPage.filter(tracker.list(), ctx.queryParam("status"),
                ctx.queryParam("addressee"), ctx.queryParam("q"))));
        app.get("/api/recommendations/{id}", ctx -> {
            RecommendationView v = recommendation(ctx.pathParam("id"));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("recommendation", v);
            body.put("history", tracker.history(v.id()));
            ctx.json(body);
        });
        app.post("/api/recommendations/{id}/status", ctx -> {
            Map<?, ?> body;
            try {
                body = Json.mapper().readValue(ctx.body(), Map.class);
            } catch (IOException e) {
                throw HttpProblem.badRequest("body must be a JSON object: " + e.getMessage());
            }
            StatusEntry e = setStatus(ctx.pathParam("id"), str(body.get("status")), str(body.get("owner")), str(body.get("due")),
                    str(body.get("note")));
            ctx.status(201).json(e);
        });
        app.get("/api/funding", ctx -> {
            String org = ctx.queryParam("organisation"), stream = ctx.queryParam("stream");
            List<FundingSeries> s = FundingPage.series(library).stream()
                    .filter(x -> org == null || org.isBlank() || org.equals(x.organisation()))
                    .filter(x -> stream == null || stream.isBlank() || stream.equals(x.stream())).toList();
            ctx.json(s);
        });
        app.post("/api/upload", ctx -> ctx.status(201).json(upload(ctx)));
    }

    /** Records a status as set by the signed-in user (never a typed name). */
    private StatusEntry setStatus(String id, String status, String owner, String due, String note) {
        RecommendationStatus s;
        try {
            s = RecommendationStatus.parse(status);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest(e.getMessage());
        }
        LocalDate dueDate;
        try {
            dueDate = due == null || due.isBlank() ? null : LocalDate.parse(due.strip());
        } catch (DateTimeParseException e) {
            throw HttpProblem.badRequest("due date '" + due + "' is not a date (YYYY-MM-DD)");
        }
        return tracker.set(id, s, owner, dueDate, note, Principal.current().name());
    }

    private IngestReport upload(Context ctx) throws IOException {
        UploadedFile f = ctx.uploadedFile("file");
        if (f == null) {
            throw HttpProblem.badRequest("no file: send the document as multipart form field 'file'");
        }
        try (InputStream in = f.content()) {
            return uploads.add(f.filename(), in);
        }
    }

    private void original(Context ctx) throws IOException {
        LogicalDocument d = document(ctx.pathParam("id"));
        OriginalFiles.Original o = originals.find(d.source())
                .orElseThrow(() -> HttpProblem.notFound("original file of " + d.id()));
        ctx.contentType(o.contentType())
                .header("Content-Disposition", (o.inline() ? "inline" : "attachment") + "; filename=\"" + o.downloadName() + "\"")
                .result(Files.newInputStream(o.path()));
        if (o.contentType().startsWith("application/pdf")) {
            ctx.res().setHeader("Content-Security-Policy", null); // the browser's own PDF viewer needs to run
        } else {
            ctx.header("Content-Security-Policy", "sandbox; default-src 'none'"); // untrusted: never run anything
        }
    }

    private LogicalDocument document(String id) {
        return library.get(id).orElseThrow(() -> HttpProblem.notFound("document " + id));
    }

    private RecommendationView recommendation(String id) {
        return tracker.get(id).orElseThrow(() -> HttpProblem.notFound("recommendation " + id));
    }

    private static void html(Context ctx, String title, Layout.Nav nav, String main) {
        ctx.contentType("text/html; charset=utf-8").result(Layout.page(title, nav, main));
    }

    /** Errors: JSON {@code {"status": n, "error": "…"}} under /api, an HTML page elsewhere. */
    private static void problem(Context ctx, int status, String message) {
        ctx.attribute("problem", message);
        ctx.status(status);
        if (ctx.path().startsWith("/api")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("error", message);
            ctx.json(body);
        } else {
            html(ctx, "Error " + status, Layout.Nav.NONE, "<h1>" + status + " — " + Html.esc(reason(status)) + "</h1><p class=\"error-box\">"
                    + Html.esc(message) + "</p><p><a href=\"/\">Back to search</a></p>");
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "bad request";
            case 403 -> "forbidden";
            case 404 -> "not found";
            case 413 -> "too large";
            default -> "error";
        };
    }

    /** A state-changing request must come from our own pages (or a client that sends no Origin, like curl). */
    private static boolean sameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || origin.isBlank() || "null".equals(origin)) {
            return origin == null || origin.isBlank();
        }
        try {
            URI o = URI.create(origin);
            String host = ctx.header("Host");
            return host != null && host.equalsIgnoreCase(o.getAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static String resource(String name) {
        try (InputStream in = WebServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
