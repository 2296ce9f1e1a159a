package nl.gremium.parse.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.gremium.model.Block;
import nl.gremium.tables.ScannedTables;

/**
 * Reads one page image with Tesseract, redaction-aware: blacked-out boxes are found first
 * ({@link RedactionFinder}) and painted white, so the recogniser never turns them into letters; each becomes a
 * {@link Block#REDACTED} mark in its line, with the Woo ground printed inside it (read from the inverted box)
 * or right beside it. A page read poorly is checked for orientation and read again upright, unless it is mostly
 * photograph ({@link Photograph}).
 */
public final class PageReader {
    /** Below these a page is probably sideways or upside down: ask Tesseract for its orientation. */
    private static final int FEW_WORDS = 12;
    private static final double LOW_CONFIDENCE = 55;
    /** On a photograph's page, words read with less confidence are letters seen in the picture. */
    private static final double PHOTO_WORD = 60;

    /** Marks Tesseract reads for a list's bullet ("•", "*", "«", "©", "°", "_", "-"). */
    private static final Pattern BULLET_MARK = Pattern.compile("[•■▪●◦" + OcrCleanup.BULLET_MARKS + "-]");
    private static final Pattern EDGE_NOISE = Pattern.compile("^[\\s_|“”‘’‚„\\[\\]]+|[\\s_|“”‘’‚„\\[\\]]+$");

    private final Tesseract tesseract;
    private final int dpi;

    public PageReader(Tesseract tesseract, int dpi) {
        this.tesseract = tesseract;
        this.dpi = dpi;
    }

