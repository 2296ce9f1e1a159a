package nl.gremium.web;

import static io.javalin.apibuilder.ApiBuilder.after;
import static io.javalin.apibuilder.ApiBuilder.before;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.gremium.access.AuditLog;
import nl.gremium.access.FileUserStore;
import nl.gremium.meeting.Dossier;
import nl.gremium.meeting.Meeting;
import nl.gremium.store.DataStore;
import nl.gremium.store.Json;

/**
 * The Gremium web UI and JSON API over one data folder. Pages are rendered on the server as plain HTML
 * with one stylesheet and no scripts; every page has a JSON twin under {@code /api}. {@link #routes}
 * is the whole route table: each route points at a small handler class per resource. Start with
 * {@link #start(int)} (0 = any free port), stop with {@link #close()}.
 */
public final class WebServer implements AutoCloseable {
    public static final String LOOPBACK_ADDRESS = "127.0.0.1";
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private final Search search;
    private final SearchHandler searchHandler;
    private final DocumentHandler documents;
    private final DecisionHandler decisions;
    private final MeetingHandler meetings;
    private final DossierHandler dossiers;
    private final OpenDataHandler openData;
    private final RecommendationHandler recommendations;
    private final FundingHandler funding;
    private final RegisterHandler registers;
    private final SavedSearchHandler savedSearches;
    private final AlertDigests digests;
    private final UploadHandler uploads;
    private final ErrorMapper errors;
    private final UploadLimits limits;
    private final Access access;
    private final Marking marking;
    private final OidcLogin oidc;
    private static final System.Logger LOG = System.getLogger(WebServer.class.getName());
    private final ExecutorService alerts = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gremium-alerts");
        t.setDaemon(true);
        return t;
    });
    private final StatusRecompute recompute;
    private final UsersPage usersPage;
    private final AccountPage accountPage;
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
        this(store, hostNames, UploadLimits.DEFAULT, null);
    }

    /** @param oidc single sign-on through this OpenID Connect provider, besides local accounts; null for none */
    public WebServer(DataStore store, Set<String> hostNames, OidcConfig oidc) {
        this(store, hostNames, UploadLimits.DEFAULT, oidc);
    }

    WebServer(DataStore store, Set<String> hostNames, UploadLimits limits, OidcConfig oidc) {
        this(store, hostNames, limits, oidc, Clock.systemUTC());
    }

    /** @param clock the time sessions, sign-in throttling and confirmations go by (tests move it on) */
    WebServer(DataStore store, Set<String> hostNames, UploadLimits limits, OidcConfig oidc, Clock clock) {
        this.limits = limits;
        this.errors = new ErrorMapper(limits);
        Set<String> hosts = new HashSet<>(LOOPBACK);
        hosts.addAll(hostNames);
        FileUserStore accounts = new FileUserStore(store);
        this.access = new Access(accounts, new AuditLog(store), hosts, clock);
        this.usersPage = new UsersPage(accounts, access);
        this.accountPage = new AccountPage(accounts, access);
        this.oidc = oidc == null ? null : new OidcLogin(oidc, access, clock);
        access.offerSingleSignOn(oidc != null);
        DataVersion version = new DataVersion(store);
        Library library = new Library(store);
        this.search = new Search(store);
        this.searchHandler = new SearchHandler(search);
        this.documents = new DocumentHandler(library, new OriginalFiles(store));
        this.decisions = new DecisionHandler(library, version);
        Derived<List<Meeting>> meetingList = MeetingHandler.derive(library, version);
        Derived<List<Dossier>> dossierList = DossierHandler.derive(library, meetingList, version);
        this.meetings = new MeetingHandler(meetingList, dossierList);
        this.dossiers = new DossierHandler(dossierList);
        this.openData = new OpenDataHandler(library);
        this.recompute = new StatusRecompute(store, version, search::update);
        this.funding = new FundingHandler(library, version);
        MotionRegister motions = new MotionRegister(library, version);
        CommitmentRegister commitments = new CommitmentRegister(library, version);
        RecommendationsTracker tracker = new RecommendationsTracker(library, version);
        this.registers = new RegisterHandler(motions, commitments);
        this.recommendations = new RecommendationHandler(tracker, recompute);
        SavedSearches saved = new SavedSearches(store);
        AlertMatcher matcher = new AlertMatcher(search, motions, tracker, dossierList);
        this.digests = new AlertDigests(saved, matcher, accounts, commitments, tracker);
        this.savedSearches = new SavedSearchHandler(saved, digests, matcher, accounts, clock);
        this.uploads = new UploadHandler(new Uploads(store, report -> {
            search.update();
            library.reload();
            version.changed();
            recompute.afterIngest(); // statuses follow the new document (in the background)
            alertsAfterUpload(store);
        }), library, limits, clock);
        this.marking = new Marking(store, library, search, version);
    }

    /**
     * Lets readers who do not sign in search and read what is not confidential ({@code --public}); every
     * write still needs a signed-in user of the right role. Call before {@link #start}.
     */
    public WebServer openToThePublic() {
        access.allowAnonymousReading(true);
        return this;
    }

    /** The search behind the pages, for tests that look at how it was used. */
    Search search() {
        return search;
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
            config.jetty.multipartConfig.maxFileSize(limits.maxBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(limits.maxBytes() + UploadLimits.ENVELOPE, SizeUnit.BYTES);
            config.http.maxRequestSize = limits.maxBytes() + UploadLimits.ENVELOPE;
            routes(config);
        });
        app.exception(Access.SignInRequired.class, Access::toLogin);
        app.exception(HttpResponseException.class, errors::exception);
        app.exception(Exception.class, errors::exception);
        app.error(404, errors::status);
        app.error(413, errors::status);
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
        recompute.close();
        alerts.shutdownNow();
        search.close();
    }

    /**
     * With an SMTP server configured in the data folder ({@link SmtpConfig#file}), the digests go out after each
     * upload as {@code gremium alerts} would send them, on one background thread so uploads never wait for mail.
     * The file is read each time: configuring alerts needs no restart.
     */
    private void alertsAfterUpload(DataStore store) {
        try {
            SmtpConfig.of(store).ifPresent(c -> alerts.execute(() -> {
                try {
                    LOG.log(System.Logger.Level.INFO, sendDigests(c));
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.ERROR, "alerts after an upload failed: " + e.getMessage(), e);
                }
            }));
        } catch (RuntimeException e) { // a damaged smtp.properties: say so, the upload itself succeeded
            LOG.log(System.Logger.Level.ERROR, "alerts after an upload not sent: " + e.getMessage());
        }
    }

    /**
     * Sends the e-mail digests of the saved searches (after an ingest: what is new since the last digest, and the
     * overdue commitments and recommendations to their owners); returns a one-line summary with any failures.
     */
    public String sendDigests(SmtpConfig config) {
        search.update();
        AlertDigests.Report r = digests.send(new Mailer(config), config.baseUrl());
        return "alerts: " + r.sent() + " digests sent with " + r.records() + " new records"
                + (r.failures().isEmpty() ? "" : "; failed: " + String.join("; ", r.failures()));
    }

    /** Every route, page and JSON twin side by side. A new page: a handler class, its rows here, a line in {@link ApiDoc}. */
    private void routes(JavalinConfig config) {
        config.router.apiBuilder(() -> {
            before(Lang::before); // the reader's language, for every page including the login and error pages
            before(access::before); // then: the Host allow-list, sign-in, the role's permission, CSRF
            before(RequestGuard::before);
            after(access::after);
            after(Lang::after);
            get("/lang/{code}", Lang::choose);
            get("/login", access::loginPage);
            post("/login", access::login);
            post("/logout", access::logout);
            if (oidc != null) {
                get(OidcLogin.PATH, oidc::start);
                get(OidcLogin.CALLBACK, oidc::callback);
            }
            get("/static/gremium.css", ctx -> ctx.contentType("text/css; charset=utf-8").header("Cache-Control", "max-age=3600").result(css));

            get("/", searchHandler::page);
            get("/api/search", searchHandler::api);

            get("/documents/{id}", documents::page);
            get("/api/documents/{id}", documents::api);
            get("/files/{id}", documents::original);

            get("/vergaderingen", meetings::calendar);
            get("/api/vergaderingen", meetings::apiCalendar);
            get("/vergaderingen/{id}", meetings::page);
            get("/api/vergaderingen/{id}", meetings::api);

            get("/dossiers", dossiers::list);
            get("/api/dossiers", dossiers::apiList);
            get("/dossiers/{id}", dossiers::page);
            get("/api/dossiers/{id}", dossiers::api);
            get("/api/opendata", openData::api);

            get("/decisions", decisions::page);
            get("/decisions.csv", decisions::export);
            get("/decisions.xlsx", decisions::export);
            get("/api/decisions", decisions::api);

            get("/recommendations", recommendations::list);
            get("/recommendations.csv", recommendations::export);
            get("/recommendations.xlsx", recommendations::export);
            post("/recommendations/recompute", recommendations::recompute);
            get("/api/recommendations", recommendations::apiList);
            get("/recommendations/{id}", recommendations::detail);
            get("/api/recommendations/{id}", recommendations::apiDetail);
            post("/recommendations/{id}", recommendations::setFromForm);
            post("/api/recommendations/{id}/status", recommendations::setFromJson);

            get("/funding", funding::page);
            get("/api/funding", funding::api);
            get("/funding.csv", funding::export);
            get("/funding.xlsx", funding::export);

            get("/moties", registers::motionsPage);
            get("/moties.csv", registers::motionsCsv);
            get("/moties.xlsx", registers::motionsXlsx);
            get("/api/moties", registers::motionsApi);
            post("/moties/{id}", registers::setMotion);
            get("/toezeggingen", registers::commitmentsPage);
            get("/toezeggingen.csv", registers::commitmentsCsv);
            get("/toezeggingen.xlsx", registers::commitmentsXlsx);
            get("/api/toezeggingen", registers::commitmentsApi);
            post("/toezeggingen/{id}", registers::setCommitment);

            get("/zoekopdrachten", savedSearches::page);
            get("/api/zoekopdrachten", savedSearches::api);
            post("/zoekopdrachten", savedSearches::save);
            post("/zoekopdrachten/{id}/verwijderen", savedSearches::remove);
            get("/feeds/{token}", savedSearches::feed);

            get("/upload", uploads::form);
            post("/upload", uploads::post);
            post("/api/upload", uploads::api);

            post("/documents/{id}/confidentiality", marking::fromForm);
            post("/api/documents/{id}/confidentiality", marking::api);

            get(AccountPage.PATH, accountPage::page);
            post(AccountPage.PATH, accountPage::change);
            get(AccountPage.CONFIRM, accountPage::confirmPage);
            post(AccountPage.CONFIRM, accountPage::confirm);

            get(UsersPage.PATH, usersPage::page);
            post(UsersPage.PATH, usersPage::add);
            post(UsersPage.PATH + "/{name}/role", usersPage::setRole);
            post(UsersPage.PATH + "/{name}/password", usersPage::setPassword);
            post(UsersPage.PATH + "/{name}/remove", usersPage::remove);

            get("/api", ctx -> ctx.json(ApiDoc.ENDPOINTS));
        });
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
