package io.stageboard.api;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file to send to Lever in a multipart request.
 *
 * @param fileName    the name Lever stores, e.g. {@code cv.pdf}
 * @param contentType its media type, e.g. {@code application/pdf}
 * @param bytes       the content; not copied, so do not change it afterwards
 */
public record Upload(String fileName, String contentType, byte[] bytes) {

    public Upload {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(bytes, "bytes");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Upload u
                && u.fileName.equals(fileName)
                && u.contentType.equals(contentType)
                && Arrays.equals(u.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, contentType, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "Upload[" + fileName + ", " + contentType + ", " + bytes.length + " bytes]";
    }
}
