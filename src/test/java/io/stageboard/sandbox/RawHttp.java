package io.stageboard.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A raw HTTP/1.1 client on a plain socket, for what java.net.http will not send: bodies that stop half way or end
 * before their declared length. Each call opens its own connection.
 */
final class RawHttp implements AutoCloseable {

    /** The status and body of an answer. */
    record Answer(int status, String body) {}

    private final Socket socket;

    private RawHttp(Socket socket) {
        this.socket = socket;
    }

    /** Connects to the sandbox; reads wait at most {@code readTimeoutMs}, so no test can hang. */
    static RawHttp connect(SandboxServer server, int readTimeoutMs) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        socket.setSoTimeout(readTimeoutMs);
        return new RawHttp(socket);
    }

    /** The request line and headers, with Host and the main key's Authorization, ending the header block. */
    static String head(SandboxServer server, String requestLine, String... headers) {
        StringBuilder b = new StringBuilder(requestLine)
                .append("\r\nHost: 127.0.0.1:")
                .append(server.port())
                .append("\r\nAuthorization: Basic ")
                .append(Base64.getEncoder().encodeToString((server.apiKey() + ":").getBytes(StandardCharsets.UTF_8)))
                .append("\r\n");
        for (String h : headers) {
            b.append(h).append("\r\n");
        }
        return b.append("\r\n").toString();
    }

    RawHttp send(String text) throws IOException {
        return send(text.getBytes(StandardCharsets.UTF_8));
    }

    RawHttp send(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
        return this;
    }

    /** Closes the sending side, as a client does when it has nothing more to send. */
    RawHttp endOutput() throws IOException {
        socket.shutdownOutput();
        return this;
    }

    /** Reads one answer with a Content-Length body; a read timeout fails the test with SocketTimeoutException. */
    Answer answer() throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("Connection closed after: " + head.toString(StandardCharsets.ISO_8859_1));
            }
            head.write(c);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        int status = Integer.parseInt(headers.substring(9, 12));
        int length = 0;
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        return new Answer(status, new String(in.readNBytes(length), StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
