package io.stageboard.service.candidates;

import io.stageboard.api.Upload;
import java.nio.file.Path;

/**
 * A file the user attached to a new candidate or to a candidate's details, read and checked.
 *
 * @param path   where it was read from
 * @param upload its name, media type and bytes
 */
public record CandidateFile(Path path, Upload upload) {

    /** @return the file name, e.g. {@code cv.pdf} */
    public String name() {
        return upload.fileName();
    }

    /** @return its size in bytes */
    public long size() {
        return upload.bytes().length;
    }

    /** @return "cv.pdf (12 KB)": how the form lists it */
    public String label() {
        return name() + " (" + CandidateFiles.size(size()) + ")";
    }
}
