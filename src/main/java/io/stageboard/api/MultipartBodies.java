package io.stageboard.api;

import java.io.IOException;
import java.util.List;
import java.util.function.LongConsumer;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;
import okio.ForwardingSink;
import okio.Okio;
import okio.Sink;

/**
 * Builds the {@code multipart/form-data} bodies Lever needs to receive files: a create with a résumé and files
 * (Lever's field names: {@code phones[0][type]}, one {@code emails} part per address, {@code postings},
 * {@code resume}, {@code files}), and an upload to an existing opportunity ({@code file}, or {@code resume}).
 */
final class MultipartBodies {

    private MultipartBodies() {}

    /** The body of {@code POST /opportunities} with files. */
    static RequestBody create(NewOpportunity candidate, NewAttachments attachments) {
        MultipartBody.Builder form = new MultipartBody.Builder().setType(MultipartBody.FORM);
        text(form, "name", candidate.name());
        text(form, "headline", candidate.headline());
        text(form, "location", candidate.location());
        each(form, "emails", candidate.emails());
        for (int i = 0; i < candidate.phones().size(); i++) {
            Phone phone = candidate.phones().get(i);
            text(form, "phones[" + i + "][type]", phone.type());
            text(form, "phones[" + i + "][value]", phone.value());
        }
        each(form, "links", candidate.links());
        each(form, "tags", candidate.tags());
        each(form, "sources", candidate.sources());
        text(form, "origin", candidate.origin());
        text(form, "owner", candidate.owner());
        text(form, "stage", candidate.stageId());
        text(form, "postings", candidate.postingId());
        if (attachments.resume() != null) {
            file(form, "resume", attachments.resume());
        }
        attachments.files().forEach(f -> file(form, "files", f));
        return withProgress(form.build(), attachments.progress());
    }

    /** The body of {@code POST /opportunities/:id/files}: one file, named {@code resume} when it is a résumé. */
    static RequestBody upload(Upload upload, boolean resume, LongConsumer progress) {
        MultipartBody.Builder form = new MultipartBody.Builder().setType(MultipartBody.FORM);
        file(form, resume ? "resume" : "file", upload);
        return withProgress(form.build(), progress);
    }

    private static void text(MultipartBody.Builder form, String name, String value) {
        if (value != null && !value.isBlank()) {
            form.addFormDataPart(name, value);
        }
    }

    private static void each(MultipartBody.Builder form, String name, List<String> values) {
        values.forEach(v -> text(form, name, v));
    }

    private static void file(MultipartBody.Builder form, String name, Upload upload) {
        form.addFormDataPart(
                name, upload.fileName(), RequestBody.create(upload.bytes(), MediaType.parse(upload.contentType())));
    }

    /** Reports the bytes written as OkHttp sends the body; a retried attempt starts again from zero. */
    private static RequestBody withProgress(RequestBody body, LongConsumer progress) {
        return new RequestBody() {
            @Override
            public MediaType contentType() {
                return body.contentType();
            }

            @Override
            public long contentLength() throws IOException {
                return body.contentLength();
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                Sink counting = new ForwardingSink(sink) {
                    private long sent;

                    @Override
                    public void write(Buffer source, long byteCount) throws IOException {
                        super.write(source, byteCount);
                        sent += byteCount;
                        progress.accept(sent);
                    }
                };
                BufferedSink buffered = Okio.buffer(counting);
                body.writeTo(buffered);
                buffered.flush();
            }
        };
    }
}
