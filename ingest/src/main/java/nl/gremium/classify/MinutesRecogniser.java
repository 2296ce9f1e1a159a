package nl.gremium.classify;

import static nl.gremium.model.DocKind.minutes;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Minutes: a "Verslag"/"Notulen" title or a meeting "gehouden op", attendance, and the narrative of the
 * meeting; verbatim council minutes are recognised by their speech turns ("Jansen (VVD). …").
 */
public final class MinutesRecogniser implements Recogniser {
    /** A speaker's turn: a name with a party or role in brackets, or the chair, then the words spoken. */
    static final Pattern SPEECH_TURN = Cues.re("^(?:(?:de\\s+)?(?:heer|mevrouw|mevr\\.|dhr\\.)\\s+)?[\\p{L}'’. -]{2,50}"
            + "\\s\\((?=[^)]*\\p{L})[^()]{1,30}\\)\\s?[.:]\\s"
            + "|^(?:de\\s+)?(?:voorzitter|burgemeester|wethouder|gedeputeerde|minister|staatssecretaris)(?:\\s+[\\p{L}'’ -]{2,30})?\\s?[.:]\\s+\\p{L}");

    static final List<Cue> CUES = List.of(
            Cue.once(minutes, Zone.TITLE, 6, Cues.MINUTES_TITLE, "title Verslag/Notulen"),
            Cue.once(minutes, Zone.TITLE, 4, Cues.HELD_ON, "meeting held on"),
            Cue.once(minutes, Zone.HEAD, 2, "^\\(?(?:de vergadering wordt\\s+)?geopend\\s+(?:te|om)\\b", "opened at"),
            new Cue(minutes, Zone.HEAD, Cues.re("^(?:aanwezig|afwezig|afgemeld|voorzitter|griffier|notulist|verslaglegging|verslag)\\b\\s*:"
                    + "|^(?:aanwezig|afwezig|afgemeld)\\b"), 2, 1, 3, "attendance"),
            Cue.per(minutes, Zone.ALL, 3, 2, "opent de vergadering|sluit de (?:voorzitter )?(?:de )?vergadering|\\bgeeft aan dat\\b"
                    + "|\\bmerkt op\\b|\\bvraagt\\b[^.]{0,80}\\bof\\b", "meeting narrative")
                    .needing("opent de vergadering", "sluit de ", "geeft aan dat", "merkt op", "vraagt"),
            // a transcript is unmistakable, even where a speaker opens with "Geachte voorzitter"
            new Cue(minutes, Zone.ALL, SPEECH_TURN, 1, 3, 10, "speech turns")
                    .needing("(", "voorzitter", "burgemeester", "wethouder", "gedeputeerde", "minister", "staatssecretaris"));

    @Override
    public void score(DocumentEvidence doc, KindScores scores) {
        CUES.forEach(c -> scores.apply(c, doc));
    }
}
