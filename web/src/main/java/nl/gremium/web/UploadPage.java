package nl.gremium.web;

import nl.gremium.pipeline.Failure;
import nl.gremium.pipeline.IngestReport;

/** Adding a document through the browser: the form, and what the ingest made of the file. */
final class UploadPage {
    private UploadPage() {}

    static String form(String message) {
        Messages m = Messages.current();
        return "<h1>" + m.get("upload.title") + "</h1>"
                + (message == null ? "" : "<p class=\"notice\">" + Html.esc(message) + "</p>")
                + "<p>" + m.get("upload.intro") + "</p>"
                + "<form method=\"post\" action=\"/upload\" enctype=\"multipart/form-data\" class=\"upload\">"
                + "<div class=\"field\"><label for=\"file\">" + m.get("upload.file") + "</label>"
                + "<input type=\"file\" id=\"file\" name=\"file\" required "
                + "accept=\".pdf,.docx,.doc,.odt,.rtf,.html,.htm,.txt,.eml,.msg\"></div>"
                + "<p><button type=\"submit\">" + m.get("upload.submit") + "</button></p></form>";
    }

    static String result(IngestReport r, Library library) {
        Messages m = Messages.current();
        StringBuilder h = new StringBuilder("<section class=\"upload-result\" role=\"status\">");
        if (!r.failures().isEmpty()) {
            h.append("<div class=\"error-box\"><h2>").append(m.get("upload.failed")).append("</h2><ul>");
            for (Failure f : r.failures()) {
                h.append("<li>").append(Html.esc(f.file())).append(": ").append(Html.esc(f.reason())).append("</li>");
            }
            h.append("</ul></div>");
        }
        if (!r.addedIds().isEmpty()) {
            h.append("<div class=\"notice\"><h2>").append(m.get("upload.done")).append("</h2><p>")
                    .append(m.get("upload.counts", r.documents(), r.pages())).append("</p><ul>");
            for (String id : r.addedIds()) {
                String title = library.get(id).map(DocumentPage::titleOf).orElse(id);
                h.append("<li><a href=\"/documents/").append(Html.url(id)).append("\">").append(Html.esc(title)).append("</a></li>");
            }
            h.append("</ul></div>");
        } else if (r.failures().isEmpty()) {
            h.append("<p class=\"notice\">").append(m.get("upload.unchanged")).append("</p>");
        }
        if (!r.addedIds().isEmpty()) {
            h.append("<p class=\"muted\">").append(m.get("upload.statuses")).append("</p>");
        }
        return h.append("</section>").toString();
    }
}
