package nl.gremium.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * What makes generated files byte-for-byte reproducible: fixed metadata dates (the document's own
 * date), a PDF file identifier derived from the file name instead of the clock, and zip entries
 * with a fixed timestamp in a fixed order.
 */
final class Reproducible {
    /** Used where a document has no date of its own. */
    static final LocalDate DEFAULT_DATE = LocalDate.of(2025, 1, 2);
    static final String CREATOR = "Gremium samples generator";

    private Reproducible() {}

    static LocalDate dateOf(SampleDoc doc) {
        return doc.date() != null ? doc.date() : DEFAULT_DATE;
    }

    /** The document date at 09:00 UTC. */
    static Calendar calendar(SampleDoc doc) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        c.clear();
        LocalDate d = dateOf(doc);
        c.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth(), 9, 0, 0);
        return c;
    }

    static Date date(SampleDoc doc) {
        return Date.from(dateOf(doc).atTime(9, 0).toInstant(ZoneOffset.UTC));
    }

    /** Sets fixed document information and a deterministic /ID (PDFBox would otherwise hash the clock). */
    static void pdf(PDDocument pdf, SampleDoc doc) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(doc.title());
        info.setAuthor(doc.organisation());
        info.setCreator(CREATOR);
        info.setProducer(CREATOR);
        info.setCreationDate(calendar(doc));
        info.setModificationDate(calendar(doc));
        pdf.setDocumentInformation(info);
        byte[] id = Arrays.copyOf(sha256(doc.file()), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /**
     * Rewrites a zip (DOCX) with every entry stamped with the document date, keeping order and
     * content; POI stamps entries with the current time.
     */
    static byte[] zip(byte[] zip, SampleDoc doc) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            Zip out = new Zip(doc);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.add(e.getName(), in.readAllBytes(), true);
            }
            return out.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite " + doc.file(), e);
        }
    }

    static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A zip writer with fixed entry times; stored (uncompressed) entries for ODF's mimetype. */
    static final class Zip {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final ZipOutputStream out = new ZipOutputStream(bytes);
        private final LocalDateTime time;

        Zip(SampleDoc doc) {
            time = dateOf(doc).atTime(9, 0); // a local time, so the bytes do not depend on the time zone
        }

        Zip add(String name, byte[] content, boolean compress) throws IOException {
            ZipEntry e = new ZipEntry(name);
            e.setTimeLocal(time);
            if (!compress) {
                CRC32 crc = new CRC32();
                crc.update(content);
                e.setMethod(ZipEntry.STORED);
                e.setSize(content.length);
                e.setCompressedSize(content.length);
                e.setCrc(crc.getValue());
            }
            out.putNextEntry(e);
            out.write(content);
            out.closeEntry();
            return this;
        }

        byte[] finish() throws IOException {
            out.close();
            return bytes.toByteArray();
        }
    }
}
