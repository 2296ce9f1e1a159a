package nl.gremium.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.text.BlockText;
import nl.gremium.text.RegexGuard;

/**
 * The text of one document cut into the {@link Zone}s the recognisers look at, computed once per document.
 */
public final class DocumentEvidence {
    private static final int TITLE_LINES = 5;
    private static final int TITLE_SCAN = 15;
    private static final int HEAD_MIN = 15;
    private static final int HEAD_MAX = 30;
    private static final int TAIL = 25;
    private static final int ITEM_BLOCKS = 60;

    /**
     * Lines at the top that are form furniture rather than a title: a bare label ("Stuknummer:", "Datum"), a
     * letter field with its value ("Kenmerk: 2026/113"), a line without letters (dates, numbers), a short code
     * ("RIS12345", "kst-36100-12", "A.3 VVD") or the letterhead's address (a post box, a line with a postcode).
     */
    private static final Pattern NOT_A_TITLE = Cues.re("^[\\p{L}() -]{1,40}:$|^(?:ons |uw )?(?:datum|kenmerk|zaaknummer"
            + "|registratienummer|documentnummer|stuknummer|bijlagen?|pagina|contactpersoon|telefoon|e-?mail|inlichtingen"
            + "|doorkiesnummer|uitslag stemming|ris-nummer|verzonden|status)\\b.{0,60}$|^[^\\p{L}]*$"
            + "|^postbus\\b|^(?=.{0,80}$).*(?-i:\\b\\d{4} ?[A-Z]{2}\\b)");
    private static final Pattern SHORT_CODE = Pattern.compile("^\\S*\\d\\S*(?:\\s+\\S+)?$");

    private final Map<Zone, List<String>> zones = new EnumMap<>(Zone.class);
    private final Map<Zone, List<String>> foldedZones = new EnumMap<>(Zone.class);
    private final int pages;
    private final int size;
    private final double numberedShare;

    private DocumentEvidence(List<Block> blocks) {
        List<Block> content = BlockText.content(blocks);
        List<Block> text = content.stream().filter(b -> !b.is(BlockType.TABLE)).toList();
        int firstPage = text.isEmpty() ? 0 : text.get(0).page();
        long onFirstPage = text.stream().filter(b -> b.page() == firstPage).count();
        int head = (int) Math.max(HEAD_MIN, Math.min(HEAD_MAX, onFirstPage));
        zones.put(Zone.TITLE, title(text));
        zones.put(Zone.HEAD, texts(text.subList(0, Math.min(head, text.size()))));
        zones.put(Zone.UNNUMBERED_HEAD, texts(content.subList(0, Math.min(HEAD_MIN, content.size())).stream()
                .filter(b -> !b.is(BlockType.TABLE) && BlockText.outlineNumber(b) == null).toList()));
        zones.put(Zone.TAIL, texts(text.subList(Math.max(0, text.size() - TAIL), text.size())));
        zones.put(Zone.ALL, texts(text));
        zones.put(Zone.HEADINGS, texts(content.stream().filter(BlockText::headingLike).toList()));
        zones.put(Zone.ITEMS, items(content.subList(0, Math.min(ITEM_BLOCKS, content.size()))));
        pages = content.isEmpty() ? 0 : content.get(content.size() - 1).page() - content.get(0).page() + 1;
        size = content.size();
        long numbered = content.stream()
                .filter(b -> BlockText.outlineNumber(b) != null && BlockText.words(b.text()) <= 14).count();
        numberedShare = content.isEmpty() ? 0 : (double) numbered / content.size();
    }

    public static DocumentEvidence of(List<Block> blocks) {
        return new DocumentEvidence(blocks);
    }

    /** The normalised lines of a zone. */
    public List<String> lines(Zone zone) {
        return zones.get(zone);
    }

    public boolean any(Zone zone, Pattern p) {
        return lines(zone).stream().anyMatch(l -> p.matcher(l).find());
    }

    /** Lines of the zone that match, counted up to {@code limit}: a caller whose score saturates needs no more. */
    public int count(Zone zone, Pattern p, int limit) {
        return count(zone, p, List.of(), limit);
    }

    /**
     * Lines of the zone that match, counted up to {@code limit}; with {@code needs}, only lines whose folded text
     * holds one of those literals go to the regex ({@link RegexGuard}).
     */
    public int count(Zone zone, Pattern p, List<String> needs, int limit) {
        List<String> lines = lines(zone);
        List<String> folded = needs.isEmpty() ? null : folded(zone);
        int n = 0;
        for (int i = 0; i < lines.size() && n < limit; i++) {
            if ((folded == null || RegexGuard.containsAny(folded.get(i), needs)) && p.matcher(lines.get(i)).find()) {
                n++;
            }
        }
        return n;
    }

    /** The zone's lines folded for literal guards, computed once per zone. */
    private List<String> folded(Zone zone) {
        return foldedZones.computeIfAbsent(zone, z -> lines(z).stream().map(RegexGuard::fold).toList());
    }

    /** Pages the document spans. */
    public int pages() {
        return pages;
    }

    /** Number of content blocks. */
    public int size() {
        return size;
    }

    /** Share of blocks that are short numbered lines: an agenda is mostly its item list. */
    public double numberedShare() {
        return numberedShare;
    }

    /**
     * An organisation's name that a letterhead line runs into the title ("Veiligheidsregio Kempenland Agenda vergadering
     * algemeen bestuur"): type word, then one to three capitalised words of its place.
     */
    private static final Pattern LEADING_ORGANISATION = Cues.re("^(?:veiligheidsregio|gemeente|provincie|waterschap|hoogheemraadschap"
            + "|ggd|omgevingsdienst|rekenkamer(?:commissie)?)\\s+(?-i:\\p{Lu})[\\p{L}'’-]*");
    private static final Pattern NEXT_CAPITAL = Pattern.compile("\\s+(?=\\p{Lu})");
    private static final int PLACE_WORDS = 3;

    private static List<String> title(List<Block> text) {
        List<String> lines = new ArrayList<>();
        List<String> runOn = new ArrayList<>();
        for (Block b : text.subList(0, Math.min(TITLE_SCAN, text.size()))) {
            String t = BlockText.normalise(b.text());
            // a letterhead's name printed twice (as text and as a heading) is one line of the title zone
            if (!NOT_A_TITLE.matcher(t).find() && !SHORT_CODE.matcher(t).matches() && !lines.contains(t)) {
                lines.add(t);
                runOn.addAll(afterOrganisation(t));
                if (lines.size() == TITLE_LINES) {
                    break;
                }
            }
        }
        lines.addAll(runOn);
        return List.copyOf(lines);
    }

    /** What a line says after the organisation's name it opens with, at each place the name may end; empty if none. */
    private static List<String> afterOrganisation(String line) {
        Matcher org = LEADING_ORGANISATION.matcher(line);
        if (!org.lookingAt()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Matcher next = NEXT_CAPITAL.matcher(line);
        int from = org.end();
        for (int i = 0; i < PLACE_WORDS && next.find(from); i++) {
            out.add(line.substring(next.end()));
            from = next.end();
        }
        return out;
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(b -> BlockText.normalise(b.text())).toList();
    }

    /** Block texts, a table contributing one line per row (cells joined by spaces). */
    private static List<String> items(List<Block> blocks) {
        return blocks.stream()
                .flatMap(b -> b.is(BlockType.TABLE) ? Arrays.stream(b.text().split("\n")) : Stream.of(b.text()))
                .map(BlockText::normalise).filter(t -> !t.isEmpty()).toList();
    }
}
