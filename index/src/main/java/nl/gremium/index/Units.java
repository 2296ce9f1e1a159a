package nl.gremium.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.gremium.export.ExportRow;
import nl.gremium.export.ExportRows;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Block;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Metadata;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/**
 * Turns one logical document into its searchable units: the document itself, each agenda item,
 * and each tagged record. All units carry the document id, so a document is replaced or removed
 * with one delete-by-term.
 */
final class Units {
    static final FacetsConfig FACETS = new FacetsConfig();

    /** Stored, tokenized, with offsets in the postings so the highlighter needs no re-analysis. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    /** The Dutch word for each record type, indexed with it so "besluit jaarstukken" finds decisions. */
    private static final Map<String, String> LABELS = Map.of(
            "decision", "besluit", "recommendation", "aanbeveling", "action", "actie toezegging",
            "amount", "bedrag", "funding", "financiering uitkering", "motion", "motie amendement");

    private static final Map<String, Float> BOOSTS = Map.of(
            "document", 1.0f, "agenda_item", 1.1f, "decision", 1.5f, "recommendation", 1.3f,
            "action", 1.0f, "amount", 0.8f, "funding", 0.8f);

    private Units() {}

    /** The largest type boost: a bound on how much it can raise a score ({@link TypeBoostQuery}). */
    static float maxBoost() {
        return BOOSTS.values().stream().max(Float::compare).orElse(1f);
    }

    /**
     * @param recommendationStatus a recommendation id's follow-up status ("open" when none was set)
     */
    static List<Document> of(LogicalDocument d, String hash, Function<String, String> recommendationStatus) {
        List<Document> out = new ArrayList<>();
        Metadata m = d.metadata();
        String kind = d.kind() == null ? null : d.kind().name();
        String org = m == null ? null : m.organisation();
        String body = m == null ? null : m.body();
        LocalDate date = m == null ? null : m.date();
        String title = d.title() != null && !d.title().isBlank() ? d.title() : d.source().fileName();

        Document doc = base("document", d.id(), d.id(), title, kind, body, org, date, null);
        doc.add(new StoredField(Fields.HASH, hash));
        doc.add(new TextField(Fields.TITLE, title, Field.Store.NO));
        addText(doc, d.blocks(), 0, d.blocks().size(), d.pageStart());
        out.add(doc);

        int n = 0;
        for (AgendaItem a : d.agendaItems()) {
            String heading = join(a.number(), a.title());
            String itemId = a.id() != null ? a.id() : d.id() + "/agenda/" + n; // documents analysed before items had ids
            n++;
            Document item = base("agenda_item", itemId, d.id(), heading, kind, body, org, date,
                    a.number());
            item.add(new TextField(Fields.TITLE, heading, Field.Store.NO));
            item.add(new TextField(Fields.CONTEXT, title, Field.Store.NO));
            if (a.blockStart() >= 0 && a.blockEnd() <= d.blocks().size() && a.blockStart() < a.blockEnd()) {
                // skip the item's own heading block (it is the title) and stop at its first sub-item,
                // which is a unit of its own ("5 Ter besluitvorming" holds only its own introduction)
                addText(item, d.blocks(), a.blockStart() + 1, ownEnd(a, d.agendaItems()), a.pageStart());
            } else {
                addPlainText(item, a.text(), a.pageStart());
            }
            out.add(item);
        }

        Map<String, String> itemTitles = new HashMap<>();
        d.agendaItems().forEach(a -> itemTitles.putIfAbsent(a.number(), a.title()));
        for (ExportRow r : ExportRows.of(d)) {
            String agendaItem = agendaItem(r);
            String agendaTitle = r instanceof ExportRow.Decision x && x.agendaTitle() != null ? x.agendaTitle()
                    : agendaItem == null ? null : itemTitles.get(agendaItem);
            Document u = record(r, title, kind, agendaItem, agendaTitle);
            if (r instanceof ExportRow.Recommendation) {
                keyword(u, Fields.STATUS, recommendationStatus.apply(r.id()), false);
            }
            out.add(u);
        }
        if (m != null && m.confidential()) {
            // on every unit, so the search filters hits, totals, facets and snippets alike
            out.forEach(u -> u.add(new StringField(Fields.CONFIDENTIAL, "true", Field.Store.NO)));
        }
        return out.stream().map(Units::withFacets).toList();
    }

