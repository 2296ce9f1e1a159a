package nl.gremium.classify;

import static nl.gremium.model.DocKind.agenda;
import static nl.gremium.model.DocKind.document_list;
import static nl.gremium.model.DocKind.schedule;

import java.util.List;

/** Agendas (also as HTML pages or item tables), lists of incoming documents, meeting schedules. */
public final class AgendaRecogniser implements Recogniser {
    static final List<Cue> CUES = List.of(
            Cue.once(agenda, Zone.TITLE, 6, Cues.AGENDA_TITLE, "title Agenda"),
            Cue.once(document_list, Zone.UNNUMBERED_HEAD, 8, Cues.DOCLIST, "subject Ingekomen stukken"),
            Cue.once(schedule, Zone.TITLE, 8, Cues.SCHEDULE, "title Vergaderschema"),
            Cue.each(agenda, Zone.HEAD, 2, "^(?:vergadering|tijdstip|locatie|plaats|aanvang)\\b\\s*:?", "meeting fields"),
            // "Vergadering van de gemeenteraad" heads both agendas and minutes; minutes add "gehouden op".
            Cue.once(agenda, Zone.TITLE, 2, "^(?:openbare\\s+)?vergadering\\s+(?:van\\s+)?(?:de\\s+|het\\s+)?(?:gemeenteraad|raad"
                    + "|raadscommissie|commissie|provinciale staten|algemeen bestuur|dagelijks bestuur|verenigde vergadering)\\b"
                    + "(?!.*\\bgehouden\\b)", "meeting heading"),
            Cue.once(agenda, Zone.HEAD, 2, "(?<!\\bis\\s)(?<!\\bwerd\\s)\\b(?:te\\s+houden|wordt\\s+gehouden|zal\\s+worden\\s+gehouden)\\b"
                    + "|\\buitnodiging\\b|\\bnodig(?:t|en)\\b.{0,30}\\buit\\b|wordt u uitgenodigd", "invitation")
                    .needing("houden", "nodig"),
            // an invitation letter whose subject is the agenda it carries ("Onderwerp: Uitnodiging en agenda vergadering
            // algemeen bestuur …"): the letter only sends the agenda
            Cue.once(agenda, Zone.HEAD, 8, "^(?:onderwerp|betreft)\\s*:?\\s*(?:uitnodiging\\s+(?:en|met)\\s+|convocatie\\s+(?:en\\s+)?)?agenda\\b",
                    "subject Agenda").needing("agenda"),
            // The fixed items every meeting opens and closes with; in an agenda they are the body (often a table).
            Cue.per(agenda, Zone.ITEMS, 2, 2, "^(?:[a-z]?\\d{0,2}[.)]?\\s*)(?:opening|vaststell(?:ing|en)\\s+(?:van\\s+)?(?:de\\s+)?agenda"
                    + "|mededelingen|rondvraag|sluiting|spreekrecht|vragen(?:uur|kwartier)|ingekomen stukken)\\b[^.;]{0,40}\\.?(?:\\s\\d+)?$",
                    "standard agenda items"));

    @Override
    public void score(DocumentEvidence doc, KindScores scores) {
        CUES.forEach(c -> scores.apply(c, doc));
        scores.addIf(doc.numberedShare() > 0.5 && doc.size() >= 5, agenda, 2, "mostly numbered items");
    }
}
