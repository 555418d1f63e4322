package io.stageboard.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes a multipart/form-data body by hand, as an outside client would, so the tests depend on no library. */
final class MultipartBody {

    static final String BOUNDARY = "----stageboard-test-7MA4YWxkTrZu0gW";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** A text field. */
    MultipartBody field(String name, String value) {
        write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        return this;
    }

    /** A file field. */
    MultipartBody file(String name, String fileName, String contentType, byte[] bytes) {
        write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        out.writeBytes(bytes);
        write("\r\n");
        return this;
    }

    /** The body with its closing delimiter. */
    byte[] bytes() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(out.toByteArray());
        all.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return all.toByteArray();
    }

    static String contentType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    private void write(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
