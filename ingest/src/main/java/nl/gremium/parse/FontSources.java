package nl.gremium.parse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Where a merged PDF changes source file, seen in its font objects. A PDF writer embeds each font once and
 * lets every page of the document refer to that one object; a tool that concatenates PDFs (pdfunite, qpdf,
 * "combine files") copies each source's fonts as separate objects. A page that shares no font object with the
 * page before therefore most likely starts another source document. Only the page dictionaries are read (no
 * content streams), so this is cheap.
 *
 * <p>The cue is only trusted when it is informative: a writer that embeds fonts per page would make every page
 * look new, so a file where more than {@link #MAX_CHANGE_SHARE} of the pages change fonts yields no cue.
 *
 * <p>Computed in the parse worker ({@link TikaDocumentParser}) and carried by {@link ParsedFile#newSourcePages()},
 * so the bundle splitter never opens a PDF in the main process.
 */
final class FontSources {
    static final double MAX_CHANGE_SHARE = 0.5;

    private FontSources() {}

    /**
     * For each page (index 0 = page 1), whether it shares no font object with the previous page; empty when the
     * file cannot be read or the cue is uninformative. Pages without fonts (scans, blank pages) never change.
     */
    static Optional<boolean[]> changes(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<Set<Long>> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                fonts.add(fontObjects(page));
            }
            boolean[] change = new boolean[fonts.size()];
            int changes = 0;
            Set<Long> previous = Set.of();
            for (int i = 0; i < fonts.size(); i++) {
                Set<Long> current = fonts.get(i);
                if (current.isEmpty()) {
                    continue;
                }
                if (i > 0 && !previous.isEmpty() && current.stream().noneMatch(previous::contains)) {
                    change[i] = true;
                    changes++;
                }
                previous = current;
            }
            if (fonts.size() < 2 || changes > MAX_CHANGE_SHARE * (fonts.size() - 1)) {
                return Optional.empty();
            }
            return Optional.of(change);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the text cues still work; parse has reported any real problem with the file
        }
    }

    /** The 1-based pages where the cue says a new source file starts; null when there is no cue. */
    static List<Integer> newSourcePages(Path pdf) {
        return changes(pdf).map(c -> {
            List<Integer> pages = new ArrayList<>();
            for (int i = 0; i < c.length; i++) {
                if (c[i]) {
                    pages.add(i + 1);
                }
            }
            return List.copyOf(pages);
        }).orElse(null);
    }

    private static Set<Long> fontObjects(PDPage page) {
        Set<Long> out = new HashSet<>();
        COSDictionary resources = page.getResources() == null ? null : page.getResources().getCOSObject(); // inherited too
        COSBase fonts = resources == null ? null : resources.getDictionaryObject(COSName.FONT);
        if (fonts instanceof COSDictionary dict) {
            for (COSName name : dict.keySet()) {
                if (dict.getItem(name) instanceof COSObject ref) {
                    out.add(ref.getKey() == null ? ref.getObjectNumber() : ref.getKey().getNumber());
                }
            }
        }
        return out;
    }
}
