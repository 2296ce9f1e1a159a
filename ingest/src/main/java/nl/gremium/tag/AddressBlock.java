package nl.gremium.tag;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.classify.Cues;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.text.BlockText;
import nl.gremium.text.CaseFold;

/**
 * Whom a letter is for, as its address block above the salutation says: labelled ("Aan het college van burgemeester en
 * wethouders van de gemeente X", "Aan: de leden van het algemeen bestuur"), or as printed for the envelope's window, the
 * addressing body first ("College van burgemeester en wethouders van de gemeente Zwolle Postbus …"). A window line must
 * name the body's organisation and not the sender's own, so a letterhead ("Gedeputeerde Staten van Overijssel") over a
 * letter of that province is not taken for its address.
 */
final class AddressBlock {
    /** The addressee line of a letterhead: "Aan het college van …", "Aan: de leden van het algemeen bestuur". */
    private static final Pattern TO = CaseFold.compile("^aan\\s*:?\\s+(?<who>.+)$", Pattern.CASE_INSENSITIVE);
    /** The same line run into the letterhead before it by the parser ("… 5900 AA Venlo Aan het dagelijks bestuur van …"). */
    private static final Pattern TO_INSIDE = Pattern.compile("(?<=\\s)Aan\\s+(?:het|de)\\s+(?<who>.+)$");
    /** The postal lines run into the addressee's ("… Lindeveld Postbus 12 8000 AB Lindeveld", "T.a.v. de heer …"). */
    private static final Pattern POSTAL = Pattern.compile("\\s+(?:Postbus|Postadres|Antwoordnummer|[Tt]\\.\\s?a\\.\\s?v\\.|\\d{4}\\s?[A-Z]{2}\\b).*$");
    /** Where a letterhead ends at the latest. */
    private static final int HEAD = 10;

    private AddressBlock() {}

    /** The address as printed after any "Aan" and before its postal lines, or empty when the letter's head has none. */
    static Optional<String> addressee(List<Block> blocks, String senderOrganisation) {
        for (int b = 0; b < Math.min(HEAD, blocks.size()); b++) {
            if (blocks.get(b).is(BlockType.TABLE)) {
                continue;
            }
            String text = BlockText.normalise(blocks.get(b).text()).strip();
            if (Cues.SALUTATION.matcher(text).find()) {
                return Optional.empty();
            }
            Matcher to = TO.matcher(text);
            Matcher inside = TO_INSIDE.matcher(text);
            if (to.matches() || inside.find()) {
                return Optional.of(withoutPostalLines(to.matches() ? to.group("who") : inside.group("who")));
            }
            if (windowLine(text, senderOrganisation)) {
                return Optional.of(withoutPostalLines(text));
            }
        }
        return Optional.empty();
    }

    private static String withoutPostalLines(String address) {
        return POSTAL.matcher(address).replaceFirst("");
    }

    /** A body opening the block ("College van burgemeester en wethouders") and an organisation not the sender's. */
    private static boolean windowLine(String text, String senderOrganisation) {
        String body = Addressees.leading(text);
        if (body == null || body.equalsIgnoreCase("u")) {
            return false;
        }
        Optional<String> named = NamedOrganisation.first(text);
        return named.isPresent() && (senderOrganisation == null || !senderOrganisation.contains(named.get()));
    }
}
