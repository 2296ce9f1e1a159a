package nl.gremium.meta;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.classify.Cues;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.text.BlockText;
import nl.gremium.text.CaseFold;

/**
 * The office that signs a letter, as its closing names it: "De Minister van Economische Zaken en Klimaat,", "de
 * staatssecretaris van Financiën - Fiscaliteit en Belastingdienst, namens deze", "Gedeputeerde Staten van Overijssel,".
 * A letter is its signatory's: a minister's letter to a college is not the college's, whom its address names.
 */
final class Signatory {
    /**
     * Where an office ends: a comma or colon, the line's end, "namens deze" (or "voor deze"), or the signer's name run on
     * without a comma ("… Belastingdienst en Fiscaliteit mr. M.S. Kok").
     */
    private static final String OFFICE_END = "[,;:]|$|namens\\b|voor\\s+deze\\b|(?:mr|drs|dr|ir|ing|prof)\\.\\s";
    /**
     * The office at the start of a line: a minister with the portfolio, commas inside its name included ("Landbouw,
     * Natuur en Voedselkwaliteit"), or a board, without the organisation it is the board of.
     */
    private static final Pattern OFFICE = CaseFold.compile("(?iu)^(?:de\\s+|het\\s+)?(?<office>"
            + "(?:minister(?:-president)?|staatss?ecretaris|inspecteur-generaal|directeur-generaal)"
            // a comma goes on with the portfolio's next word, not with "namens deze" (or "voor deze") or a letterhead label run into the line
            // "De Minister Landbouw, …": a scan or a template may lose the "van" before a portfolio
            + "(?:\\s+(?:(?:van|voor)\\s+|(?=(?-i:\\p{Lu}\\p{Ll}{3,})))[^,;]{2,80}?(?:,\\s+(?!(?:namens|ons|uw|datum|kenmerk|onderwerp|betreft|pagina|bijlagen?)\\b)"
            + "(?-i:\\p{Lu})[^,;]{1,60}?)*)?"
            // a portfolio may hold "van" ("Staatssecretaris van het Ministerie van Infrastructuur en Waterstaat")
            + "(?=\\s*(?:" + OFFICE_END + "))"
            + "|gedeputeerde\\s+staten|(?:het\\s+)?college\\s+van\\s+burgemeester\\s+en\\s+wethouders|burgemeester\\s+en\\s+wethouders"
            + "|(?:dagelijks|algemeen)\\s+bestuur)(?=\\s*(?:" + OFFICE_END + "|van\\b))");
    /**
     * An audit office signing with its name ("De rekenkamercommissie Heuvelland, drs. P. Jansen, voorzitter", "Noordelijke
     * Rekenkamer,"): the body is the audit office, as a council's is "Gemeenteraad", without the name.
     */
    private static final Pattern AUDIT_OFFICE = CaseFold.compile("(?iu)^(?:de\\s+|het\\s+)?(?:(?-i:\\p{Lu})\\p{L}+\\s+)?"
            + "(?<office>rekenkamer(?:commissie)?)\\b(?:\\s+(?-i:\\p{Lu})[\\p{L}-]*){0,3}\\s*(?:[,;:]|$)");
    /**
     * What follows the office in a line that signs ("De Minister van Justitie en Veiligheid,", "Gedeputeerde Staten van
     * Overijssel, voorzitter, … secretaris, …"), with or without a closing above it.
     */
    private static final Pattern SIGNING_REST = CaseFold.compile(
            "(?iu)(?:\\s+van\\s+[^,;]{1,60})?(?:\\s*,?\\s*(?:namens|voor)\\s+deze\\b.*|\\s*,\\s*(?:(?:de\\s+)?(?:voorzitter|secretaris|griffier)\\b.*"
                    // the date the layout put beside the signature ("De Minister van X, 16 maart 2022")
                    + "|(?:mr|drs|dr|ir|ing|prof)\\b.*|\\d{1,2}\\s+\\p{L}{3,10}\\s+(?:19|20)\\d{2}\\b.*)?)");
    /** The closing formula, also where the parser ran it into the line before ("Datum: Hoogachtend, de Minister …"). */
    private static final Pattern CLOSING = CaseFold.compile(
            // Woo decisions head their signature "Ondertekening" where a letter closes "Hoogachtend"; a closing may
            // sign on behalf ("Hoogachtend, namens de staatssecretaris van …")
            "(?iu)(?<!\\p{L})(?:" + Cues.CLOSING_WORDS + "|^ondertekening\\b)[\\s,.]*"
                    + "(?:namens\\s+(?=de\\s+|het\\s+))?");
    private static final Pattern URL = Pattern.compile("\\s*\\bhttps?://\\S+");
    /** A signing line is short: the office, "namens deze", the signer's name and post. */
    private static final int SIGNING_LENGTH = 200;
    /** Lines after the closing in which the office stands. */
    private static final int AFTER = 4;

