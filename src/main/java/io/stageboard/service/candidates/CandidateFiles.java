package io.stageboard.service.candidates;

import io.stageboard.api.Upload;
import io.stageboard.service.outbox.FileSize;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Reads the files a recruiter attaches, off the FX thread, and checks them before anything is sent: a résumé must be
 * a PDF, DOCX or text file, another file one of the common document and image types, and neither may be larger than
 * {@link #MAX_BYTES}. Also saves downloaded files where the user chose.
 */
public final class CandidateFiles {

    /** The largest file Stageboard uploads. Lever's own limit is not documented; this one keeps requests short. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final Map<String, String> RESUME_TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "txt", "text/plain");
    private static final Map<String, String> OTHER_TYPES = Map.of(
            "doc",
            "application/msword",
            "rtf",
            "application/rtf",
            "odt",
            "application/vnd.oasis.opendocument.text",
            "png",
            "image/png",
            "jpg",
            "image/jpeg",
            "jpeg",
            "image/jpeg");

    private final Executor background;

    /** @param background where the disk is read and written; never the FX thread */
    public CandidateFiles(Executor background) {
        this.background = background;
    }

    /**
     * Reads and checks a file.
     *
     * @param resume check it as a résumé (PDF, DOCX or TXT only)
     * @return the file with its bytes; fails with a {@link FileRefusedException} whose message is the sentence
     *     to show when the type or size is wrong or the file cannot be read
     */
    public CompletableFuture<CandidateFile> read(Path path, boolean resume) {
        return CompletableFuture.supplyAsync(
                () -> {
                    String name = path.getFileName().toString();
                    String type = typeOf(name, resume);
                    try {
                        long size = Files.size(path);
                        if (size > MAX_BYTES) {
                            throw new FileRefusedException(
                                    name + " is " + size(size) + "; Stageboard uploads files of" + " up to "
                                            + size(MAX_BYTES) + ". Attach a smaller file.",
                                    null);
                        }
                        return new CandidateFile(path, new Upload(name, type, Files.readAllBytes(path)));
                    } catch (IOException e) {
                        throw new FileRefusedException(
                                "Could not read " + name + ": " + e.getMessage()
                                        + ". Check that the file exists and that you may read it.",
                                e);
                    }
                },
                background);
    }

    /**
     * Writes downloaded bytes to the file the user chose, replacing it.
     *
     * @return the file, once written
     */
    public CompletableFuture<Path> save(byte[] bytes, Path target) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return Files.write(target, bytes);
                    } catch (IOException e) {
                        throw new CompletionException(new UncheckedIOException(
                                "Could not save " + target.getFileName() + ": " + e.getMessage()
                                        + ". Choose a folder you can write to.",
                                e));
                    }
                },
                background);
    }

    /** The media type of a file name, or a {@link FileRefusedException} with the sentence naming the types. */
    static String typeOf(String name, boolean resume) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = RESUME_TYPES.get(ext);
        if (type == null && !resume) {
            type = OTHER_TYPES.get(ext);
        }
        if (type == null) {
            throw new FileRefusedException(
                    name + " cannot be attached: "
                            + (resume
                                    ? "a résumé must be a PDF, DOCX or TXT file."
                                    : "attach a PDF, DOCX, DOC, RTF, ODT, TXT, PNG or" + " JPG file."),
                    null);
        }
        return type;
    }

    /** "980 bytes", "12 KB", "3.4 MB". */
    static String size(long bytes) {
        return FileSize.words(bytes);
    }
}
