package io.stageboard.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578) strictly: anything it cannot read completely (no boundary, a
 * part without headers or name, no closing delimiter because the body was cut short) is a 400 naming what is
 * wrong, never a guess.
 */
final class Multipart {

    /** One form field; {@code fileName} is null for a plain text field. */
    record Part(String name, String fileName, String contentType, byte[] data) {

        /** Whether the part carries a file (it has a file name, even an empty one). */
        boolean isFile() {
            return fileName != null;
        }

        /** The value of a text field. */
        String text() {
            return new String(data, StandardCharsets.UTF_8);
        }
    }

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    private Multipart() {}

    /** The parts of {@code body}, in order, read with the boundary named in {@code contentType}. */
    static List<Part> parse(String contentType, byte[] body) {
        String boundary = parameters(contentType).get("boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            throw ApiError.badRequest("multipart/form-data needs a boundary of 1 to 70 characters in the "
                    + "Content-Type header, e.g. 'multipart/form-data; boundary=XYZ'.");
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] nextDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        // A preamble before the first delimiter is allowed by RFC 2046 and ignored.
        int at = startsWith(body, 0, delimiter) ? 0 : indexOf(body, nextDelimiter, 0);
        if (at < 0) {
            throw ApiError.badRequest("The multipart body does not contain its boundary '" + boundary + "'.");
        }
        at += at == 0 ? delimiter.length : nextDelimiter.length;
        List<Part> parts = new ArrayList<>();
        while (true) {
            if (startsWith(body, at, new byte[] {'-', '-'})) {
                return parts;
            }
            at = skipPadding(body, at);
            if (!startsWith(body, at, CRLF)) {
                throw truncated();
            }
            int headersEnd = indexOf(body, HEADER_END, at);
            int dataStart;
            if (startsWith(body, at, HEADER_END)) {
                throw ApiError.badRequest("A multipart part has no Content-Disposition header.");
            } else if (headersEnd < 0) {
                throw truncated();
            }
            dataStart = headersEnd + HEADER_END.length;
            int dataEnd = indexOf(body, nextDelimiter, dataStart);
            if (dataEnd < 0) {
                throw truncated();
            }
            parts.add(part(
                    new String(body, at + 2, headersEnd - at - 2, StandardCharsets.UTF_8),
                    Arrays.copyOfRange(body, dataStart, dataEnd)));
            at = dataEnd + nextDelimiter.length;
        }
    }

    private static ApiError truncated() {
        return ApiError.badRequest(
                "The multipart body is incomplete: it ends before the closing boundary " + "(was it cut short?).");
    }

    private static Part part(String headerBlock, byte[] data) {
        Map<String, String> headers = new HashMap<>();
        for (String line : headerBlock.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw ApiError.badRequest("A multipart part has a malformed header line: '" + line + "'.");
            }
            headers.put(
                    line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).trim());
        }
        String disposition = headers.get("content-disposition");
        if (disposition == null || !disposition.toLowerCase(Locale.ROOT).startsWith("form-data")) {
            throw ApiError.badRequest("Every multipart part needs 'Content-Disposition: form-data; name=\"...\"'.");
        }
        Map<String, String> params = parameters(disposition);
        String name = params.get("name");
        if (name == null || name.isEmpty()) {
            throw ApiError.badRequest("A multipart part has no name in its Content-Disposition header.");
        }
        String fileName =
                params.containsKey("filename*") ? extendedValue(params.get("filename*")) : params.get("filename");
        return new Part(name, fileName, headers.get("content-type"), data);
    }

    /** The {@code ;}-separated parameters of a header value (quoted strings unquoted), keys lower case. */
    static Map<String, String> parameters(String headerValue) {
        Map<String, String> params = new HashMap<>();
        if (headerValue == null) {
            return params;
        }
        int i = headerValue.indexOf(';');
        while (i >= 0 && i < headerValue.length()) {
            int eq = headerValue.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = headerValue.substring(i + 1, eq).trim().toLowerCase(Locale.ROOT);
            StringBuilder value = new StringBuilder();
            int j = eq + 1;
            while (j < headerValue.length() && headerValue.charAt(j) == ' ') {
                j++;
            }
            if (j < headerValue.length() && headerValue.charAt(j) == '"') {
                for (j++; j < headerValue.length() && headerValue.charAt(j) != '"'; j++) {
                    char c = headerValue.charAt(j);
                    if (c == '\\' && j + 1 < headerValue.length()) {
                        c = headerValue.charAt(++j);
                    }
                    value.append(c);
                }
                j = headerValue.indexOf(';', j);
            } else {
                int end = headerValue.indexOf(';', j);
                value.append(headerValue, j, end < 0 ? headerValue.length() : end);
                j = end;
            }
            params.put(key, value.toString().trim());
            i = j;
        }
        return params;
    }

    /** An RFC 5987 value such as {@code UTF-8''r%C3%A9sum%C3%A9.pdf}. */
    private static String extendedValue(String value) {
        int quote = value.indexOf("''");
        String encoded = quote < 0 ? value : value.substring(quote + 2);
        return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** RFC 2046 lets spaces and tabs follow a delimiter before its line break. */
    private static int skipPadding(byte[] body, int at) {
        while (at < body.length && (body[at] == ' ' || body[at] == '\t')) {
            at++;
        }
        return at;
    }

    private static boolean startsWith(byte[] body, int at, byte[] prefix) {
        if (at < 0 || at + prefix.length > body.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (body[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] body, byte[] pattern, int from) {
        for (int i = Math.max(from, 0); i <= body.length - pattern.length; i++) {
            if (body[i] == pattern[0] && startsWith(body, i, pattern)) {
                return i;
            }
        }
        return -1;
    }
}
