package nl.gremium.parse;


/** The one line that tells the user pages went unread: "3 pages need OCR: install tesseract-ocr and …". */
public final class OcrNotice {
    private OcrNotice() {}

    public static String line(int pages, String reason) {
        return pages + (pages == 1 ? " page needs" : " pages need") + " OCR: " + reason;
    }
}
