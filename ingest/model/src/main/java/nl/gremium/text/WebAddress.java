package nl.gremium.text;

/** A web address as printed in board papers: "https://…" or "www.…", up to the next space. */
public final class WebAddress {
    /** The regex of one address, to compose into the patterns that look for one. */
    public static final String REGEX = "(?:https?://|www\\.)\\S+";

    private WebAddress() {}
}
