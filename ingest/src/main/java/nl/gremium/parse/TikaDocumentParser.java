package nl.gremium.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import nl.gremium.model.Block;
import nl.gremium.model.SourceFile;
import nl.gremium.parse.ocr.OcrPage;
import nl.gremium.parse.ocr.OcrParagraph;
import nl.gremium.parse.ocr.ScanReader;
import nl.gremium.store.Hashing;
import nl.gremium.tables.PdfTables;
import nl.gremium.tables.TableAnalyzer;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.ContentHandler;

/**
 * Parses one file with Tika into a {@link ParsedFile}: detects the format, reads Tika's XHTML with
 * {@link XhtmlCollector}, shapes blocks with {@link BlockBuilder}, then recovers PDF tables
 * ({@link PdfTables}) and completes all tables ({@link TableAnalyzer}). Failures come out as
 * {@link ParseFailure} with a one-line reason. PDF pages without a usable text layer ({@link TextLayer}) are
 * read from their images by OCR ({@link ScanReader}) and their blocks marked ({@link OcrMarks}). Not isolated: {@link ParserWorker} runs this in a child JVM.
 */
public final class TikaDocumentParser implements DocumentParser {
    public static final String PDF = "application/pdf";

    /** Formats we read: board documents and the mail they arrive in. Everything else is refused by name. */
    private static final Set<String> SUPPORTED = Set.of(
            PDF,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-word.document.macroenabled.12",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
            "application/msword",
            "application/vnd.oasis.opendocument.text",
            "application/rtf",
            "text/html",
            "application/xhtml+xml",
            "message/rfc822",
            "application/vnd.ms-outlook");
    private static final Set<String> MAIL = Set.of("message/rfc822", "application/vnd.ms-outlook");

    /** Where the time of the last parse went, in milliseconds: Tika itself, then table recovery and analysis. */
    public record Timings(long tikaMillis, long tablesMillis) {}

    /** Each Tesseract run has its own limit, so one bad page cannot use up the file's (generous: 2 cores are shared). */
    static final Duration OCR_PAGE_LIMIT = Duration.ofSeconds(Long.getLong("gremium.ocr.pageSeconds", 120));

    private Runnable onOcrPage = () -> { };
    private final TikaConfig config = TikaConfig.getDefaultConfig();
    private Timings lastTimings = new Timings(0, 0);
    private final AutoDetectParser parser = new AutoDetectParser(config);

