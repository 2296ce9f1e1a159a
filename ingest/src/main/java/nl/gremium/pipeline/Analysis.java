package nl.gremium.pipeline;

import java.util.List;
import java.util.regex.Pattern;
import nl.gremium.classify.DocumentClassifier;
import nl.gremium.meta.LanguageGuess;
import nl.gremium.meta.MetadataExtractor;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Block;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Metadata;
import nl.gremium.model.SourceFile;
import nl.gremium.model.Tags;
import nl.gremium.nlp.DutchNlp;
import nl.gremium.segment.AgendaSegmenter;
import nl.gremium.tag.DocumentFamily;
import nl.gremium.tag.DocumentTagger;
import nl.gremium.tag.RecordIds;

/**
 * The stages after parsing and splitting, for one logical document's blocks: kind, metadata, agenda
 * items, tags. Ingest runs it on fresh parts; {@link Retagger} runs it again on stored blocks when the
 * analysis changed ({@link AnalysisVersion}), without parsing anything.
 */
public final class Analysis {
    private final DocumentClassifier classifier = new DocumentClassifier(DocumentFamily.recognisers());
    private final MetadataExtractor metadata = new MetadataExtractor();
    private final AgendaSegmenter segmenter = new AgendaSegmenter();
    private final DocumentTagger tagger = new DocumentTagger();
    private static final Pattern TITLE_STOP = Pattern.compile("\\.$");

    /**
     * Reads the models the analysis needs (language, Dutch sentences, tokens and roles; about half a second) on a
     * thread of its own. Otherwise the first analysis reads them while every other worker waits for it.
     */
    public static void loadModelsAhead() {
        Thread t = new Thread(() -> {
            try {
                LanguageGuess.load();
                DutchNlp.get();
            } catch (RuntimeException | ExceptionInInitializerError e) {
                // a model that cannot be read fails again, with its reason, where the analysis first asks for it
            }
        }, "gremium-models");
        t.setDaemon(true);
        t.start();
    }

    public LogicalDocument analyse(String id, SourceFile source, int part, int pageStart, int pageEnd, List<Block> blocks) {
        DocKind kind = classifier.classify(blocks);
        Metadata meta = metadata.extract(blocks, kind);
        RecordIds ids = new RecordIds(id);
        List<AgendaItem> items = segmenter.segment(blocks, kind).stream()
                .map(a -> a.withId(ids.next('i', a.number() + " " + a.title()))).toList();
        LogicalDocument doc = new LogicalDocument(id, source, part, pageStart, pageEnd, kind, meta, blocks, items,
                Tags.EMPTY, AnalysisVersion.current());
        Tags tags = tagger.tag(doc);
        // a motion's title as its header reading found it (its kind line, the subject under a kind line that only numbers
        // it, or the line above the council's opening): the general title reading knows none of these forms
        String motion = tags.motions().isEmpty() || tags.motions().get(0).title() == null ? null
                : TITLE_STOP.matcher(tags.motions().get(0).title()).replaceFirst(""); // a title line may end in a full stop
        if (motion != null && meta != null && !motion.equals(meta.title())) {
            doc = doc.withMetadata(meta.withTitle(motion));
        }
        return doc.withTags(tags);
    }

    /** The same document analysed afresh from its stored blocks. */
    public LogicalDocument again(LogicalDocument stored) {
        return analyse(stored.id(), stored.source(), stored.part(), stored.pageStart(), stored.pageEnd(), stored.blocks())
                .withAlsoIn(stored.alsoIn());
    }
}
