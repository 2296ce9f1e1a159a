package nl.gremium.parse.ocr;


/** One page could not be read by OCR (time limit, crash); the reason is one line. */
public final class OcrFailure extends Exception {
    public OcrFailure(String reason) {
        super(reason);
    }
}
