package nl.gremium.parse;

/** A file that cannot be parsed; the message is the one-line reason shown to the user (without the file name). */
public final class ParseFailure extends Exception {
    public ParseFailure(String reason) {
        super(reason);
    }

    public ParseFailure(String reason, Throwable cause) {
        super(reason, cause);
    }

    public String reason() {
        return getMessage();
    }
}
