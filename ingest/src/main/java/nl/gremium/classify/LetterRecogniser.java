package nl.gremium.classify;

import static nl.gremium.model.DocKind.letter;

import java.util.List;

/**
 * Letters (ministry letters, letters to the council or States, Woo/Wob decisions): the salutation near the
 * top is decisive; the letterhead, the letter fields and the closing support it, and carry letters that
 * have no salutation ("Aan Provinciale Staten", "Onderwerp:", "Kenmerk").
 */
public final class LetterRecogniser implements Recogniser {
    static final List<Cue> CUES = List.of(
            Cue.once(letter, Zone.HEAD, 5, Cues.SALUTATION, "salutation Geachte"),
            // information letters to a board announce themselves and often have no salutation
            Cue.once(letter, Zone.TITLE, 4, "^(?:raadsinformatiebrief|raadsmededeling|raadsbrief|statenbrief|statenmededeling|kamerbrief"
                    + "|collegebrief|informatiebrief|commissiebrief)\\b", "title information letter"),
            // a decision on a request is a letter to the requester, also when laid out as a "beschikking" without salutation,
            // and one of several ("Tweede deelbeschikking op Wob verzoek", "Vervolgbesluit op uw verzoek")
            Cue.once(letter, Zone.TITLE, 4, Cues.REQUEST_DECISION, "title decision on a request"),
            // the executive's answers to a member's written questions are a letter to the board, under many names
            Cue.once(letter, Zone.TITLE, 4, "^(?:beantwoording\\s+(?:van\\s+)?(?:de\\s+)?|antwoord(?:en)?\\s+(?:van\\s+(?:het\\s+college|"
                    + "gedeputeerde\\s+staten|de\\s+minister)\\s+)?op\\s+(?:de\\s+)?)(?:schriftelijke\\s+|technische\\s+)?(?:vragen|raadsvragen|"
                    + "statenvragen|kamervragen|art(?:ikel|\\.)?\\s*\\d+[-\\s]?vragen)\\b", "title answers to written questions"),
            // the executive's account of what it did with a motion or promise quotes the motion's frame after its letterhead
            Cue.once(letter, Zone.HEAD, 4, "^(?:(?:onderwerp|betreft)\\s*:?\\s*)?(?:afdoening|uitvoering|beantwoording|afhandeling|reactie\\s+op)"
                    + "\\s+(?:van\\s+)?(?:de\\s+)?(?:aangenomen\\s+)?(?:motie|moties|toezegging|toezeggingen)\\b", "account of a motion or promise")
                    .needing("motie", "toezegging"),
            Cue.once(letter, Zone.ALL, 2, Cues.CLOSING, "closing formula").needing("groet", "hoogachtend"),
            Cue.each(letter, Zone.HEAD, 2, Cues.LETTER_FIELD, "letter fields"),
            // the letter fields as printed in a letterhead grid: label and value on separate lines
            Cue.each(letter, Zone.HEAD, 2, Cues.LETTER_LABEL, "letter field labels"),
            Cue.each(letter, Zone.HEAD, 2, Cues.LETTERHEAD, "letterhead/address"),
            Cue.once(letter, Zone.HEAD, 1, "^aan\\s+(?:de\\s+)?(?:leden\\s+van\\s+)?(?:de\\s+)?(?:gemeenteraad|raad|provinciale staten"
                    + "|staten|tweede kamer|eerste kamer|voorzitter)\\b", "addressed to a board"),
            Cue.each(letter, Zone.ALL, 2, "\\b(?:wij|ik)\\s+(?:informeer|informeren|bericht|berichten)\\s+u\\b|\\b(?:hebben wij|heb ik)\\s+u\\b"
                    + "|\\bin uw (?:brief|verzoek|e-mail)\\b|\\bbij brief van\\b|^hierbij\\s+(?:ontvangt u|stuur|zend|bied|informeer|bericht)",
                    "writer addresses the reader")
                    .needing("inform", "bericht", "hebben wij", "heb ik", "in uw ", "bij brief van", "hierbij"));

    @Override
    public void score(DocumentEvidence doc, KindScores scores) {
        CUES.forEach(c -> scores.apply(c, doc));
    }
}
