package nl.gremium.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.Metadata;
import nl.gremium.model.Recommendation;
import nl.gremium.nlp.DutchNlp;
import nl.gremium.nlp.SentenceRole;

/**
 * Recommendations of inspection and advisory reports: one per bullet or number in an "Aanbevelingen"
 * section (or after a lead-in such as "beveelt de veiligheidsregio's aan om …:" / "de volgende
 * aanbevelingen:"). The addressee comes from a sub-heading ("Aan de besturen van de veiligheidsregio's")
 * or from the lead-in. Where a section has no list, paragraphs that the sentence-role model reads as
 * recommendations are taken one each.
 */
final class RecommendationTagger implements Tagger {
    @Override
    public void tag(DocumentView view, TagDraft draft) {
        draft.recommendations.addAll(tag(view, draft.ids('r')));
    }

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern SECTION = Pattern.compile(
            "^(?:\\d+(?:\\.\\d+)*\\.?\\s*)?(?:onze\\s+|de\\s+|overige\\s+)?aanbeveling(?:en)?\\b(?!\\s+(?:uit|van\\s+de\\s+inspectie\\s+zijn))", I);
    private static final Pattern ADDRESSEE = Pattern.compile("^aan\\s+(?:de|het|alle|mijn|uw|onze)\\b[^.:;]*$", I);
    private static final Pattern LEAD_IN = Pattern.compile(
            "\\bbevee?l(?:t|en)\\s+(?<a>[^,:;]+?)\\s+aan\\b|\\baanbeveling(?:en)?\\s+(?:aan|voor)\\s+(?<b>[^,:;]+?)\\s*:"
                    + "|\\bvolgende\\s+aanbeveling(?:en)?\\b|\\bkomt\\s+tot\\s+de\\s+volgende\\b", I);
    /** "Aan de minister … - Geef …": an addressee heading the parser glued to the first item. */
    private static final Pattern ADDRESSEE_GLUED = Pattern.compile(
            "^(?<a>aan\\s+(?:de|het|alle|mijn|uw|onze)\\b[^.:;]*?)\\s+(?<m>[-•–]|\\d{1,2}[.)])\\s+(?<t>\\p{Lu}.*)$", I);
    private static final Pattern HEADING_NUMBER = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+");
    private static final Pattern MARKER = Pattern.compile("^(?:\\d{1,2}[.)]|[a-z][.)]|[-•–·o▪■●])\\s+");
    private static final Pattern THEME = Pattern.compile("^([^:.;]{3,80}):\\s");
    private static final Pattern ISSUER_IN_TEXT = Pattern.compile(
            "\\b(Inspectie\\s+(?:Justitie\\s+en\\s+Veiligheid|JenV|[A-Z][\\p{L}]+)|Onderzoeksraad\\s+voor\\s+Veiligheid|"
                    + "Algemene\\s+Rekenkamer|Raad\\s+van\\s+State)\\b");

    private static final class Open {
        final StringBuilder text = new StringBuilder();
        String number;
        String addressee;
        int page;
    }

