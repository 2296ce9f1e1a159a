package nl.gremium.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.nio.file.Files;
import nl.gremium.model.LogicalDocument;

/** One logical document: its page, its JSON, and the original file it came from. */
final class DocumentHandler {
    private final Library library;
    private final OriginalFiles originals;

    DocumentHandler(Library library, OriginalFiles originals) {
        this.library = library;
        this.originals = originals;
    }

    void page(Context ctx) {
        LogicalDocument d = document(ctx);
        Layout.send(ctx, DocumentPage.titleOf(d), Layout.Nav.NONE, DocumentPage.render(d, originals.find(d.source()).isPresent(),
                id -> library.get(id).map(DocumentPage::titleOf).orElse(null)));
    }

    void api(Context ctx) {
        ctx.json(document(ctx));
    }

    void original(Context ctx) throws IOException {
        LogicalDocument d = document(ctx);
        OriginalFiles.Original o = originals.find(d.source())
                .orElseThrow(() -> new NotFoundResponse("original file of " + d.id() + " not found"));
        ctx.contentType(o.contentType())
                .header("Content-Disposition", (o.inline() ? "inline" : "attachment") + "; filename=\"" + o.downloadName() + "\"")
                .result(Files.newInputStream(o.path()));
        if (o.contentType().startsWith("application/pdf")) {
            ctx.res().setHeader("Content-Security-Policy", null); // the browser's own PDF viewer needs to run
        } else {
            ctx.header("Content-Security-Policy", "sandbox; default-src 'none'"); // untrusted: never run anything
        }
    }

    private LogicalDocument document(Context ctx) {
        String id = ctx.pathParam("id");
        return library.get(id).orElseThrow(() -> new NotFoundResponse("document " + id + " not found"));
    }
}
