package io.stageboard.api;

import java.util.List;
import java.util.function.LongConsumer;

/**
 * The files that go with a new candidate ({@code POST /opportunities} as {@code multipart/form-data}).
 *
 * @param resume   the résumé, or null
 * @param files    other files, never null
 * @param parse    ask Lever to fill the empty name, emails, phones and links from the résumé ({@code parse=true})
 * @param progress told the bytes sent so far as the body goes out (on the calling thread); never null
 */
public record NewAttachments(Upload resume, List<Upload> files, boolean parse, LongConsumer progress) {

    public NewAttachments {
        files = Lists.of(files);
        progress = progress == null ? sent -> {} : progress;
    }

    /** @return the bytes the body's files add up to, for progress */
    public long totalBytes() {
        return (resume == null ? 0 : resume.bytes().length)
                + files.stream().mapToLong(f -> f.bytes().length).sum();
    }
}
