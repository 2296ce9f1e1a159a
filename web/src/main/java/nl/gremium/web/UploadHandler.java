package nl.gremium.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import nl.gremium.pipeline.IngestReport;

/** Adding a document: the form, the form's post (the ingest report as a page) and the JSON post. */
final class UploadHandler {
    private final Uploads uploads;
    private final Library library;

    UploadHandler(Uploads uploads, Library library) {
        this.uploads = uploads;
        this.library = library;
    }

    void form(Context ctx) {
        Layout.send(ctx, "Upload", Layout.Nav.UPLOAD, UploadPage.form(null));
    }

    void post(Context ctx) throws IOException {
        IngestReport r = upload(ctx);
        Layout.send(ctx, "Upload", Layout.Nav.UPLOAD, UploadPage.result(r, library) + UploadPage.form(null));
    }

    void api(Context ctx) throws IOException {
        ctx.status(HttpStatus.CREATED).json(upload(ctx));
    }

    private IngestReport upload(Context ctx) throws IOException {
        UploadedFile f = ctx.uploadedFile("file");
        if (f == null) {
            throw new BadRequestResponse("no file: send the document as multipart form field 'file'");
        }
        try (InputStream in = f.content()) {
            return uploads.add(f.filename(), in);
        }
    }
}
