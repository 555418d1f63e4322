package io.stageboard.service.outbox;

import java.util.Locale;

/** A file's size in words, as the forms, the details pane and the activity log show it. */
public final class FileSize {

    private FileSize() {}

    /** @return "12 bytes", "12 KB" or "1.5 MB" */
    public static String words(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
