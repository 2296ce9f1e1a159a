package nl.gremium.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.LogicalDocument;
import nl.gremium.nlp.DutchNlp;
import opennlp.tools.util.Span;

/**
 * What the taggers share about one document: its blocks with normalised text, the agenda item each
 * block belongs to, and each block's sentences (OpenNLP sentence detector), computed once.
 */
final class DocumentView {
    /** One sentence of one block; {@code index} is its position within the block. */
    record Sentence(String text, int block, int index, int page) {}

    final LogicalDocument doc;
    final List<Block> blocks;
    private final AgendaItem[] itemOf;
    private final Map<Integer, List<Sentence>> sentences = new HashMap<>();

    DocumentView(LogicalDocument doc) {
        this.doc = doc;
        this.blocks = doc.blocks();
        this.itemOf = new AgendaItem[blocks.size()];
        for (AgendaItem item : doc.agendaItems()) {
            for (int i = Math.max(0, item.blockStart()); i < Math.min(blocks.size(), item.blockEnd()); i++) {
                // nested items come after their parents, so the innermost item wins
                itemOf[i] = item;
            }
        }
    }

    static String normalise(String s) {
        return s == null ? "" : s.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }

    String text(int block) {
        return normalise(blocks.get(block).text());
    }

    Block block(int i) {
        return blocks.get(i);
    }

    boolean is(int block, BlockType type) {
        return blocks.get(block).is(type);
    }

    AgendaItem item(int block) {
        return block >= 0 && block < itemOf.length ? itemOf[block] : null;
    }

    List<Sentence> sentences(int block) {
        return sentences.computeIfAbsent(block, b -> {
            Block bl = blocks.get(b);
            if (bl.is(BlockType.TABLE)) {
                return List.of();
            }
            String text = text(b);
            List<Sentence> out = new ArrayList<>();
            if (text.isEmpty()) {
                return out;
            }
            Span[] spans = DutchNlp.get().sentenceSpans(text);
            for (Span s : spans) {
                out.add(new Sentence(text.substring(s.getStart(), s.getEnd()).trim(), b, out.size(), bl.page()));
            }
            return out;
        });
    }

    /** All sentences of all non-table blocks, in reading order. */
    List<Sentence> allSentences() {
        List<Sentence> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            out.addAll(sentences(i));
        }
        return out;
    }

    /** The nearest heading before {@code block}, or -1. */
    int headingBefore(int block) {
        for (int i = block - 1; i >= 0; i--) {
            if (blocks.get(i).is(BlockType.HEADING)) {
                return i;
            }
        }
        return -1;
    }
}
