package nl.gremium.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.server.Request;

/**
 * Whether the browser that asked is still there, for work worth stopping when it is not (a search's snippets).
 *
 * <p>Jetty notices a closed connection only when it next reads or writes, and while a handler runs it does
 * neither. So this reads one byte from the socket itself, without blocking: -1 means the client closed its side.
 * An HTTP/1.1 client sends nothing more until it has its answer, so normally there is nothing to read; should a
 * pipelined request's byte be read, the connection is closed after this answer rather than left corrupt.
 */
final class ClientConnection {
    private ClientConnection() {}

    /** Asks, each time it is called, whether the request's client has closed the connection. */
    static BooleanSupplier gone(Context ctx) {
        Request base = Request.getBaseRequest(ctx.req());
        Object transport = base == null ? null : base.getHttpChannel().getEndPoint().getTransport();
        if (!(transport instanceof SocketChannel channel) || channel.isBlocking()) {
            return () -> false;
        }
        ByteBuffer one = ByteBuffer.allocate(1);
        return () -> {
            try {
                one.clear();
                int read = channel.read(one);
                if (read > 0) {
                    ctx.header("Connection", "close");
                }
                return read < 0;
            } catch (IOException e) {
                return true; // reset by the peer
            }
        };
    }
}
