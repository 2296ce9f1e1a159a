package nl.gremium.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One logical document: a whole file, or one part of a merged bundle PDF. The unit that is stored
 * (one JSON file each), indexed and analysed.
 *
 * @param id        stable id: first 16 hex of the source hash, "-", 2-digit part number ("3f9a…-01")
 * @param part      1-based position within the source file
 * @param pageStart first page of the part within the source; {@code pageEnd} the last
 * @param taggerVersion the version of the analysis (classification, metadata, segmentation, tagging) that
 *                  produced kind, metadata, agenda items and tags; {@code retag} redoes documents of another
 */
public record LogicalDocument(String id, SourceFile source, int part, int pageStart, int pageEnd,
                              DocKind kind, Metadata metadata, List<Block> blocks,
                              List<AgendaItem> agendaItems, Tags tags, String taggerVersion) {

    /** A document not yet (or not versioned) analysed. */
    public LogicalDocument(String id, SourceFile source, int part, int pageStart, int pageEnd, DocKind kind,
                           Metadata metadata, List<Block> blocks, List<AgendaItem> agendaItems, Tags tags) {
        this(id, source, part, pageStart, pageEnd, kind, metadata, blocks, agendaItems, tags, null);
    }

    public LogicalDocument {
        blocks = List.copyOf(blocks);
        agendaItems = List.copyOf(agendaItems);
        tags = tags == null ? Tags.EMPTY : tags;
    }

    public static String idFor(String sha256, int part) {
        return sha256.substring(0, 16) + "-" + String.format(Locale.ROOT, "%02d", part);
    }

    @JsonIgnore
    public List<Table> tables() {
        return blocks.stream().filter(b -> b.is(BlockType.TABLE)).map(Block::table).toList();
    }

    /** Blacked-out passages per Woo ground ("" when none was printed), grounds in order; empty when none. */
    @JsonIgnore
    public Map<String, Integer> redactionsByGround() {
        Map<String, Integer> out = new TreeMap<>();
        blocks.stream().filter(b -> b.redactions() != null).flatMap(b -> b.redactions().stream())
                .forEach(g -> out.merge(g, 1, Integer::sum));
        return out;
    }

    /** The lowest OCR confidence of its blocks, or null when no block was read by OCR. */
    @JsonIgnore
    public Double ocrConfidence() {
        return blocks.stream().map(Block::ocrConfidence).filter(c -> c != null).min(Double::compare).orElse(null);
    }

    public LogicalDocument withTags(Tags newTags) {
        return new LogicalDocument(id, source, part, pageStart, pageEnd, kind, metadata, blocks, agendaItems, newTags,
                taggerVersion);
    }

    public String title() {
        return metadata == null ? null : metadata.title();
    }
}
