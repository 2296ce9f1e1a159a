package nl.gremium.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
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
 * @param alsoIn    the other places the same content was found (a bundle part, the same file in another
 *                  folder); the document is stored, indexed and counted once
 */
public record LogicalDocument(String id, SourceFile source, int part, int pageStart, int pageEnd,
                              DocKind kind, Metadata metadata, List<Block> blocks,
                              List<AgendaItem> agendaItems, Tags tags, String taggerVersion,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SourcePart> alsoIn) {

    /** A document found in one place. */
    public LogicalDocument(String id, SourceFile source, int part, int pageStart, int pageEnd, DocKind kind,
                           Metadata metadata, List<Block> blocks, List<AgendaItem> agendaItems, Tags tags,
                           String taggerVersion) {
        this(id, source, part, pageStart, pageEnd, kind, metadata, blocks, agendaItems, tags, taggerVersion, List.of());
    }

    /** A document not yet (or not versioned) analysed. */
    public LogicalDocument(String id, SourceFile source, int part, int pageStart, int pageEnd, DocKind kind,
                           Metadata metadata, List<Block> blocks, List<AgendaItem> agendaItems, Tags tags) {
        this(id, source, part, pageStart, pageEnd, kind, metadata, blocks, agendaItems, tags, null);
    }

    public LogicalDocument {
        blocks = List.copyOf(blocks);
        agendaItems = List.copyOf(agendaItems);
        tags = tags == null ? Tags.EMPTY : tags;
        alsoIn = alsoIn == null ? List.of() : List.copyOf(alsoIn);
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

    public LogicalDocument withMetadata(Metadata newMetadata) {
        return new LogicalDocument(id, source, part, pageStart, pageEnd, kind, newMetadata, blocks, agendaItems, tags,
                taggerVersion, alsoIn);
    }

    public LogicalDocument withTags(Tags newTags) {
        return new LogicalDocument(id, source, part, pageStart, pageEnd, kind, metadata, blocks, agendaItems, newTags,
                taggerVersion, alsoIn);
    }

    /** Where this document's own text came from. */
    @JsonIgnore
    public SourcePart location() {
        return new SourcePart(source, part, pageStart, pageEnd);
    }

    /** Every place the content was found: its own source first, then {@link #alsoIn}. */
    @JsonIgnore
    public List<SourcePart> locations() {
        List<SourcePart> all = new ArrayList<>();
        all.add(location());
        all.addAll(alsoIn);
        return all;
    }

    /** The same document listing other places it was found (its own source excluded, no repeats). */
    public LogicalDocument withAlsoIn(List<SourcePart> places) {
        List<SourcePart> others = new ArrayList<>();
        for (SourcePart p : places) {
            if (!p.equals(location()) && !others.contains(p)) {
                others.add(p);
            }
        }
        return new LogicalDocument(id, source, part, pageStart, pageEnd, kind, metadata, blocks, agendaItems, tags,
                taggerVersion, others);
    }

    /** The document as seen from one of its places (the evaluation scores each source file's own documents). */
    public LogicalDocument at(SourcePart place) {
        return new LogicalDocument(id, place.source(), place.part(), place.pageStart(), place.pageEnd(), kind,
                metadata, blocks, agendaItems, tags, taggerVersion, alsoIn);
    }

    public String title() {
        return metadata == null ? null : metadata.title();
    }
}
