package nl.gremium.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import nl.gremium.pipeline.IngestReport;

/**
 * Adding a document: the form, the form's post (the ingest report as a page) and the JSON post. Checks
 * the user's upload rate and the size before reading the body; a file that could not be ingested is
 * answered 422 with the reason (and {@link Uploads} does not keep it).
 */
final class UploadHandler {
    private final Uploads uploads;
    private final Library library;
    private final UploadLimits limits;
    private final RecentEvents recent;

    UploadHandler(Uploads uploads, Library library, UploadLimits limits, Clock clock) {
        this.uploads = uploads;
        this.library = library;
        this.limits = limits;
        this.recent = new RecentEvents(Duration.ofMinutes(1), clock);
    }

    void form(Context ctx) {
        Layout.send(ctx, Messages.current().get("nav.upload"), Layout.Nav.UPLOAD, UploadPage.form(null));
    }

    void post(Context ctx) throws IOException {
        IngestReport r = upload(ctx);
        ctx.status(Uploads.failed(r) ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK);
        Layout.send(ctx, Messages.current().get("nav.upload"), Layout.Nav.UPLOAD, UploadPage.result(r, library) + UploadPage.form(null));
    }

    void api(Context ctx) throws IOException {
        IngestReport r = upload(ctx);
        ctx.status(Uploads.failed(r) ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.CREATED).json(r);
    }

    private IngestReport upload(Context ctx) throws IOException {
        if (!recent.addIfBelow(Principal.current().name(), limits.perMinute())) {
            throw new HttpResponseException(HttpStatus.TOO_MANY_REQUESTS.getCode(),
                    "too many uploads: at most " + limits.perMinute() + " a minute; try again in a minute");
        }
        if (ctx.contentLength() > limits.maxBytes() + UploadLimits.ENVELOPE) {
            throw new ContentTooLargeResponse(limits.tooLarge());
        }
        UploadedFile f = file(ctx);
        if (f == null) {
            throw new BadRequestResponse("no file: send the document as multipart form field 'file'");
        }
        if (f.size() > limits.maxBytes()) {
            throw new ContentTooLargeResponse(limits.tooLarge() + " ('" + f.filename() + "' is " + UploadLimits.describe(f.size()) + ")");
        }
        try (InputStream in = f.content()) {
            return uploads.add(f.filename(), in);
        }
    }

    /** The multipart parser refuses a part over the limit with an exception; that is the client's 413, not our 500. */
    private UploadedFile file(Context ctx) {
        try {
            return ctx.uploadedFile("file");
        } catch (IllegalStateException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("exceeds") || m.contains("max")) {
                throw new ContentTooLargeResponse(limits.tooLarge());
            }
            throw e;
        }
    }
}
