package nl.gremium.classify;

import static nl.gremium.model.DocKind.proposal;

import java.util.List;

/**
 * Proposals to a board (raadsvoorstel, collegevoorstel, GS-nota), often with the draft or adopted decision at
 * the end ("De raad …, gelezen het voorstel …, besluit:").
 */
public final class ProposalRecogniser implements Recogniser {
    static final List<Cue> CUES = List.of(
            Cue.once(proposal, Zone.TITLE, 5, Cues.PROPOSAL_TITLE, "title Agendapunt/Voorstel"),
            Cue.each(proposal, Zone.ALL, 3, "wordt voorgesteld|voorgesteld (?:te|wordt) besluiten|stel(?:t|len) (?:u )?voor (?:om|te)"
                    + "|datum overleg|^beslispunten|^voorstel$|^beoogd effect|^besluitvorming$|^portefeuillehouder\\b", "proposal phrases")
                    .needing("voorgesteld", "voor om", "voor te", "datum overleg", "beslispunten", "voorstel", "beoogd effect",
                            "besluitvorming", "portefeuillehouder"),
            Cue.once(proposal, Zone.ALL, 3, "gelezen het voorstel|stel(?:t|len)\\s+(?:het college\\s+|wij\\s+|gedeputeerde staten\\s+)?"
                    + "(?:de raad\\s+|uw raad\\s+|u\\s+|provinciale staten\\s+)?voor\\s+(?:het\\s+volgende\\s+|bijgaand\\s+)?"
                    + "(?:ontwerp)?besluit\\s+(?:te nemen|vast te stellen)|^(?:ontwerp)?(?:raads|staten)besluit$", "decision to adopt")
                    .needing("gelezen het voorstel", "besluit"),
            // a ministry's decision note (beslisnota) puts its proposal under a heading of its own; the report sections
            // around it (aanleiding, kernpunten, toelichting) do not make it a report
            // as does a board's proposal ("Voorgesteld besluit")
            Cue.once(proposal, Zone.ALL, 5, "^(?:\\d+\\.\\s*)?(?:geadviseerd|gevraagd|voorgesteld)\\s+besluit\\s*:?$", "decision note heading")
                    .needing("besluit"),
            Cue.once(proposal, Zone.HEAD, 2, "^ter\\s+(?:beslissing|besluitvorming)$", "put to the minister for decision")
                    .needing("beslissing", "besluitvorming"));

    @Override
    public void score(DocumentEvidence doc, KindScores scores) {
        CUES.forEach(c -> scores.apply(c, doc));
    }
}
