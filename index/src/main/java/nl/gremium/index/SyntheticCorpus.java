package nl.gremium.index;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import nl.gremium.model.Action;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Amount;
import nl.gremium.model.Block;
import nl.gremium.model.Decision;
import nl.gremium.model.DocKind;
import nl.gremium.model.FundingFact;
import nl.gremium.model.FundingKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Metadata;
import nl.gremium.model.Outcome;
import nl.gremium.model.Recommendation;
import nl.gremium.model.SourceFile;
import nl.gremium.model.Tags;
import nl.gremium.store.DataStore;

/**
 * A large, realistic-looking archive of Dutch safety-region board papers for the search benchmark:
 * minutes, decision lists, agendas, inspection reports and ministry letters, built from templates
 * with varied governance vocabulary, places, bodies, dates and amounts. Deterministic for a seed.
 * Every document is a real {@link LogicalDocument} written through {@link DataStore}, so indexing it
 * exercises the same path as ingested documents.
 */
public final class SyntheticCorpus {
    static final String[] REGIONS = {"IJsselland", "Twente", "Noord- en Oost-Gelderland", "Gelderland-Midden",
            "Gelderland-Zuid", "Utrecht", "Flevoland", "Gooi en Vechtstreek", "Kennemerland", "Zaanstreek-Waterland",
            "Amsterdam-Amstelland", "Hollands Midden", "Haaglanden", "Rotterdam-Rijnmond", "Zuid-Holland Zuid",
            "Zeeland", "Midden- en West-Brabant", "Brabant-Noord", "Brabant-Zuidoost", "Limburg-Noord",
            "Zuid-Limburg", "Groningen", "Friesland", "Drenthe", "Noord-Holland Noord"};
    static final String[] PLACES = {"Zwolle", "Deventer", "Kampen", "Dalfsen", "Ommen", "Hardenberg", "Raalte",
            "Olst-Wijhe", "Staphorst", "Steenwijk", "Almelo", "Hengelo", "Enschede", "Oldenzaal", "Rijssen",
            "Hellendoorn", "Zutphen", "Apeldoorn", "Epe", "Heerde", "Hattem", "Elburg", "Nunspeet", "Harderwijk",
            "Lochem", "Doetinchem", "Winterswijk", "Arnhem", "Ede", "Nijmegen", "Tiel", "Lelystad", "Almere",
            "Haarlem", "Zaandam", "Leiden", "Gouda", "Dordrecht", "Middelburg", "Goes", "Breda", "Tilburg",
            "Eindhoven", "Venlo", "Heerlen", "Maastricht", "Assen", "Emmen", "Leeuwarden", "Sneek"};
    static final String[] TOPICS = {"de jaarstukken", "de begroting", "de begrotingswijziging", "de kadernota",
            "het vastgoedbeleid voor de brandweerkazernes", "de nieuwbouw van de brandweerkazerne",
            "de renovatie van de brandweerpost", "de campagne risicocommunicatie", "de versterking van de crisisbeheersing",
            "de continuïteitsplannen bij langdurige stroomuitval", "de samenwerking in de meldkamer",
            "de ambulancezorg", "de bevolkingszorg", "het vrijwilligersbeleid", "het oefenprogramma",
            "de informatievoorziening tijdens crises", "de voorbereiding op hoogwater", "de aanpak van natuurbranden",
            "de basisnormen weerbaarheid", "het regionaal risicoprofiel", "het regionaal beleidsplan",
            "de opkomsttijden van de brandweer", "het materieelplan", "de vervanging van tankautospuiten",
            "de bluswatervoorziening", "de digitale weerbaarheid", "de personeelsformatie", "het opleidingsplan",
            "het gezondheidsonderzoek naar brandweermensen", "het schuimvrij blussen", "de duurzame huisvesting",
            "de verzekeringsportefeuille", "het treasurystatuut", "de reserves en voorzieningen",
            "het weerstandsvermogen", "de Brede Doeluitkering Rampenbestrijding", "de incidentbestrijding",
            "de evaluatie van de grote brand", "de inzet bij het chemisch incident", "de vitale infrastructuur",
            "de arbeidsmarktcommunicatie", "de dienstverlening aan gemeenten", "de risicogerichte advisering",
            "het toezicht op evenementen", "de energietransitie en brandveiligheid", "de bereikbaarheidskaarten",
            "de regeling bezoldiging", "de gemeenschappelijke regeling", "de zienswijze van de gemeenteraden",
            "het jaarverslag van de GHOR"};
    static final String[] BODIES = {"Algemeen bestuur", "Dagelijks bestuur"};
    static final String[] ISSUERS = {"Inspectie Justitie en Veiligheid", "Rekenkamer", "Auditcommissie",
            "Onderzoeksraad voor Veiligheid"};
    static final String[] ACTORS = {"de directeur", "de secretaris", "de portefeuillehouder financiën",
            "de commandant brandweer", "de directeur publieke gezondheid", "het hoofd bedrijfsvoering",
            "de controller", "de coördinator risicocommunicatie"};
    static final String[] DECISIONS = {
            "Het %s heeft besloten %s %s vast te stellen.",
            "Het %s stemt in met %s %s en mandateert de directeur voor de uitvoering.",
            "Het %s neemt kennis van %s %s.",
            "Het %s besluit %s %s aan te houden tot de volgende vergadering.",
            "Het %s keurt %s %s goed, met inachtneming van de gemaakte opmerkingen.",
            "Het %s stelt %s %s vast en biedt deze aan de gemeenteraden aan voor een zienswijze.",
            "Het %s besluit %s %s te herzien en een nieuw voorstel te agenderen."};
    static final String[] SENTENCES = {
            "De portefeuillehouder licht het voorstel toe en beantwoordt de vragen van de leden.",
            "De kosten bedragen € %d en worden gedekt uit de algemene reserve.",
            "Een lid vraagt naar de gevolgen voor %s; de voorzitter zegt een schriftelijke reactie toe.",
            "De directeur meldt dat de uitvoering in %d wordt geëvalueerd.",
            "Het voorstel is besproken in de auditcommissie, die positief adviseert.",
            "De gemeente %s heeft een zienswijze ingediend die in het voorstel is verwerkt.",
            "De leden onderschrijven het belang van een goede voorbereiding op crises.",
            "Er wordt gevraagd om de voortgang halfjaarlijks te rapporteren.",
            "De voorzitter constateert dat er voldoende draagvlak is.",
            "Het risico op vertraging wordt als beperkt ingeschat."};
    static final String[] RECOMMENDATIONS = {
            "Zorg ervoor dat alle gemeenten actuele %s hebben en oefen die jaarlijks.",
            "Stel voor %d een plan op voor %s en betrek daarbij de partners.",
            "Versterk de regie op %s en beleg die bij één functionaris.",
            "Rapporteer het bestuur jaarlijks over de voortgang van %s.",
            "Maak afspraken met de waterschappen over %s."};