    private Signatory() {}

    /**
     * The office under the first closing formula ("Hoogachtend,") that names one, else the last line that is an office
     * alone and ends in a comma, as a letter without a closing signs; as "Minister van …".
     */
    static Optional<String> of(List<Block> content) {
        return underClosing(content).or(() -> signingLine(content));
    }

    private static Optional<String> signingLine(List<Block> content) {
        for (int i = content.size() - 1; i >= 0; i--) {
            // the letterhead's web address run into the line ("De minister van X, http://www.rijksoverheid.nl/ namens deze,")
            String text = URL.matcher(BlockText.normalise(content.get(i).text())).replaceAll("").replaceAll("\\s+", " ").strip();
            Matcher m = OFFICE.matcher(text);
            if (!content.get(i).is(BlockType.TABLE) && text.length() <= SIGNING_LENGTH && m.find()
                    && SIGNING_REST.matcher(text.substring(m.end())).matches()) {
                return office(text);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> underClosing(List<Block> content) {
        for (int i = 0; i < content.size(); i++) {
            if (content.get(i).is(BlockType.TABLE)) {
                continue;
            }
            String text = BlockText.normalise(content.get(i).text()).strip();
            Matcher closing = CLOSING.matcher(text);
            if (!closing.find()) {
                continue;
            }
            // the office may follow in the closing's own block ("Hoogachtend, De Minister van …")
            Optional<String> office = office(text.substring(closing.end()));
            for (int j = i + 1; office.isEmpty() && j < Math.min(content.size(), i + 1 + AFTER); j++) {
                office = office(BlockText.normalise(content.get(j).text()).strip());
            }
            if (office.isPresent()) {
                return office;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> office(String line) {
        Matcher m = OFFICE.matcher(line);
        if (!m.find()) {
            Matcher audit = AUDIT_OFFICE.matcher(line);
            return audit.find() ? Optional.of(MetadataExtractor.capitalise(audit.group("office").toLowerCase(Locale.ROOT))) : Optional.empty();
        }
        // a scan reads the closing comma as a full stop ("De Minister voor Natuur en Stikstof.")
        String office = m.group("office").replaceAll("\\s+", " ").replaceFirst("(?i)^het\\s+", "").replaceFirst("[.\\s]+$", "");
        if (office.equals(office.toUpperCase(Locale.ROOT))) {
            office = Organisations.unshouted(office);
        }
        office = office.replaceFirst("(?i)^staatsecretaris", "Staatssecretaris"); // the common misspelling, as the office is named
        office = office.replaceFirst("(?i)^(minister|staatssecretaris)\\s+(?!van\\b|voor\\b)(?=\\p{Lu})", "$1 van ");
        boolean board = !office.toLowerCase(Locale.ROOT).matches("(?:minister|staatssecretaris|inspecteur|directeur).*");
        // a board as the other bodies are named ("Gedeputeerde staten"); a minister's portfolio as printed
        return Optional.of(MetadataExtractor.capitalise(board ? office.toLowerCase(Locale.ROOT) : office));
    }
}