    public OcrPage read(BufferedImage gray, int page) throws OcrFailure {
        Path dir;
        try {
            dir = Files.createTempDirectory("gremium-page-");
        } catch (IOException e) {
            throw new OcrFailure("cannot create a temporary folder: " + e.getMessage());
        }
        try {
            boolean photograph = Photograph.likely(gray);
            Reading first = reading(gray, dir, photograph);
            if (first.words.size() >= FEW_WORDS && first.meanConfidence() >= LOW_CONFIDENCE || photograph) {
                // a photograph reads poorly in any orientation: the orientation check was never sure of one
                return first.page(page, 0);
            }
            int rotation = tesseract.rotation(first.image);
            if (rotation == 0) {
                return first.page(page, 0);
            }
            Reading turned = reading(rotate(gray, rotation), dir, false);
            return turned.score() > first.score() ? turned.page(page, rotation) : first.page(page, 0);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
                Files.deleteIfExists(dir);
            } catch (IOException ignored) {
                // a temp folder left behind is harmless
            }
        }
    }

    /**
     * On a {@code photograph} no boxes are looked for: its dark patches and the bars of its title's large letters
     * pass for boxes (the archive's cover photos gave up to 35 marks, and a title "█"), and painting those out cost
     * the title letters. Of its words only those read with some confidence are kept: the rest is the recogniser
     * finding letters in the picture.
     */
    private Reading reading(BufferedImage gray, Path dir, boolean photograph) throws OcrFailure {
        // boxes and their labels are read as scanned (as tested before levelling), then painted out, then the
        // page is levelled and the boxes moved with it
        List<RedactionFinder.Box> found = photograph ? List.of() : new RedactionFinder(dpi).find(gray);
        List<String> inside = labelsInside(gray, found, dir);
        BufferedImage painted = copy(gray);
        Graphics2D p = painted.createGraphics();
        p.setColor(Color.WHITE);
        for (RedactionFinder.Box b : found) {
            int pad = 3 + b.height() / 6;   // a skewed box's corners stick out of its straight outline
            p.fillRect(b.left() - pad, b.top() - pad, b.width() + 2 * pad, b.height() + 2 * pad);
        }
        p.dispose();
        double angle = Deskew.angle(painted);
        BufferedImage levelled = Deskew.level(painted, angle);
        List<ImageRulings.Segment> segments = ImageRulings.find(levelled, dpi);
        // a page with ruling is read levelled (rows and columns by x and y); running text is read as scanned:
        // Tesseract levels lines itself, and the resampled page read slightly worse in the letter's test
        BufferedImage clean = segments.isEmpty() ? painted : levelled;
        List<RedactionFinder.Box> boxes = segments.isEmpty() ? found
                : found.stream().map(b -> Deskew.moved(b, angle, gray)).toList();
        Graphics2D g = clean.createGraphics();
        g.setColor(Color.WHITE);
        // ruling lines are painted out too: Tesseract takes a ruled table for a picture, or reads its lines as "|"
        int half = dpi / 60 + 2;
        for (ImageRulings.Segment s : segments) {
            g.fillRect(s.x1() - half, s.y1() - half, s.x2() - s.x1() + 2 * half, s.y2() - s.y1() + 2 * half);
        }
        g.dispose();
        // specks off only now: the rulings and boxes above are found on the page as scanned, where a median
        // would not thin a hairline rule
        Path png = write(Despeckle.median(clean), dir.resolve("page.pgm"));
        List<OcrWord> kept = PhantomWords.drop(tesseract.words(png, 3));
        List<OcrWord> words = kept.stream().filter(w -> notNoise(w) || bullet(w, kept))
                .filter(w -> !photograph || w.confidence() >= PHOTO_WORD).toList();
        return new Reading(png, words, boxes, inside, tables(clean, segments, words), 72f / dpi);
    }

    /** Ruled tables: the rulings in the image and the words read, in points, through the grid analysis. */
    private List<ScannedTables.Found> tables(BufferedImage clean, List<ImageRulings.Segment> segments,
                                             List<OcrWord> words) {
        if (segments.stream().filter(s -> !s.horizontal()).count() < 2) {
            return List.of();
        }
        float pt = 72f / dpi;
        List<ScannedTables.Line> lines = segments.stream()
                .map(s -> new ScannedTables.Line(s.x1() * pt, s.y1() * pt, s.x2() * pt, s.y2() * pt)).toList();
        return ScannedTables.find(0, clean.getWidth() * pt, clean.getHeight() * pt, lines,
                words.stream().map(w -> box(w, pt)).toList()).stream()
                .map(t -> new ScannedTables.Found(t.left(), t.top(), t.right(), t.bottom(), OcrCleanup.tableNumbers(
                        t.rows().stream().map(r -> r.stream().map(PageReader::cell).toList()).toList())))
                .toList();
    }

    /** A cell's text without the specks and line remnants read at its edges ("“7.734.388", "10.902.296.|"). */
    static String cell(String text) {
        String t = EDGE_NOISE.matcher(text).replaceAll("");
        return t.matches(".*\\d\\.\\d{3}\\.") ? t.substring(0, t.length() - 1) : t;
    }

    static ScannedTables.Word box(OcrWord w, float pt) {
        return new ScannedTables.Word(w.text(), w.left() * pt, w.top() * pt, w.right() * pt, w.bottom() * pt);
    }

    /**
     * The white-on-black label in each box ("5.1.2e"; "" where none), all read in one Tesseract run: the boxes'
     * insides, inverted, are stacked on a white sheet, one line each, and a word belongs to the box its middle lies
     * in. A run per box cost most of a second: a heavily blacked-out Woo page has dozens of boxes, and a photograph
     * passes for a few (4 December 2026: a cover photo gave 17 runs, 7 of the page's 10 s).
     */
    private List<String> labelsInside(BufferedImage gray, List<RedactionFinder.Box> boxes, Path dir) throws OcrFailure {
        List<String> out = new ArrayList<>(Collections.nCopies(boxes.size(), ""));
        List<Integer> labelled = new ArrayList<>();
        List<BufferedImage> crops = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            if (boxes.get(i).fill() < 0.97) { // a box without a label is solid
                labelled.add(i);
                crops.add(inverted(gray, boxes.get(i)));
            }
        }
        if (crops.isEmpty()) {
            return out;
        }
        int[] tops = new int[crops.size() + 1];
        int width = 0;
        for (int i = 0; i < crops.size(); i++) {
            tops[i + 1] = tops[i] + crops.get(i).getHeight();
            width = Math.max(width, crops.get(i).getWidth());
        }
        BufferedImage sheet = new BufferedImage(width, tops[crops.size()], BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = sheet.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, sheet.getHeight());
        for (int i = 0; i < crops.size(); i++) {
            g.drawImage(crops.get(i), 0, tops[i], null);
        }
        g.dispose();
        List<List<OcrWord>> words = new ArrayList<>();
        crops.forEach(c -> words.add(new ArrayList<>()));
        // sparse text (11): a label is a word or two with a box's skewed edges beside it, no block of lines
        for (OcrWord w : tesseract.words(write(sheet, dir.resolve("boxes.pgm")), 11)) {
            int middle = w.top() + w.height() / 2;
            for (int i = 0; i < crops.size(); i++) {
                if (middle >= tops[i] && middle < tops[i + 1]) {
                    words.get(i).add(w);
                }
            }
        }
        for (int i = 0; i < crops.size(); i++) {
            out.set(labelled.get(i), ground(words.get(i)));
        }
        return out;
    }

    /** The box's inside inverted (its label dark on white), in a white margin of half its height. */
    private static BufferedImage inverted(BufferedImage gray, RedactionFinder.Box b) {
        int pad = b.height() / 2;
        BufferedImage crop = new BufferedImage(b.width() + 2 * pad, b.height() + 2 * pad, BufferedImage.TYPE_BYTE_GRAY);
        var src = gray.getRaster();
        var dst = crop.getRaster();
        for (int y = 0; y < crop.getHeight(); y++) {
            for (int x = 0; x < crop.getWidth(); x++) {
                int sx = b.left() - pad + x;
                int sy = b.top() - pad + y;
                boolean in = sx >= b.left() && sx < b.right() && sy >= b.top() && sy < b.bottom();
                dst.setSample(x, y, 0, in ? 255 - src.getSample(sx, sy, 0) : 255);
            }
        }
        return crop;
    }

    /** The Woo ground among a label's words, or in them read together ("5.1.2" "e"); else "". */
    private static String ground(List<OcrWord> words) {
        for (OcrWord w : words) {
            Optional<String> ground = WooGround.of(w.text());
            if (ground.isPresent()) {
                return ground.get();
            }
        }
        return WooGround.of(String.join("", words.stream().map(OcrWord::text).toList())).orElse("");
    }

    /** Specks and box edges read as "|" or "—" with low confidence. */
    private static boolean notNoise(OcrWord w) {
        return w.text().codePoints().anyMatch(Character::isLetterOrDigit) || w.confidence() >= 60;
    }

    /**
     * A list's bullet, however poorly read ("*" at 23, "«" at 0 on a worn scan): a one-mark word that starts its line
     * with a word after it. Dropped as noise, the item ran into the one before it.
     */
    static boolean bullet(OcrWord w, List<OcrWord> all) {
        if (!BULLET_MARK.matcher(w.text()).matches()) {
            return false;
        }
        boolean first = true;
        boolean followed = false;
        for (OcrWord o : all) {
            if (o != w && o.sameLine(w)) {
                first &= o.left() > w.left();
                followed |= o.left() > w.left() && o.text().codePoints().anyMatch(Character::isLetter);
            }
        }
        return first && followed;
    }

    private static BufferedImage copy(BufferedImage gray) {
        BufferedImage c = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        c.getRaster().setRect(gray.getRaster());
        return c;
    }

    static BufferedImage rotate(BufferedImage gray, int degrees) {
        boolean quarter = degrees == 90 || degrees == 270;
        int w = quarter ? gray.getHeight() : gray.getWidth();
        int h = quarter ? gray.getWidth() : gray.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        AffineTransform t = new AffineTransform();
        t.translate(w / 2.0, h / 2.0);
        t.rotate(Math.toRadians(degrees));
        t.translate(-gray.getWidth() / 2.0, -gray.getHeight() / 2.0);
        g.drawImage(gray, t, null);
        g.dispose();
        return out;
    }

    /**
     * The grey image as a binary PGM, which Tesseract reads as it reads a PNG (the same words and orientation on
     * the archive's photo pages) and which costs a tenth of PNG's 0.2–0.3 s to write for a page at 300 dpi.
     */
    private static Path write(BufferedImage image, Path file) throws OcrFailure {
        int w = image.getWidth();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(("P5\n" + w + " " + image.getHeight() + "\n255\n").getBytes(StandardCharsets.US_ASCII));
            Raster r = image.getRaster();
            int[] samples = new int[w];
            byte[] row = new byte[w];
            for (int y = 0; y < image.getHeight(); y++) {
                r.getSamples(0, y, w, 1, 0, samples);
                for (int x = 0; x < w; x++) {
                    row[x] = (byte) samples[x];
                }
                out.write(row);
            }
            return file;
        } catch (IOException e) {
            throw new OcrFailure("cannot write the page image: " + e.getMessage());
        }
    }

    /** One pass over a page: the image as read, its words, its boxes and the labels read inside them. */
    private record Reading(Path image, List<OcrWord> words, List<RedactionFinder.Box> boxes, List<String> inside,
                           List<ScannedTables.Found> tables, float pt) {
        double meanConfidence() {
            return words.stream().mapToDouble(OcrWord::confidence).average().orElse(0);
        }

        double score() {
            return words.size() * meanConfidence();
        }

        OcrPage page(int page, int rotation) {
            return Layout.assemble(page, words, boxes, inside, tables, pt, rotation);
        }
    }

    /** Words and marks into lines and paragraphs; the words of a ruled table ({@code pt}: points per pixel) into its cells. */
    private static final class Layout {
        /** Lines of this many words are running text, whose right edge wrapped lines reach. */
        private static final int LONG_LINE = 6;
        /** How many paragraphs after its last line a sentence may go on (a side column's lines read in between). */
        private static final int RUN_ON_REACH = 4;

        /** A word or a redaction mark on a line. */
        private record Token(String text, int left, String ground) {}

        private static final class Line {
            final OcrWord first;
            final List<Token> tokens = new ArrayList<>();
            final List<OcrWord> words = new ArrayList<>();
            int top;
            int bottom;
            private LineShape shape;

            Line(OcrWord first) {
                this.first = first;
                this.top = first.top();
                this.bottom = first.bottom();
            }

            void add(OcrWord w) {
                tokens.add(new Token(w.text(), w.left(), null));
                words.add(w);
                top = Math.min(top, w.top());
                bottom = Math.max(bottom, w.bottom());
            }

            /**
             * This line cut where Tesseract read across into a column in other print: a letter's side column in small
             * type ("… wordt op" + "Juridische Zaken") is a line of its own. A wide space alone does not cut (a table
             * row without rulings keeps its cells together).
             */
            List<Line> columns() {
                for (int i = 1; i < words.size(); i++) {
                    if (wideBefore(i)
                            && LineShape.of(words.subList(0, i)).otherSize(LineShape.of(words.subList(i, words.size())))) {
                        List<Line> out = new ArrayList<>(List.of(of(words.subList(0, i))));
                        out.addAll(of(words.subList(i, words.size())).columns());
                        return out;
                    }
                }
                return List.of(this);
            }

            /** Words spread out with a column's space between them: a table row or a form, no running text. */
            boolean spread() {
                for (int i = 1; i < words.size(); i++) {
                    if (wideBefore(i)) {
                        return true;
                    }
                }
                return false;
            }

            /** A column's space before word {@code i}: wider than {@link LineShape#COLUMN_GAP} times the words' height. */
            private boolean wideBefore(int i) {
                OcrWord a = words.get(i - 1);
                OcrWord b = words.get(i);
                return b.left() - a.right() > LineShape.COLUMN_GAP * Math.max(a.height(), b.height());
            }

            static Line of(List<OcrWord> words) {
                Line l = new Line(words.get(0));
                words.forEach(l::add);
                return l;
            }

            String text() {
                return String.join(" ", tokens.stream().map(Token::text).toList());
            }

            LineShape shape() {
                if (shape == null) {
                    shape = LineShape.of(words);
                }
                return shape;
            }
        }

        static OcrPage assemble(int page, List<OcrWord> all, List<RedactionFinder.Box> boxes, List<String> inside,
                                List<ScannedTables.Found> tables, float pt, int rotation) {
            String[] grounds = inside.toArray(new String[0]);
            List<OcrWord> read = new ArrayList<>();
            List<OcrWord> words = new ArrayList<>();
            for (OcrWord w : all) {
                int box = WooGround.of(w.text()).isPresent() ? besideBox(w, boxes, grounds) : -1;
                if (box >= 0) {
                    grounds[box] = WooGround.of(w.text()).orElseThrow();
                } else {
                    read.add(w);
                    if (tables.stream().noneMatch(t -> t.contains(box(w, pt)))) {
                        words.add(w);
                    }
                }
            }
            Map<String, List<Line>> paragraphs = new LinkedHashMap<>();
            for (OcrWord w : words) {
                List<Line> par = paragraphs.computeIfAbsent(w.block() + ":" + w.paragraph(), k -> new ArrayList<>());
                if (par.isEmpty() || !last(par).first.sameLine(w)) {
                    par.add(new Line(w));
                }
                last(par).add(w);
            }
            List<List<Line>> cut = paragraphs.values().stream()
                    .map(par -> par.stream().flatMap(l -> l.columns().stream()).toList()).toList();
            List<Line> lines = cut.stream().flatMap(List::stream).toList();
            List<List<Line>> ordered = regrouped(cut);
            for (int i = 0; i < boxes.size(); i++) {
                RedactionFinder.Box b = boxes.get(i);
                Token mark = new Token(Block.REDACTED, b.left(), grounds[i]);
                Line line = lineAt(lines, b);
                if (line != null) {
                    line.tokens.add(mark);
                    line.tokens.sort(Comparator.comparingInt(Token::left));
                } else {
                    Line own = new Line(new OcrWord(Block.REDACTED, 0, b.left(), b.top(), b.width(), b.height(), -1, -1 - i, 0));
                    own.tokens.add(mark);
                    int at = 0;
                    while (at < ordered.size() && ordered.get(at).get(0).top <= b.top()) {
                        at++;
                    }
                    ordered.add(at, List.of(own));
                }
            }
            List<OcrParagraph> out = new ArrayList<>();
            List<Integer> tops = new ArrayList<>();
            for (List<Line> par : ordered) {
                tops.add(par.get(0).top);
                List<String> texts = new ArrayList<>();
                List<String> marks = new ArrayList<>();
                double conf = 0;
                int n = 0;
                for (Line l : par) {
                    texts.add(l.text());
                    for (Token t : l.tokens) {
                        if (t.ground() != null) {
                            marks.add(t.ground());
                        }
                    }
                }
                for (Line l : par) {
                    for (OcrWord w : l.words) {
                        conf += w.confidence();
                        n++;
                    }
                }
                out.add(new OcrParagraph(OcrCleanup.apply(String.join("\n", texts)),
                        n == 0 ? 0 : Math.round(conf / n) / 100.0, marks));
            }
            List<String> numbered = OcrCleanup.items(out.stream().map(OcrParagraph::text).toList());
            for (int i = 0; i < out.size(); i++) {
                OcrParagraph p = out.get(i);
                out.set(i, new OcrParagraph(numbered.get(i), p.confidence(), p.grounds()));
            }
            for (ScannedTables.Found t : tables) {
                int top = Math.round(t.top() / pt);
                int at = 0;
                while (at < tops.size() && tops.get(at) <= top) {
                    at++;
                }
                String text = String.join("\n", t.rows().stream().map(r -> String.join("\t", r)).toList());
                double conf = read.stream().filter(w -> t.contains(box(w, pt))).mapToDouble(OcrWord::confidence)
                        .average().orElse(0);
                out.add(at, new OcrParagraph(text, Math.round(conf) / 100.0, List.of(), t.rows()));
                tops.add(at, top);
            }
            return new OcrPage(page, out, read, rotation);
        }

        /**
         * Tesseract's paragraphs, each split where a line stands apart from the line above it, and joined where one
         * goes on with the sentence of the paragraph before it ({@link LineShape}).
         */
        private static List<List<Line>> regrouped(List<List<Line>> paragraphs) {
            double usual = LineShape.usualSpacing(paragraphs.stream()
                    .map(par -> par.stream().map(Line::shape).toList()).toList());
            List<List<Line>> split = new ArrayList<>();
            for (List<Line> par : paragraphs) {
                List<Line> current = new ArrayList<>();
                for (Line l : par) {
                    if (!current.isEmpty() && last(current).shape().apartFrom(l.shape(), usual)) {
                        split.add(current);
                        current = new ArrayList<>();
                    }
                    current.add(l);
                }
                split.add(current);
            }
            double textRight = LineShape.textRight(split.stream().flatMap(List::stream)
                    .filter(l -> l.words.size() >= LONG_LINE).map(Line::shape).toList());
            List<List<Line>> out = new ArrayList<>();
            boolean[] taken = new boolean[split.size()];
            for (int i = 0; i < split.size(); i++) {
                if (taken[i]) {
                    continue;
                }
                List<Line> par = new ArrayList<>(split.get(i));
                out.add(par);
                // the sentence may go on below, after a side column's lines Tesseract read in between
                int joined = i;
                for (int j = i + 1; j < split.size() && j <= joined + RUN_ON_REACH; j++) {
                    if (taken[j]) {
                        continue;
                    }
                    Line end = last(par);
                    Line start = split.get(j).get(0);
                    if (!end.spread() && !start.spread()
                            && end.shape().runsOnInto(start.shape(), end.text(), textRight, usual)) {
                        par.addAll(split.get(j));
                        taken[j] = true;
                        joined = j;
                    } else if (!end.shape().otherColumn(start.shape())) {
                        break;
                    }
                }
            }
            return out;
        }

        private static <T> T last(List<T> list) {
            return list.get(list.size() - 1);
        }

        /** The box a ground label is printed beside (same height, within three letter heights), or -1. */
        private static int besideBox(OcrWord w, List<RedactionFinder.Box> boxes, String[] grounds) {
            int best = -1;
            int bestGap = Integer.MAX_VALUE;
            for (int i = 0; i < boxes.size(); i++) {
                RedactionFinder.Box b = boxes.get(i);
                if (!grounds[i].isEmpty()) {
                    continue;
                }
                int h = w.height();
                boolean level = w.top() < b.bottom() + h && w.bottom() > b.top() - h;
                int gap = Math.max(0, Math.max(b.left() - w.right(), w.left() - b.right()));
                if (level && gap <= 3 * h && gap < bestGap) {
                    best = i;
                    bestGap = gap;
                }
            }
            return best;
        }

        /** The line the box's middle is on, or null when it stands on its own. */
        private static Line lineAt(List<Line> lines, RedactionFinder.Box b) {
            int cy = (b.top() + b.bottom()) / 2;
            Line best = null;
            int bestOverlap = 0;
            for (Line l : lines) {
                int overlap = Math.min(l.bottom, b.bottom()) - Math.max(l.top, b.top());
                if (l.top <= cy && cy <= l.bottom && overlap > bestOverlap) {
                    best = l;
                    bestOverlap = overlap;
                }
            }
            return best;
        }
    }
}
