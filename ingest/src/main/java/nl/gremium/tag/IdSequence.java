package nl.gremium.tag;

/** Record ids of one type within one document: docId + "#d1", "#d2", … */
final class IdSequence {
    private final String prefix;
    private int n;

    IdSequence(String docId, char type) {
        this.prefix = docId + "#" + type;
    }

    String next() {
        return prefix + (++n);
    }
}
