package nl.gremium.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.gremium.model.Block;
import nl.gremium.model.SourceFile;
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
 * {@link ParseFailure} with a one-line reason. Not isolated: {@link ParserWorker} runs this in a child JVM.
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
        List<Block> blocks = new BlockBuilder(pdf, collector.outline(),
                collector.blocks().stream().anyMatch(b -> b.kind() == RawBlock.Kind.HEADING)).build(collector.blocks());
        int pages = pdf ? Math.max(1, collector.pages()) : 1;
        if (pdf && textLength(blocks) < 10L * pages) {
            throw new ParseFailure("no text layer (scanned document?)");
        }
        long t1 = System.nanoTime();
        if (pdf) {
            blocks = new PdfTables().apply(file, blocks);
        }
        blocks = new TableAnalyzer().analyze(blocks);
        lastTimings = new Timings((t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        SourceFile source = new SourceFile(file.toAbsolutePath().normalize().toString(), name, sha, size, type, pages);
        return new ParsedFile(source, blocks);
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

    /** No OCR (no text from images); embedded files are read only in mail (attachments carry the letter). */
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
