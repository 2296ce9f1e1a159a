package nl.gremium.classify;

import static nl.gremium.model.DocKind.inspection_report;
import static nl.gremium.model.DocKind.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reports: a report title or report structure, and some length. Inspection reports: an inspectorate that
 * recommends, in report form rather than a letter. Report is the general fallback: it loses ties.
 */
public final class ReportRecogniser implements Recogniser {
    private static final Pattern INSPECTORATE = Cues.re("\\binspectie\\b|inspecteur-generaal");
    /** Recommendations, or what an inspectorate orders or asks in their place: "herstelopdracht", "verbeterpunten". */
    private static final Pattern RECOMMENDATIONS = Cues.re("^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?:(?:overzicht|samenvatting|lijst)\\s+(?:van\\s+)?(?:de\\s+|onze\\s+)?)?"
            + "(?:aanbevelingen|herstelopdracht(?:en)?|verbeteropdracht(?:en)?"
            + "|verbeterpunten|ontwikkelpunten)\\b|beveelt\\b[^.]{0,80}\\baan\\b"
            // "De inspectie verwacht van Thuiszorg X dat zij …": the IGJ's form of a recommendation
            + "|\\binspectie\\s+verwacht\\s+(?:van|dat)\\b");
    /**
     * An auditor's own line atop its paper ("Rekenkamer Westkust", "Rekenkamercommissie Heuvelland", "Algemene
     * Rekenkamer", "Onderzoeksraad voor Veiligheid", "Gemeentelijke Ombudsman X"): with recommendations that is a report
     * even when it is short and has few sections. A council proposal about such a report names it in a title
     * ("Rekenkamerrapport …"), not alone.
     */
    private static final Pattern AUDITOR = Cues.re("^(?:de\\s+)?(?:\\p{L}+\\s+)?(?:rekenkamer(?:commissie)?|onderzoeksraad\\s+voor\\s+veiligheid"
            + "|(?:kinder)?ombuds(?:man|vrouw|commissie))"
            + "(?:\\s+(?!\\d)\\S+){0,3}$");
    /** "Inspectie van het Onderwijs", "Inspectie Justitie en Veiligheid": the inspectorate's name as a line of its own. */
    private static final Pattern INSPECTORATE_LINE = Cues.re("^(?:de\\s+)?inspectie\\b(?:\\s+\\S+){0,5}$");
    private static final Pattern ABOUT_RECOMMENDATIONS = Cues.re("\\baanbeveling(?:en)?\\b");
    private static final Pattern REPORT_WORDS = Cues.re("\\brapport\\b|wederhoor|\\bonderzoek\\b");

    static final List<Cue> CUES = List.of(
            // also as the head of a compound: "Opvolgingsonderzoek", "Eindrapport", "Evaluatierapport"
            Cue.once(report, Zone.TITLE, 2, "\\b(?:\\p{L}*(?:rapport|rapportage|onderzoek)|notitie|nota|evaluatie|analyse|verkenning|jaarverslag"
                    + "|monitor|visie|plan van aanpak|beleidsplan|advies)\\b", "report title word"),
            Cue.each(report, Zone.HEADINGS, 3, "^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?:inleiding|samenvatting|managementsamenvatting|voorwoord"
                    + "|conclusies?|aanbevelingen|aanleiding|achtergrond|onderzoeksvraag|methode|werkwijze|bronnen|literatuur)\\b",
                    "report sections"),
            Cue.once(report, Zone.HEAD, -3, Cues.SALUTATION, "but written as a letter"));

    @Override
    public void score(DocumentEvidence doc, KindScores scores) {
        boolean salutation = doc.any(Zone.HEAD, Cues.SALUTATION);
        int before = scores.of(report);
        CUES.forEach(c -> scores.apply(c, doc));
        scores.addIf(doc.pages() >= 3 || doc.size() >= 60, report, 1, "long");
        scores.addIf(doc.lines(Zone.HEADINGS).size() >= 8, report, 1, "many sections");
        // also a follow-up study of earlier recommendations ("Opvolgingsonderzoek aanbevelingen 2024")
        // (their recommendations may stand in a box printed as a table: "Aanbevelingen | 1. Maak …")
        scores.addIf(doc.any(Zone.HEAD, AUDITOR) && (doc.any(Zone.ALL, RECOMMENDATIONS) || doc.any(Zone.ITEMS, RECOMMENDATIONS)
                        || doc.any(Zone.TITLE, ABOUT_RECOMMENDATIONS)),
                report, 2, "auditor with recommendations");
        // an inspectorate named twice, or once as the issuer's own line atop a report that says "wij" throughout
        if ((doc.count(Zone.ALL, INSPECTORATE, 2) >= 2 || doc.any(Zone.HEAD, INSPECTORATE_LINE)) && doc.any(Zone.ALL, RECOMMENDATIONS)) {
            // an inspectorate's report is a report first: what made it one (title, sections, length) counts for it too
            scores.add(inspection_report, Math.max(0, scores.of(report) - before), "report form");
            scores.add(inspection_report, 4, "inspectorate with recommendations");
            scores.addIf(doc.any(Zone.ALL, REPORT_WORDS), inspection_report, 1, "report words");
            scores.addIf(salutation, inspection_report, -3, "but written as a letter");
            scores.add(report, -2, "inspectorate report rather than report");
        }
    }
}
