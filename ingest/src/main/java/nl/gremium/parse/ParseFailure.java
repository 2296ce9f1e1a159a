package nl.gremium.parse;


/**
 * A file that cannot be parsed; the message is the one-line reason shown to the user (without the file name).
 * {@code pagesNeedingOcr} counts a scan's pages left unread because OCR is not installed or failed.
 */
public final class ParseFailure extends Exception {
    private final int pagesNeedingOcr;

    public ParseFailure(String reason) {
        this(reason, 0);
    }

    public ParseFailure(String reason, int pagesNeedingOcr) {
        super(reason);
        this.pagesNeedingOcr = pagesNeedingOcr;
    }

    public ParseFailure(String reason, Throwable cause) {
        super(reason, cause);
        this.pagesNeedingOcr = 0;
    }

    public String reason() {
        return getMessage();
    }

    public int pagesNeedingOcr() {
        return pagesNeedingOcr;
    }
}
