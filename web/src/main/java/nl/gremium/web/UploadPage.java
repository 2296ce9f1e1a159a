package nl.gremium.web;

import nl.gremium.pipeline.Failure;
import nl.gremium.pipeline.IngestReport;

/** Adding a document through the browser: the form, and what the ingest made of the file. */
final class UploadPage {
    private UploadPage() {}

    static String form(String message) {
        return "<h1>Upload a document</h1>"
                + (message == null ? "" : "<p class=\"notice\">" + Html.esc(message) + "</p>")
                + "<p>PDF, Word (DOCX/DOC), ODT, RTF, HTML, text or e-mail (EML/MSG). The file is parsed, tagged and indexed; "
                + "it is searchable as soon as this page returns.</p>"
                + "<form method=\"post\" action=\"/upload\" enctype=\"multipart/form-data\" class=\"upload\">"
                + "<div class=\"field\"><label for=\"file\">Document</label>"
                + "<input type=\"file\" id=\"file\" name=\"file\" required "
                + "accept=\".pdf,.docx,.doc,.odt,.rtf,.html,.htm,.txt,.eml,.msg\"></div>"
                + "<p><button type=\"submit\">Upload and ingest</button></p></form>";
    }

    static String result(IngestReport r, Library library) {
        StringBuilder h = new StringBuilder("<section class=\"upload-result\" role=\"status\">");
        if (!r.failures().isEmpty()) {
            h.append("<div class=\"error-box\"><h2>Could not ingest</h2><ul>");
            for (Failure f : r.failures()) {
                h.append("<li>").append(Html.esc(f.file())).append(": ").append(Html.esc(f.reason())).append("</li>");
            }
            h.append("</ul></div>");
        }
        if (!r.addedIds().isEmpty()) {
            h.append("<div class=\"notice\"><h2>Ingested</h2><p>").append(r.documents()).append(r.documents() == 1 ? " document, " : " documents, ")
                    .append(r.pages()).append(r.pages() == 1 ? " page" : " pages").append(":</p><ul>");
            for (String id : r.addedIds()) {
                String title = library.get(id).map(DocumentPage::titleOf).orElse(id);
                h.append("<li><a href=\"/documents/").append(Html.url(id)).append("\">").append(Html.esc(title)).append("</a></li>");
            }
            h.append("</ul></div>");
        } else if (r.failures().isEmpty()) {
            h.append("<p class=\"notice\">This file was ingested before and has not changed; nothing to do.</p>");
        }
        return h.append("</section>").toString();
    }
}
