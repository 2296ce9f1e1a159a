package nl.gremium.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vote per party where a decision list or minutes print it: "voor: VVD, CDA en D66; tegen: PVV",
 * "Voor stemden de fracties van GL, PvdA. Tegen stemden SP en PVV." One line per side, the parties as printed.
 */
final class PartyVotes {
    /** One side of a vote: "voor" or "tegen", with its parties as printed. */
    record Side(String vote, List<String> parties) {}

    private static final Pattern SIDE = Pattern.compile(
            "\\b(?<vote>[Vv]oor|[Tt]egen)(?:\\s+(?:stemden|stemmen|stemde|hebben\\s+gestemd))?(?:\\s+de\\s+fracties?\\s+(?:van\\s+)?)?\\s*:?\\s*"
                    + "(?<list>(?:\\p{Lu}[\\p{L}\\d&/-]*(?:\\s+\\p{Lu}[\\p{L}\\d&/-]*)?(?:\\s*(?:,|en)\\s*)?)+)",
            Pattern.UNICODE_CASE);

    private PartyVotes() {}

    static List<Side> in(String text) {
        List<Side> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = SIDE.matcher(text);
        while (m.find()) {
            List<String> parties = new ArrayList<>();
            for (String p : m.group("list").split("\\s*(?:,|\\ben\\b)\\s*")) {
                if (!p.isBlank()) {
                    parties.add(p.strip());
                }
            }
            if (!parties.isEmpty() && out.stream().noneMatch(s -> s.vote().equalsIgnoreCase(m.group("vote")))) {
                out.add(new Side(m.group("vote").toLowerCase(Locale.ROOT), List.copyOf(parties)));
            }
        }
        return out;
    }
}
