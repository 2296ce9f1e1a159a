package nl.gremium.samples;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Makes a scanned copy of one of our PDFs, for measuring OCR: each page rendered to a grey image at a given
 * resolution, turned a little (skew), sprinkled with specks (noise), optionally turned a quarter or half,
 * optionally with passages blacked out and their Woo ground printed in white in the box, then wrapped as an
 * image-only PDF (JPEG pages, no text layer). Same input and settings give the same images.
 */
public final class ScanRenderer {

    /** A passage to black out: the first occurrence of {@code phrase} on {@code page}, labelled {@code ground}. */
    public record Redaction(int page, String phrase, String ground) {}

    /**
     * How to scan.
     *
     * @param rotations page → clockwise turn of the scanned image (90, 180, 270), as a page fed the wrong way
     * @param noise     share of pixels flipped to black or white
     * @param firstPage first page to scan (1-based); {@code lastPage} the last, 0 for the end
     */
    public record Settings(int dpi, double skewDegrees, double noise, Map<Integer, Integer> rotations,
                           List<Redaction> redactions, int firstPage, int lastPage, long seed) {
        public static Settings plain(int dpi) {
            return new Settings(dpi, 0.6, 0.002, Map.of(), List.of(), 1, 0, 42);
        }

        public Settings with(Map<Integer, Integer> turns, List<Redaction> blacked) {
            return new Settings(dpi, skewDegrees, noise, turns, blacked, firstPage, lastPage, seed);
        }

        public Settings pages(int first, int last) {
            return new Settings(dpi, skewDegrees, noise, rotations, redactions, first, last, seed);
        }
    }

    private ScanRenderer() {}

    /** Writes the scanned copy of {@code pdf} to {@code out}; returns the number of pages written. */
    public static int scan(Path pdf, Path out, Settings s) throws IOException {
        Random random = new Random(s.seed());
        try (PDDocument source = Loader.loadPDF(pdf.toFile()); PDDocument scan = new PDDocument()) {
            int last = s.lastPage() <= 0 ? source.getNumberOfPages() : Math.min(s.lastPage(), source.getNumberOfPages());
            for (Redaction r : s.redactions()) {
                blackOut(source, r);
            }
            PDFRenderer renderer = new PDFRenderer(source);
            for (int p = s.firstPage(); p <= last; p++) {
                BufferedImage image = renderer.renderImageWithDPI(p - 1, s.dpi(), ImageType.GRAY);
                image = turn(image, s.skewDegrees() * (p % 2 == 0 ? -1 : 1), false);
                speckle(image, s.noise(), random);
                int quarterTurns = s.rotations().getOrDefault(p, 0);
                if (quarterTurns != 0) {
                    image = turn(image, quarterTurns, true);
                }
                float w = image.getWidth() * 72f / s.dpi();
                float h = image.getHeight() * 72f / s.dpi();
                PDPage page = new PDPage(new PDRectangle(w, h));
                scan.addPage(page);
                PDImageXObject xo = JPEGFactory.createFromImage(scan, image, 0.8f);
                try (PDPageContentStream cs = new PDPageContentStream(scan, page)) {
                    cs.drawImage(xo, 0, 0, w, h);
                }
            }
            scan.save(out.toFile());
            return last - s.firstPage() + 1;
        }
    }

    /** A black box over the phrase, the ground in white inside it, drawn onto the page before it is scanned. */
    private static void blackOut(PDDocument doc, Redaction r) throws IOException {
        List<TextPosition> glyphs = find(doc, r.page(), r.phrase());
        if (glyphs.isEmpty()) {
            throw new IllegalArgumentException("'" + r.phrase() + "' not on page " + r.page());
        }
        PDPage page = doc.getPage(r.page() - 1);
        float pageHeight = page.getMediaBox().getHeight();
        float left = Float.MAX_VALUE;
        float right = 0;
        float top = Float.MAX_VALUE;
        float bottom = 0;
        for (TextPosition t : glyphs) {
            left = Math.min(left, t.getXDirAdj());
            right = Math.max(right, t.getXDirAdj() + t.getWidthDirAdj());
            top = Math.min(top, t.getYDirAdj() - t.getHeightDir());
            bottom = Math.max(bottom, t.getYDirAdj());
        }
        float pad = 2;
        float height = bottom - top + 2 * pad;
        try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            cs.setNonStrokingColor(Color.BLACK);
            cs.addRect(left - pad, pageHeight - bottom - pad, right - left + 2 * pad, height);
            cs.fill();
            cs.beginText();
            cs.setNonStrokingColor(Color.WHITE);
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), height * 0.7f);
            cs.newLineAtOffset(left + pad, pageHeight - bottom + pad * 0.5f);
            cs.showText(r.ground());
            cs.endText();
        }
    }

    private static List<TextPosition> find(PDDocument doc, int page, String phrase) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String s, List<TextPosition> positions) {
                for (TextPosition t : positions) {
                    text.append(t.getUnicode().charAt(0));
                    all.add(t);
                }
                text.append(' ');
                all.add(null);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        int at = text.indexOf(phrase);
        if (at < 0) {
            return List.of();
        }
        return all.subList(at, at + phrase.length()).stream().filter(t -> t != null).toList();
    }

    /** The image turned about its middle, on white: by a small angle, or by whole quarter turns. */
    private static BufferedImage turn(BufferedImage in, double degrees, boolean quarter) {
        boolean swap = quarter && (Math.round(degrees) / 90) % 2 != 0;
        int w = swap ? in.getHeight() : in.getWidth();
        int h = swap ? in.getWidth() : in.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform t = new AffineTransform();
        t.translate(w / 2.0, h / 2.0);
        t.rotate(Math.toRadians(degrees));
        t.translate(-in.getWidth() / 2.0, -in.getHeight() / 2.0);
        g.drawImage(in, t, null);
        g.dispose();
        return out;
    }

    private static void speckle(BufferedImage image, double share, Random random) {
        var raster = image.getRaster();
        long n = Math.round(share * image.getWidth() * image.getHeight());
        for (long i = 0; i < n; i++) {
            raster.setSample(random.nextInt(image.getWidth()), random.nextInt(image.getHeight()), 0,
                    random.nextBoolean() ? 0 : 255);
        }
    }
}