    public ParsedFile parse(Path file) throws ParseFailure {
        String name = file.getFileName().toString();
        long size;
        String sha;
        try {
            size = Files.size(file);
            sha = Hashing.sha256(file);
        } catch (IOException e) {
            throw new ParseFailure("cannot read file: " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new ParseFailure("empty file (0 bytes)");
        }
        String type = detect(file);
        if (!isSupported(type)) {
            throw new ParseFailure("unsupported format: " + type);
        }
        boolean pdf = PDF.equals(type);
        XhtmlCollector collector = new XhtmlCollector(pdf);
        long t0 = System.nanoTime();
        try {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
            metadata.set(Metadata.CONTENT_TYPE, type);
            try (InputStream in = TikaInputStream.get(file, metadata)) {
                parser.parse(in, collector, metadata, context(MAIL.contains(type)));
            }
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            throw new ParseFailure(FailureReasons.explain(e, type), e);
        }
        int pages = pdf ? Math.max(1, collector.pages()) : 1;
        List<RawBlock> raws = collector.blocks();
        ScanReader.Result scans = new ScanReader.Result(Map.of(), 0, null);
        if (pdf) {
            scans = ocr(file, raws, pages);
            raws = withOcr(raws, scans.pages());
        }
        long t1 = System.nanoTime();
        // one pass over the PDF's layout: its tables, and the print sizes that end a title Tika ran into the text
        PdfTables.Layout layout = pdf ? PdfTables.layout(file) : PdfTables.Layout.NONE;
        boolean tagged = raws.stream().anyMatch(b -> b.kind() == RawBlock.Kind.HEADING);
        List<Block> blocks = new BlockBuilder(pdf, collector.outline(), tagged, layout.printSizes(), layout.itemLabels()).build(raws);
        if (pdf && textLength(blocks) < 10L * pages) {
            throw new ParseFailure(scans.unread() > 0
                    ? "no text layer (scanned pages, not read by OCR)"
                    : "no text layer (scanned document?)", scans.unread());
        }
        if (pdf) {
            blocks = new PdfTables().apply(layout, blocks);
        }
        blocks = OcrMarks.apply(new TableAnalyzer().analyze(blocks), scans.pages());
        lastTimings = new Timings((t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        SourceFile source = new SourceFile(file.toAbsolutePath().normalize().toString(), name, sha, size, type, pages);
        return new ParsedFile(source, blocks, scans.pages().size(), scans.unread(), scans.unreadReason(),
                pdf && pages > 1 ? FontSources.newSourcePages(file) : null);
    }

    /** Sets what to call after each page OCR'd (the parse worker's heartbeat). */
    public void onOcrPage(Runnable listener) {
        this.onOcrPage = listener;
    }

    /** Reads the pages without a usable text layer from their images. */
    private ScanReader.Result ocr(Path file, List<RawBlock> raws, int pages) throws ParseFailure {
        Map<Integer, StringBuilder> text = new HashMap<>();
        for (RawBlock b : raws) {
            StringBuilder sb = text.computeIfAbsent(b.page(), k -> new StringBuilder());
            sb.append(b.text() != null ? b.text() : b.rows().toString()).append('\n');
        }
        List<Integer> unreadable = IntStream.rangeClosed(1, pages)
                .filter(p -> !TextLayer.usable(text.getOrDefault(p, new StringBuilder()).toString()))
                .boxed().toList();
        if (unreadable.isEmpty()) {
            return new ScanReader.Result(Map.of(), 0, null);
        }
        try {
            ScanReader.Result read = new ScanReader(OCR_PAGE_LIMIT, onOcrPage).read(file, unreadable);
            Map<Integer, OcrPage> better = new TreeMap<>(read.pages());
            better.values().removeIf(o -> letters(o.paragraphs().stream().map(OcrParagraph::text).toList().toString())
                    <= 1.5 * letters(text.getOrDefault(o.page(), new StringBuilder()).toString()) + 20);
            return new ScanReader.Result(better, read.unread(), read.unreadReason());
        } catch (IOException | RuntimeException e) {
            throw new ParseFailure(FailureReasons.explain(e, PDF), e);
        }
    }

    /** The OCR'd pages' paragraphs in place of whatever their text layer held. */
    private static List<RawBlock> withOcr(List<RawBlock> raws, Map<Integer, OcrPage> ocr) {
        if (ocr.isEmpty()) {
            return raws;
        }
        List<RawBlock> out = new ArrayList<>();
        for (RawBlock b : raws) {
            if (!ocr.containsKey(b.page())) {
                out.add(b);
            }
        }
        for (OcrPage page : ocr.values()) {
            for (OcrParagraph p : page.paragraphs()) {
                out.add(p.table() ? new RawBlock(RawBlock.Kind.TABLE, null, page.page(), 0, null, p.rows())
                        : new RawBlock(RawBlock.Kind.PARAGRAPH, p.text(), page.page(), 0, null, null));
            }
        }
        out.sort(Comparator.comparingInt(RawBlock::page));   // stable: each page keeps its order
        return out;
    }

    public Timings lastTimings() {
        return lastTimings;
    }

    /** The detected media type without parameters ("application/pdf"). */
    public String detect(Path file) throws ParseFailure {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            return config.getDetector().detect(in, metadata).getBaseType().toString();
        } catch (IOException e) {
            throw new ParseFailure("cannot read file: " + e.getMessage(), e);
        }
    }

    public static boolean isSupported(String type) {
        return SUPPORTED.contains(type) || MediaType.parse(type).getType().equals("text");
    }

    /** No OCR by Tika (we OCR pages ourselves, where needed); embedded files are read only in mail (attachments carry the letter). */
    private ParseContext context(boolean mail) {
        ParseContext context = new ParseContext();
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setExtractInlineImages(false);
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        context.set(Parser.class, parser);
        if (!mail) {
            context.set(EmbeddedDocumentExtractor.class, new SkipEmbedded());
        }
        return context;
    }

    /** A short page (a title, a signature) read by OCR as about the same is kept as its text layer has it. */
    private static long letters(String s) {
        return s.codePoints().filter(Character::isLetter).count();
    }

    private static long textLength(List<Block> blocks) {
        return blocks.stream().mapToLong(b -> b.text() == null ? 0 : b.text().strip().length()).sum();
    }

    private static final class SkipEmbedded implements EmbeddedDocumentExtractor {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never called: shouldParseEmbedded is false
        }
    }
}
