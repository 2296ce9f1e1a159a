package nl.gremium.tag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import nl.gremium.text.Folding;
import nl.gremium.text.Whitespace;

/**
 * Record ids anchored in content: the document id, "#", the type letter and 8 hex of a hash of the
 * record's folded text ("3f9a…-01#r5c2e91ab"). A re-tag that finds the same recommendation gives it the
 * same id wherever it now stands, so a controller's status stays attached; the same text twice in one
 * document gets "-2", "-3" in reading order. Agenda items get theirs the same way (type 'i').
 */
public final class RecordIds {
    private final String docId;
    private final Set<String> taken = new HashSet<>();

    public RecordIds(String docId) {
        this.docId = docId;
    }

    public String next(char type, String content) {
        String base = docId + "#" + type + hash(Whitespace.normalize(Folding.fold(content == null ? "" : content))
                .toLowerCase(Locale.ROOT));
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
