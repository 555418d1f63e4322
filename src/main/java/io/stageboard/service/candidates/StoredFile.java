package io.stageboard.service.candidates;

/**
 * A résumé or file on an opportunity, as the details pane lists it.
 *
 * @param resume     true for a résumé, false for another file
 * @param id         the résumé's or file's id
 * @param name       the file name
 * @param size       bytes, or -1 when Lever did not say
 * @param uploadedAt ms since the epoch, or 0 when Lever did not say
 */
public record StoredFile(boolean resume, String id, String name, long size, long uploadedAt) {

    /** @return "Résumé · cv.pdf (12 KB)" */
    public String label() {
        return (resume ? "Résumé · " : "File · ") + name + (size < 0 ? "" : " (" + CandidateFiles.size(size) + ")");
    }
}
