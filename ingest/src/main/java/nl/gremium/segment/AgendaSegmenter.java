package nl.gremium.segment;

import java.util.List;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Block;
import nl.gremium.model.DocKind;

/** Finds the numbered agenda items of agendas, minutes, decision lists and proposals. */
public final class AgendaSegmenter {
    // PLACEHOLDER (owner: structure)
    public List<AgendaItem> segment(List<Block> blocks, DocKind kind) {
        return List.of();
    }
}
