package nl.gremium.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.UnaryOperator;

/**
 * A file of lines that only grows: the status history, the audit trail. An append takes an exclusive
 * file lock, so the web server and a CLI run can write at once, and may look at the last complete line
 * first (a hash chain links to it). A line torn by a crash mid-write was never acknowledged to its
 * writer: the next append starts on a fresh line.
 */
public final class AppendOnlyFile {
    /** The longest line {@link #append} reads back as "the last line". */
    private static final int TAIL = 1 << 16;

    private AppendOnlyFile() {}

    /**
     * Appends the line {@code next} makes from the last complete line (null when there is none); the
     * line must not contain a newline.
     */
    public static void append(Path file, UnaryOperator<String> next) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
                 FileLock ignored = ch.lock()) {
                long size = ch.size(); // under the exclusive lock, the end cannot move
                String tail = tail(ch, size);
                boolean clean = tail.isEmpty() || tail.endsWith("\n");
                String body = clean ? tail : tail.substring(0, tail.lastIndexOf('\n') + 1);
                String trimmed = body.endsWith("\n") ? body.substring(0, body.length() - 1) : body;
                String last = trimmed.isEmpty() ? null : trimmed.substring(trimmed.lastIndexOf('\n') + 1);
                String line = next.apply(last);
                if (line.indexOf('\n') >= 0) {
                    throw new IllegalArgumentException("a line of " + file.getFileName() + " cannot hold a newline");
                }
                ByteBuffer buf = ByteBuffer.wrap(((clean ? "" : "\n") + line + "\n").getBytes(StandardCharsets.UTF_8));
                long pos = size;
                while (buf.hasRemaining()) {
                    pos += ch.write(buf, pos);
                }
                ch.force(false);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot append to " + file + ": " + ex.getMessage(), ex);
        }
    }

    private static String tail(FileChannel ch, long size) throws IOException {
        int n = (int) Math.min(size, TAIL);
        ByteBuffer buf = ByteBuffer.allocate(n);
        while (buf.hasRemaining() && ch.read(buf, size - n + buf.position()) > 0) {
            // keep reading until the tail is complete
        }
        return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
    }
}