    /** Where an agenda item's own text ends: at the heading of the first item nested inside it. */
    private static int ownEnd(AgendaItem a, List<AgendaItem> all) {
        int end = a.blockEnd();
        for (AgendaItem other : all) {
            if (other != a && other.blockStart() > a.blockStart() && other.blockStart() < end) {
                end = other.blockStart();
            }
        }
        return end;
    }

    /** The agenda item a record belongs to; a motion is shown under its own number. */
    private static String agendaItem(ExportRow r) {
        if (r instanceof ExportRow.Decision x) {
            return x.agendaItem();
        } else if (r instanceof ExportRow.Action x) {
            return x.agendaItem();
        } else if (r instanceof ExportRow.Motion x) {
            return x.number();
        }
        return null;
    }

    private static Document record(ExportRow r, String docTitle, String kind, String agendaItem, String agendaTitle) {
        LocalDate date = r.date();
        String display = r instanceof ExportRow.Recommendation x
                ? join(x.number() == null ? null : "Aanbeveling " + x.number(),
                        x.reportTitle() != null ? x.reportTitle() : docTitle)
                : (r instanceof ExportRow.Decision || r instanceof ExportRow.Action) && agendaTitle != null
                ? join(agendaItem, agendaTitle) : docTitle;
        Document u = base(r.type(), r.docId() + "/" + r.type() + "/" + r.id(), r.docId(), display, kind, r.body(),
                r.organisation(), date, agendaItem);
        Integer year = r instanceof ExportRow.Amount x ? x.year() : r instanceof ExportRow.Funding x ? x.year() : null;
        if (date == null && year != null) {
            u.add(new StringField(Fields.YEAR, String.valueOf(year), Field.Store.YES));
            u.add(new SortedSetDocValuesFacetField(Fields.YEAR, String.valueOf(year)));
        }
        if (agendaTitle != null) {
            u.add(new Field(Fields.HEADING, agendaTitle, TEXT_WITH_OFFSETS)); // stored for its snippet
        }
        u.add(new TextField(Fields.CONTEXT, docTitle, Field.Store.NO));
        for (String extra : context(r)) {
            if (extra != null) {
                u.add(new TextField(Fields.CONTEXT, extra, Field.Store.NO));
            }
        }
        u.add(new TextField(Fields.LABEL, LABELS.getOrDefault(r.type(), r.type()), Field.Store.NO));
        if (r instanceof ExportRow.Decision x && x.outcome() != null) {
            keyword(u, Fields.STATUS, x.outcome(), false);
        }
        String text = r instanceof ExportRow.Amount x ? amountText(x) : r.text() != null ? r.text()
                : r instanceof ExportRow.Motion x ? x.outcomeText() : null;
        int page = r.page() == null ? 0 : r.page();
        addPlainText(u, text == null ? "" : text, page);
        return u;
    }

    /**
     * What an amount hit shows: its sentence, which holds the amount; for a table cell its row and column with the
     * amount itself ("Brandweerzorg | Realisatie 2024: € 17.064.911"), so the snippet answers the question.
     */
    static String amountText(ExportRow.Amount x) {
        if (x.text() == null || x.text().isBlank()) {
            return x.raw();
        }
        if (x.raw() == null || x.text().contains(x.raw())) {
            return x.text();
        }
        return x.text() + ": " + (x.raw().contains("€") ? x.raw() : "€ " + x.raw());
    }