    private final Random random;

    public SyntheticCorpus(long seed) {
        random = new Random(seed);
    }

    /**
     * Writes documents into {@code store} until they hold at least {@code records} agenda items and
     * tagged records together; returns that count.
     */
    public long write(DataStore store, long records, Indexer.Progress progress) {
        long count = 0;
        int n = 0;
        while (count < records) {
            LogicalDocument d = next(n++);
            store.write(d);
            count += d.agendaItems().size() + d.tags().decisions().size() + d.tags().recommendations().size()
                    + d.tags().actions().size() + d.tags().amounts().size() + d.tags().funding().size();
            progress.update((int) Math.min(count, records), (int) records, count);
        }
        return count;
    }

    /** The n-th document (its kind cycles; contents come from the random stream). */
    public LogicalDocument next(int n) {
        String region = "Veiligheidsregio " + pick(REGIONS);
        LocalDate date = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(12 * 365));
        DocKind kind = switch (n % 10) {
            case 0, 1, 2, 3 -> DocKind.minutes;
            case 4, 5, 6 -> DocKind.decision_list;
            case 7 -> DocKind.agenda;
            case 8 -> DocKind.inspection_report;
            default -> DocKind.letter;
        };
        String body = pick(BODIES);
        String sha = HexFormat.of().formatHex(longBytes(n)) + "5e".repeat(24);
        List<Block> blocks = new ArrayList<>();
        List<AgendaItem> items = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        List<Recommendation> recs = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        List<Amount> amounts = new ArrayList<>();
        List<FundingFact> funding = new ArrayList<>();
        String id = LogicalDocument.idFor(sha, 1);
        String title = switch (kind) {
            case minutes -> "Verslag " + body.toLowerCase() + " " + date;
            case decision_list -> "Besluitenlijst " + body.toLowerCase() + " " + date;
            case agenda -> "Agenda " + body.toLowerCase() + " " + date;
            case inspection_report -> "Rapport " + strip(pick(TOPICS));
            default -> "Brief over " + strip(pick(TOPICS));
        };
        blocks.add(Block.heading(title, 1, 1, null));
        int page = 1;
        if (kind == DocKind.letter) {
            for (int i = 0; i < 4; i++) {
                blocks.add(Block.paragraph(sentence(date), page));
            }
            for (int y = 0; y < 3; y++) {
                int year = date.getYear() + y;
                BigDecimal value = BigDecimal.valueOf(2_000_000L + random.nextInt(20_000_000));
                funding.add(new FundingFact("f" + y, region, year, "BDuR", value,
                        y == 0 ? FundingKind.allocation : FundingKind.forecast, id, title, date, "t1", 2));
            }
        } else {
            int itemCount = 6 + random.nextInt(7);
            for (int i = 1; i <= itemCount; i++) {
                String topic = pick(TOPICS);
                String place = pick(PLACES);
                String heading = capital(strip(topic)) + (random.nextInt(3) == 0 ? " " + place : "");
                int start = blocks.size();
                blocks.add(Block.heading(heading, page, 2, String.valueOf(i)));
                StringBuilder text = new StringBuilder();
                for (int s = 0; s < 2 + random.nextInt(3); s++) {
                    String p = sentence(date);
                    blocks.add(Block.paragraph(p, page));
                    text.append(p).append(' ');
                }
                items.add(new AgendaItem(String.valueOf(i), heading, text.toString().strip(), page, page, start,
                        blocks.size()));
                if (kind == DocKind.minutes || kind == DocKind.decision_list) {
                    String tpl = pick(DECISIONS);
                    Outcome outcome = tpl.contains("kennis") ? Outcome.noted : tpl.contains("aan te houden")
                            ? Outcome.deferred : Outcome.adopted;
                    decisions.add(new Decision("d" + i, tpl.formatted(body.toLowerCase(), topic, date.getYear()),
                            String.valueOf(i), heading, body, date, null, outcome, page, null));
                    if (random.nextInt(3) == 0) {
                        String actor = pick(ACTORS);
                        LocalDate due = date.plusDays(30 + random.nextInt(150));
                        actions.add(new Action("x" + i, capital(actor) + " informeert het bestuur voor " + due
                                + " over " + topic + " in " + place + ".", actor, due, null, String.valueOf(i), page));
                    }
                    if (random.nextInt(4) == 0) {
                        long euros = 10_000L + random.nextInt(3_000_000);
                        amounts.add(new Amount("m" + i, "€ " + euros, BigDecimal.valueOf(euros),
                                "Voor " + topic + " is € " + euros + " beschikbaar gesteld.", date.getYear(),
                                strip(topic), null, page));
                    }
                }
                if (i % 3 == 0) {
                    page++;
                }
            }
            if (kind == DocKind.inspection_report) {
                String issuer = pick(ISSUERS);
                for (int r = 1; r <= 3 + random.nextInt(4); r++) {
                    String tpl = pick(RECOMMENDATIONS);
                    String text = tpl.contains("%d") ? tpl.formatted(date.getYear() + 1, strip(pick(TOPICS)))
                            : tpl.formatted(strip(pick(TOPICS)));
                    recs.add(new Recommendation("r" + r, text, String.valueOf(r), issuer, "Algemeen bestuur", title,
                            date, null, page));
                }
            }
        }
        SourceFile src = new SourceFile("/synthetic/" + id + ".pdf", id + ".pdf", sha, 10_000, "application/pdf", page);
        Metadata meta = new Metadata(title, kind == DocKind.inspection_report ? pick(ISSUERS) : region,
                kind == DocKind.letter || kind == DocKind.inspection_report ? null : body,
                kind == DocKind.letter ? null : date, kind == DocKind.letter ? date : null, "nld", false);
        return new LogicalDocument(id, src, 1, 1, page, kind, meta, blocks, items,
                new Tags(decisions, recs, actions, amounts, List.of(), funding));
    }

    private String sentence(LocalDate date) {
        String s = pick(SENTENCES);
        if (s.contains("€ %d")) {
            return s.formatted(10_000 + random.nextInt(5_000_000));
        }
        if (s.contains("%d")) {
            return s.formatted(date.getYear() + 1);
        }
        return s.contains("%s") ? s.formatted(pick(PLACES)) : s;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String strip(String topic) {
        return topic.replaceFirst("^(de|het) ", "");
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static byte[] longBytes(long v) {
        return java.nio.ByteBuffer.allocate(8).putLong(v).array();
    }
}