    List<Recommendation> tag(DocumentView view, IdSequence ids) {
        List<Open> found = new ArrayList<>();
        boolean inSection = false;
        boolean leadInOnly = false;
        int sectionLevel = 0;
        String addressee = null;
        Integer itemLevel = null;
        int lastNumber = 0;
        Open current = null;
        List<Integer> sectionParagraphs = new ArrayList<>();
        int foundAtSectionStart = 0;
        for (int b = 0; b < view.blocks.size(); b++) {
            Block block = view.block(b);
            String t = view.text(b);
            if (block.is(BlockType.TABLE) || t.isEmpty()) {
                continue;
            }
            boolean heading = block.is(BlockType.HEADING) || isShortLabel(block, t);
            String unnumbered = HEADING_NUMBER.matcher(t).replaceFirst("");
            if (heading && inSection && block.is(BlockType.HEADING) && looksLikeItem(t, unnumbered)) {
                // a numbered recommendation the parser took for a heading
                block = Block.listItem(t, block.page(), 1, markerOf(t));
                heading = false;
            }
            if (heading && SECTION.matcher(t).find()) {
                closeSection(view, found, sectionParagraphs, foundAtSectionStart, addressee);
                inSection = true;
                leadInOnly = false;
                sectionLevel = block.level() == null ? 9 : block.level();
                addressee = null;
                itemLevel = null;
                lastNumber = 0;
                current = null;
                sectionParagraphs.clear();
                foundAtSectionStart = found.size();
                continue;
            }
            if (heading && ADDRESSEE.matcher(unnumbered).matches() && (inSection || leadInOnly)) {
                addressee = unnumbered;
                current = null;
                itemLevel = null;
                lastNumber = 0;
                continue;
            }
            if (heading && inSection && !leadInOnly && (block.level() == null || block.level() <= sectionLevel
                    || !block.is(BlockType.HEADING))) {
                closeSection(view, found, sectionParagraphs, foundAtSectionStart, addressee);
                inSection = false;
                current = null;
                continue;
            }
            Matcher glued = ADDRESSEE_GLUED.matcher(t);
            if (!block.is(BlockType.HEADING) && (inSection || leadInOnly) && glued.matches()) {
                addressee = glued.group("a").trim();
                itemLevel = 1;
                lastNumber = 0;
                current = new Open();
                current.addressee = addressee;
                current.page = block.page();
                current.number = glued.group("m").matches("\\d.*") ? glued.group("m") : null;
                current.text.append(glued.group("t"));
                found.add(current);
                continue;
            }
            Matcher lead = LEAD_IN.matcher(t);
            if (!block.is(BlockType.LIST_ITEM) && lead.find() && (t.endsWith(":") || inSection)) {
                String a = lead.group("a") != null ? lead.group("a") : lead.group("b");
                if (a != null) {
                    addressee = a.trim();
                }
                if (!inSection) {
                    inSection = true;
                    leadInOnly = true;
                    foundAtSectionStart = found.size();
                    sectionParagraphs.clear();
                }
                current = null;
                itemLevel = null;
                continue;
            }
            if (!inSection) {
                continue;
            }
            boolean listItem = block.is(BlockType.LIST_ITEM) || MARKER.matcher(t).find() && !heading;
            if (listItem) {
                int level = block.level() == null ? 1 : block.level();
                String marker = block.number() != null ? block.number() : markerOf(t);
                Integer n = marker != null && marker.matches("\\d+[.)]?") ? Integer.valueOf(marker.replaceAll("\\D", "")) : null;
                if ((itemLevel == null || level <= itemLevel) && n != null && n <= lastNumber) {
                    // numbering restarts or goes back: a new list (e.g. a numbered chapter), not this one
                    closeSection(view, found, sectionParagraphs, foundAtSectionStart, addressee);
                    inSection = false;
                    current = null;
                    continue;
                }
                if (itemLevel == null || level <= itemLevel || current == null) {
                    itemLevel = level;
                    lastNumber = n != null ? n : lastNumber;
                    current = new Open();
                    // "1." or "a)" identifies the recommendation; a bullet does not
                    current.number = marker != null && marker.matches(".*[\\p{L}\\p{N}].*") ? marker : null;
                    current.addressee = addressee;
                    current.page = block.page();
                    current.text.append(MARKER.matcher(t).replaceFirst(""));
                    found.add(current);
                } else {
                    current.text.append(' ').append(withMarker(block, t));
                }
                continue;
            }
            if (leadInOnly && current != null && heading) {
                inSection = false;
                current = null;
                continue;
            }
            if (current != null && continues(current.text)) {
                current.text.append(' ').append(t);
            } else if (leadInOnly && current != null) {
                inSection = false; // the list after a lead-in has ended
                current = null;
            } else {
                sectionParagraphs.add(b);
            }
        }
        closeSection(view, found, sectionParagraphs, foundAtSectionStart, addressee);

        Metadata m = view.doc.metadata();
        String issuer = m != null && m.organisation() != null ? m.organisation() : issuerFromText(view);
        List<Recommendation> out = new ArrayList<>();
        for (Open o : found) {
            String text = o.text.toString().trim();
            Matcher th = THEME.matcher(text);
            out.add(new Recommendation(ids.next(), text, o.number, issuer, o.addressee, m == null ? null : m.title(),
                    m == null ? null : m.date(), th.find() ? th.group(1).trim() : null, o.page));
        }
        return out;
    }

    /** A section without list items: its paragraphs that read as recommendations, one each. */
    private static void closeSection(DocumentView view, List<Open> found, List<Integer> paragraphs, int foundAtStart,
                                     String addressee) {
        if (found.size() > foundAtStart) {
            paragraphs.clear();
            return;
        }
        for (int b : paragraphs) {
            List<DocumentView.Sentence> s = view.sentences(b);
            if (!s.isEmpty() && DutchNlp.get().role(s.get(0).text()).role() == SentenceRole.recommendation) {
                Open o = new Open();
                o.text.append(view.text(b));
                o.addressee = addressee;
                o.page = view.block(b).page();
                found.add(o);
            }
        }
        paragraphs.clear();
    }

    /** The previous item's text stops mid-sentence, so this paragraph is its continuation. */
    private static boolean continues(StringBuilder text) {
        String t = text.toString().trim();
        return !t.isEmpty() && !t.matches("(?s).*[.!?;:]$");
    }

    private static boolean isShortLabel(Block b, String t) {
        return b.is(BlockType.PARAGRAPH) && t.length() < 200 && t.split(" ").length <= 14
                && ".;:!?".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    /** A long numbered "heading" cut off mid-sentence, or one the role model reads as a recommendation. */
    private static boolean looksLikeItem(String t, String unnumbered) {
        if (unnumbered.equals(t) || ADDRESSEE.matcher(unnumbered).matches() || SECTION.matcher(t).find()) {
            return false;
        }
        int words = unnumbered.split(" ").length;
        return words > 8 || words >= 4 && DutchNlp.get().role(unnumbered).role() == SentenceRole.recommendation;
    }

    private static String markerOf(String t) {
        Matcher m = MARKER.matcher(t);
        return m.find() ? m.group().trim() : null;
    }

    private static String withMarker(Block b, String t) {
        return b.number() != null && !t.startsWith(b.number()) ? b.number() + " " + t : t;
    }

    private static String issuerFromText(DocumentView view) {
        for (int b = 0; b < Math.min(view.blocks.size(), 40); b++) {
            Matcher m = ISSUER_IN_TEXT.matcher(view.text(b));
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }
}
