package nl.gremium.tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.BlockType;
import nl.gremium.model.Entity;
import nl.gremium.model.EntityType;
import nl.gremium.text.DutchDates;
import nl.gremium.text.Whitespace;

/**
 * People (with the role stated beside them), organisations, municipalities and dates, by pattern. Each
 * entity once per document (first mention), keyed by type and normalised form.
 */
final class EntityTagger implements Tagger {
    @Override
    public void tag(DocumentView view, TagDraft draft) {
        draft.entities.addAll(tag(view));
    }

    private static final String NAME = "(?:(?i:van|de|der|den|ten|ter|het|op\\s+de|in\\s+'t)\\s+)*[A-Z][\\p{L}'-]+(?:-[A-Z][\\p{L}-]+)?";
    /** A titled person ("De heer Van der Berg", "mevrouw drs. K. de Wit"), with the role beside it if stated. */
    static final Pattern PERSON = Pattern.compile(
            "(?=[DdMm])\\b(?<title>[Dd]e\\s+heer|[Mm]evrouw|[Dd]hr\\.|[Mm]evr\\.|[Mm]w\\.)\\s+(?:(?:mr|drs|dr|ir|ing|prof)\\.\\s+)*"
                    + "(?:[A-Z]\\.\\s*)*(?<name>" + NAME + ")"
                    + "(?:\\s*(?:,|\\()\\s*(?<role>(?:voorzitter|secretaris|directeur|burgemeester|wethouder|"
                    + "portefeuillehouder|commandant|adviseur|controller|programmamanager|lid|plaatsvervangend)"
                    + "[^,;.)]{0,60}))?");
    private static final Pattern ROLE_FIRST = Pattern.compile(
            // not "directeur": what follows it names a unit ("directeur Wetgeving", "directeur Sport"), hardly ever a person
            "(?=[BbWwVv])\\b(?<role>[Bb]urgemeester|[Ww]ethouder|[Vv]oorzitter)\\s+(?!(?:Veiligheidsregio|Veiligheidsberaad|"
                    + "Inspectie|Gemeente|Regio|Bestuur|College|GGD|GHOR|Brandweer|Politie)\\b)(?<name>[A-Z][\\p{L}'-]+)\\b");
    private static final Pattern ORG = Pattern.compile(
            "(?=[VIMmOGBPWNRT])\\b(?:Veiligheidsregio\\s+[A-Z][\\p{L}-]+(?:[- ][A-Z][\\p{L}-]+)*|Inspectie\\s+(?:Justitie\\s+en\\s+Veiligheid|JenV)|"
                    + "[Mm]inisterie\\s+van\\s+[A-Z][\\p{L}]+(?:(?:\\s+en|,)\\s+[A-Z][\\p{L}]+|\\s+Zaken\\b)*|Veiligheidsberaad|"
                    + "Onderzoeksraad\\s+voor\\s+Veiligheid|GGD\\s+[A-Z][\\p{L}-]+|GHOR(?:\\s+[A-Z][\\p{L}-]+)?|"
                    + "Brandweer\\s+[A-Z][\\p{L}-]+|Politie\\s+[A-Z][\\p{L}-]+|Waterschap\\s+[A-Z][\\p{L}-]+(?:\\s+[A-Z][\\p{L}-]+)*|"
                    + "Instituut\\s+Fysieke\\s+Veiligheid|NCTV|Rijkswaterstaat|VNG|Tweede\\s+Kamer)\\b");
    private static final Pattern MUNICIPALITY = Pattern.compile(
            "(?=[Gg])\\b[Gg]emeente(?:n)?\\s+(?<name>[A-Z][\\p{L}'-]+(?:[- ](?!" + NamedOrganisation.ADDRESS_WORD + ")[A-Z][\\p{L}'-]+)?)");
    List<Entity> tag(DocumentView view) {
        Map<String, Entity> out = new LinkedHashMap<>();
        for (int b = 0; b < view.blocks.size(); b++) {
            if (view.is(b, BlockType.TABLE)) {
                continue;
            }
            String t = view.text(b);
            int page = view.block(b).page();
            Matcher m = PERSON.matcher(t);
            while (m.find()) {
                String name = m.group("name");
                String role = m.group("role") == null ? null : m.group("role").trim();
                add(out, new Entity(EntityType.person, t.substring(m.start(), m.end("name")), name, role, page));
            }
            m = ROLE_FIRST.matcher(t);
            while (m.find()) {
                add(out, new Entity(EntityType.person, m.group(), m.group("name"), m.group("role").toLowerCase(Locale.ROOT), page));
            }
            m = ORG.matcher(t);
            while (m.find()) {
                add(out, new Entity(EntityType.organisation, m.group(), Whitespace.normalize(m.group()), null, page));
            }
            m = MUNICIPALITY.matcher(t);
            while (m.find()) {
                add(out, new Entity(EntityType.municipality, m.group(), m.group("name"), null, page));
            }
            Integer year = view.doc.metadata() == null || view.doc.metadata().date() == null ? null
                    : view.doc.metadata().date().getYear();
            for (DutchDates.Found d : DutchDates.findAll(t, year)) {
                if (d.precision() == DutchDates.Precision.DAY) {
                    add(out, new Entity(EntityType.date, d.raw().trim(), d.date().toString(), null, page));
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private static void add(Map<String, Entity> out, Entity e) {
        String key = e.type() + "|" + e.normalized().toLowerCase(Locale.ROOT);
        Entity old = out.get(key);
        if (old == null || old.role() == null && e.role() != null) {
            out.put(key, old == null ? e : new Entity(old.type(), old.text(), old.normalized(), e.role(), old.page()));
        }
    }
}
