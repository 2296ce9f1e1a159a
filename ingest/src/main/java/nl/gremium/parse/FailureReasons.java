package nl.gremium.parse;

import java.util.Locale;
import nl.gremium.text.Whitespace;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.ZeroByteFileException;

/** Maps what a parser threw to the one-line reason a user can act on. */
final class FailureReasons {
    private FailureReasons() {}

    static String explain(Throwable e, String type) {
        boolean pdf = TikaDocumentParser.PDF.equals(type);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return pdf ? "encrypted (password-protected) PDF" : "encrypted (password-protected) document";
            }
            if (t instanceof ZeroByteFileException) {
                return "empty file (0 bytes)";
            }
            if (t instanceof OutOfMemoryError) {
                return "parser ran out of memory";
            }
            if (t instanceof StackOverflowError) {
                return "parser recursion too deep (stack overflow)";
            }
            String msg = t.getMessage();
            if (msg != null && msg.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return "zip bomb: " + oneLine(msg);
            }
        }
        String root = oneLine(rootMessage(e));
        return pdf ? "corrupt or truncated PDF: " + root : "cannot parse " + type + ": " + root;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        String msg = e.getMessage();
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null) {
                msg = t.getMessage();
            }
        }
        return msg != null ? msg : t.getClass().getSimpleName();
    }

    static String oneLine(String s) {
        String line = Whitespace.normalize(s);
        return line.length() > 160 ? line.substring(0, 157) + "…" : line;
    }
}
