package nl.gremium.tag;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Veiligheidsregio IJsselland", "gemeente Deventer", "regio Twente": a public organisation named by its kind and its
 * name, as letters, their address blocks and the rows of funding tables name recipients.
 */
final class NamedOrganisation {
    /** Address labels that a parser runs into a name on the line before ("gemeente Zwolle Postbus 100"): never a name's word. */
    static final String ADDRESS_WORD = "(?:Postbus|Postadres|Bezoekadres|Retouradres)\\b";
    /** Groups {@code kind} ("gemeente") and {@code name} ("Deventer"). */
    static final Pattern PATTERN = Pattern.compile(
            "(?<kind>[Vv]eiligheidsregio|[Gg]emeente|[Pp]rovincie|[Rr]egio(?!\\s+Deal\\b)|[Ww]aterschap|[Hh]oogheemraadschap|GGD"
                    + "|[Oo]mgevingsdienst)"
                    // the name's words, up to an address run into it ("Waterschap Rijn en IJssel Postbus 148")
                    + "\\s+(?<name>\\p{Lu}[\\p{L}’'-]*(?:[ -](?:en\\s+)?(?!" + ADDRESS_WORD + ")"
                    + "\\p{Lu}[\\p{L}’'-]*)*)");

    private NamedOrganisation() {}

    /** The bare name of the first organisation {@code text} names ("Zwolle"). */
    static Optional<String> first(String text) {
        Matcher m = PATTERN.matcher(text);
        return m.find() ? Optional.of(m.group("name")) : Optional.empty();
    }
}
