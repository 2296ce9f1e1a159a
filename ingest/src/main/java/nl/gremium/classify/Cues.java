package nl.gremium.classify;

import java.util.regex.Pattern;
import nl.gremium.text.CaseFold;

/**
 * Textual cues by which Dutch board paperwork announces what it is; shared by the classifier (what kind is this
 * document) and the bundle splitter (does a new document start on this page). Matched against single
 * whitespace-normalised block texts.
 */
public final class Cues {
    private Cues() {}

    /** Status words a title may open with ("Concept-agenda", "Openbare besluitenlijst", "Vastgesteld verslag"). */
    private static final String STATUS = "(?:(?:concept|voorlopige?|definitieve?|openbaa?re?|vastgestelde?|gewijzigde?)[- ]?\\s*)*";
    public static final Pattern AGENDA_TITLE = re("^" + STATUS + "agenda\\b(?! ?punt)");
    public static final Pattern MINUTES_TITLE = re("^" + STATUS + "(?:verslag|notulen|besluitverslag)\\b(?!.*\\b(?:jaar|rapportage))|^(?:verslag|notulen) van de (?:vergadering|bijeenkomst)");
    /** "gehouden op 12 juni": a meeting held, in minutes' and decision lists' titles alike. */
    public static final Pattern HELD_ON = re("(?<!\\bte\\s)(?<!\\bwordt\\s)(?<!\\bworden\\s)\\bgehouden\\s+(?:op|in|te)\\b");
    /** Also a list of the votes of one meeting: "Overzicht moties en amendementen", "Stemmingsoverzicht", "Uitslag stemmingen". */
    public static final Pattern DECISIONS_TITLE = re("^" + STATUS + "(?:besluitenlijst|actie- en besluitenlijst|besluiten(?:lijst)?\\s+(?:van\\s+)?(?:het\\s+|de\\s+)?(?:dagelijks|algemeen|bestuur|vergadering|college|raad|\\p{L}+\\s+bestuur)"
            + "|(?:overzicht|lijst)\\s+(?:van\\s+(?:de\\s+)?)?(?:ingediende\\s+)?(?:moties\\s+en\\s+amendementen|amendementen\\s+en\\s+moties)"
            + "|stemmingsoverzicht|(?:uitslag(?:en)?|overzicht)\\s+(?:van\\s+(?:de\\s+)?)?stemmingen)");
    public static final Pattern DOCLIST = re("(?:^|onderwerp:?\\s+)(?:lijst\\s+(?:van\\s+)?)?(?:ingekomen\\s+(?:en\\s+(?:verzonden|uitgaande)\\s+)?stukken|ingekomen\\s+en\\s+verzonden\\s+(?:brieven|post)|verzonden\\s+stukken)");
    public static final Pattern SCHEDULE = re("vergader(?:schema|rooster|data|planning|kalender)|jaarplanning vergaderingen");
    /** Proposal titles: "Raadsvoorstel", "Voorstel van het college inzake …", "Gewijzigd initiatiefvoorstel", "GS-nota". */
    public static final Pattern PROPOSAL_TITLE = re("^(?:agendapunt\\b|(?:raads|staten|collega?e?|bestuurs|initiatief)?voorstel\\b"
            + "|(?:(?:tweede\\s+)?gewijzigd|geamendeerd)\\s+(?:raads|initiatief)?voorstel\\b"
            + "|(?:gs|b&w|b\\s+en\\s+w|college)[- ]?(?:nota|advies)\\b|nota\\s+(?:voor|aan)\\s+(?:gedeputeerde\\s+staten|het\\s+college))");
    /** Proposal forms as they head a page (a bare "Voorstel" is also a section heading inside minutes). */
    public static final Pattern PROPOSAL_FORM = re("^(?:agendapunt\\b|(?:raads|college|bestuurs)voorstel\\b|voorstel aan\\b)");
    /** A motion's or amendment's title line ("Motie: …", "MOTIE VAN HET LID …", "Nr. 12 AMENDEMENT VAN …"). */
    public static final Pattern MOTION_TITLE = re("^(?:nr\\.?\\s*\\d+\\s+)?(?:gewijzigde\\s+)?motie\\b(?!\\s+(?:is|wordt|werd)\\b)");
    public static final Pattern AMENDMENT_TITLE = re("^(?:nr\\.?\\s*\\d+\\s+)?(?:gewijzigd\\s+|sub)?amendement\\b(?!\\s+(?:is|wordt|werd)\\b)");
    /** "Geachte heer", "Geacht college", also a scan's "Geachte5.1.2.e" (a redaction code glued to it). */
    public static final Pattern SALUTATION = re("^geachte?(?!\\p{L})");
    /** The closing formula's words ("Hoogachtend", "Met vriendelijke groet(en)"), for the patterns that find it. */
    public static final String CLOSING_WORDS = "(?:hoogachtend|met\\s+(?:vriendelijke|hartelijke|collegiale)\\s+groet(?:en)?)";
    public static final Pattern CLOSING = re("^" + CLOSING_WORDS);
    public static final Pattern LETTER_FIELD = re("^(?:ons\\s+|uw\\s+)?(?:kenmerk|onderwerp|betreft|datum|bijlage\\(?n?\\)?|contactpersoon|doorkiesnummer)\\b\\s*:?\\s*\\S");
    /**
     * The title of a decision on a request ("Besluit op uw Woo-verzoek", "Tweede deelbeschikking op Wob verzoek",
     * "Vervolgbesluit op uw verzoek"): a letter to the requester, also when laid out without a salutation.
     */
    public static final Pattern REQUEST_DECISION = re("^(?:(?:eerste|tweede|derde|vierde|vijfde|laatste)\\s+)?(?:deel|vervolg)?"
            + "(?:beschikking|besluit|beslissing)\\s+op\\s+(?:uw\\s+|het\\s+)?(?:wob|woo|bezwaar|aanvraag|verzoek)");
    /** A letter field's label on a line of its own, as a letterhead grid prints it ("Ons kenmerk", "Onze referentie"). */
    public static final Pattern LETTER_LABEL = re("^(?:ons\\s+|onze\\s+|uw\\s+)?(?:kenmerk|referentie|brief(?:\\s+van)?|zaaknummer|onderwerp"
            + "|betreft|bijlagen?|inlichtingen(?:\\s+bij)?|doorkiesnummer|contactpersoon)\\s*:?$");
    public static final Pattern LETTERHEAD = re("retouradres|^postbus\\b|^t\\.?a\\.?v\\.?\\b|^per adres\\b|^aan\\s+(?:het|de)\\s+(?:college|bestuur|raad|voorzitter)");
    /** Signs that a document ends here: closing formula, signature block, adoption stamp, closing of the meeting. */
    public static final Pattern ENDING = re("^(?:met\\s+(?:vriendelijke|hartelijke|collegiale)\\s+groet|hoogachtend|namens\\s+deze"
            + "|vastgesteld in de vergadering|de (?:voorzitter|secretaris|griffier|burgemeester|minister|staatssecretaris)\\b.{0,60}$)"
            + "|sluit de (?:voorzitter )?(?:de )?vergadering|inspecteur-generaal\\b.{0,60}$|\\bsecretaris\\.?$");
    /** Headings that open a report ("Voorwoord", "1. Inleiding", "Samenvatting"). */
    public static final Pattern OPENER = re("^(?:1\\.?\\s+)?(?:voorwoord|inleiding|samenvatting|managementsamenvatting|ten geleide)$");
    /** Annex headings, which continue the document before them ("BULAGE 1" as OCR reads a capital IJ). */
    public static final Pattern ANNEX = re("^(?:\\d+\\.?\\s+)?b(?:ij|u)lagen?\\b");

    static Pattern re(String regex) {
        return CaseFold.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