    /** A record's words that are not its text but help find it: report, theme, purpose, stream. */
    private static String[] context(ExportRow r) {
        if (r instanceof ExportRow.Recommendation x) {
            return new String[] {x.reportTitle(), x.theme()};
        } else if (r instanceof ExportRow.Amount x) {
            return new String[] {x.purpose()};
        } else if (r instanceof ExportRow.Funding x) {
            return new String[] {x.stream()};
        }
        return new String[0];
    }

    private static Document base(String type, String uid, String docId, String displayTitle, String kind, String body,
                                 String org, LocalDate date, String agendaItem) {
        Document u = new Document();
        u.add(new StringField(Fields.UID, uid, Field.Store.YES));
        u.add(new StringField(Fields.DOC_ID, docId, Field.Store.YES));
        keyword(u, Fields.TYPE, type, true);
        keyword(u, Fields.KIND, kind, true);
        keyword(u, Fields.BODY, body, true);
        keyword(u, Fields.ORGANISATION, org, true);
        if (displayTitle != null) {
            u.add(new StoredField(Fields.DISPLAY_TITLE, displayTitle));
        }
        if (date != null) {
            long day = date.toEpochDay();
            u.add(new LongPoint(Fields.DATE, day));
            u.add(new NumericDocValuesField(Fields.DATE, day));
            u.add(new StoredField(Fields.DATE, day));
            keyword(u, Fields.YEAR, String.valueOf(date.getYear()), true);
        }
        if (agendaItem != null) {
            u.add(new StoredField(Fields.AGENDA_ITEM, agendaItem));
        }
        u.add(new FloatDocValuesField(Fields.BOOST, BOOSTS.getOrDefault(type, 1.0f)));
        return u;
    }

    /** An exact-match filter field, stored, and optionally a facet dimension. */
    private static void keyword(Document u, String field, String value, boolean facet) {
        if (value == null || value.isBlank()) {
            return;
        }
        u.add(new StringField(field, value, Field.Store.YES));
        if (facet) {
            u.add(new SortedSetDocValuesFacetField(field, value));
        }
    }

    /** Text of blocks [from, to) with a map from character offset to page, so a snippet knows its page. */
    private static void addText(Document u, List<Block> blocks, int from, int to, int firstPage) {
        StringBuilder text = new StringBuilder();
        StringBuilder map = new StringBuilder();
        int lastPage = -1;
        for (int i = from; i < to; i++) {
            Block b = blocks.get(i);
            if (b.text() == null || b.text().isBlank()) {
                continue;
            }
            if (b.page() != lastPage) {
                map.append(map.isEmpty() ? "" : ",").append(text.length()).append(':').append(b.page());
                lastPage = b.page();
            }
            text.append(b.text()).append('\n');
        }
        u.add(new Field(Fields.TEXT, text.toString(), TEXT_WITH_OFFSETS));
        u.add(new StoredField(Fields.PAGE_MAP, map.isEmpty() ? "0:" + firstPage : map.toString()));
        u.add(new StoredField(Fields.PAGE, lastPage < 0 ? firstPage : pageAt(map.toString(), 0)));
    }

    private static void addPlainText(Document u, String text, int page) {
        u.add(new Field(Fields.TEXT, text == null ? "" : text, TEXT_WITH_OFFSETS));
        u.add(new StoredField(Fields.PAGE_MAP, "0:" + page));
        u.add(new StoredField(Fields.PAGE, page));
    }

    /** The page at character {@code offset} of a unit's text, from its page map. */
    static int pageAt(String pageMap, int offset) {
        int page = 0;
        for (String entry : pageMap.split(",")) {
            int colon = entry.indexOf(':');
            if (Integer.parseInt(entry.substring(0, colon)) > offset) {
                break;
            }
            page = Integer.parseInt(entry.substring(colon + 1));
        }
        return page;
    }

    private static String join(String number, String title) {
        if (number == null || number.isBlank()) {
            return title;
        }
        return title == null || title.isBlank() ? number : number + " " + title;
    }

    private static Document withFacets(Document u) {
        try {
            return FACETS.build(u);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
