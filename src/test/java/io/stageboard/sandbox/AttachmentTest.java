package io.stageboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stageboard.sandbox.SandboxModel.Opportunity;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Résumés and files: upload, list, one item and download, with the bytes coming back unchanged. */
class AttachmentTest {

    private static MultipartSandbox sandbox;
    private static SandboxServer server;
    private static SandboxHttp http;
    private static String performAs;

    @BeforeAll
    static void start() throws Exception {
        sandbox = MultipartSandbox.start(10);
        server = sandbox.server;
        http = sandbox.http;
        performAs = sandbox.performAs;
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static byte[] binary() {
        byte[] bytes = new byte[70_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }

    private static Opportunity createWith(MultipartBody body) {
        return sandbox.created("", body);
    }

    @Test
    void aResumeIsListedAndDownloadsByteForByte() {
        byte[] pdf = binary();
        Opportunity o = createWith(new MultipartBody()
                .field("name", "Round Trip")
                .file("resume", "Round Trip.PDF", "application/pdf", pdf));

        JsonNode list = http.get("/opportunities/" + o.id() + "/resumes").json();
        JsonNode resume = list.get("data").get(0);
        String id = resume.get("id").asText();
        long uploadedAt = resume.get("createdAt").asLong();
        String url = server.baseUrl() + "/opportunities/" + o.id() + "/resumes/" + id + "/download";
        ObjectNode expected =
                SandboxHttp.MAPPER.createObjectNode().put("id", id).put("createdAt", uploadedAt);
        expected.putObject("file")
                .put("name", "Round Trip.PDF")
                .put("ext", "pdf")
                .put("downloadUrl", url)
                .put("uploadedAt", uploadedAt)
                .put("status", "processed")
                .put("size", pdf.length);
        expected.putObject("parsedData").putArray("positions");
        ((ObjectNode) expected.get("parsedData")).putArray("schools");

        assertThat(list)
                .isEqualTo(SandboxHttp.MAPPER
                        .createObjectNode()
                        .put("hasNext", false)
                        .set("data", SandboxHttp.MAPPER.createArrayNode().add(expected)));
        assertThat(http.get("/opportunities/" + o.id() + "/resumes/" + id)
                        .json()
                        .get("data"))
                .isEqualTo(expected);
        HttpResponse<byte[]> download =
                http.download(resume.get("file").get("downloadUrl").asText());
        assertThat(List.of(
                        download.statusCode(),
                        download.headers().firstValue("Content-Type").orElse("")))
                .isEqualTo(List.of(200, "application/pdf"));
        assertThat(download.body()).isEqualTo(pdf);
    }

    @Test
    void aFileUploadedLaterIsListedAndDownloadsByteForByte() {
        Opportunity o = createWith(new MultipartBody().field("name", "Later Upload"));
        byte[] bytes = binary();

        SandboxHttp.Answer upload = sandbox.post(
                "/opportunities/" + o.id() + "/files?perform_as=" + performAs,
                new MultipartBody().file("file", "portfolio.zip", "application/zip", bytes),
                false);

        JsonNode file = upload.json().get("data");
        String id = file.get("id").asText();
        ObjectNode expected = SandboxHttp.MAPPER
                .createObjectNode()
                .put("id", id)
                .put("name", "portfolio.zip")
                .put("ext", "zip")
                .put("downloadUrl", server.baseUrl() + "/opportunities/" + o.id() + "/files/" + id + "/download")
                .put("uploadedAt", file.get("uploadedAt").asLong())
                .put("status", "processed")
                .put("size", bytes.length);
        assertThat(List.of(upload.status(), file)).isEqualTo(List.of(200, expected));
        assertThat(http.get("/opportunities/" + o.id() + "/files").json().get("data"))
                .isEqualTo(SandboxHttp.MAPPER.createArrayNode().add(expected));
        assertThat(http.download("/opportunities/" + o.id() + "/files/" + id + "/download")
                        .body())
                .isEqualTo(bytes);
        assertThat(http.get("/opportunities/" + o.id() + "/resumes")
                        .json()
                        .get("data")
                        .size())
                .isZero();
    }

    @Test
    void anUploadNeedsPerformAsAndMultipart() {
        Opportunity o = createWith(new MultipartBody().field("name", "Strict Upload"));
        byte[] form = new MultipartBody()
                .file("file", "a.txt", "text/plain", new byte[] {'a'})
                .bytes();

        SandboxHttp.Answer noUser = http.postBody(
                "/opportunities/" + o.id() + "/files",
                MultipartBody.contentType(),
                HttpRequest.BodyPublishers.ofByteArray(form));
        SandboxHttp.Answer json = http.postBody(
                "/opportunities/" + o.id() + "/files?perform_as=" + performAs,
                "application/json",
                HttpRequest.BodyPublishers.ofString("{}"));
        SandboxHttp.Answer noFile = http.postBody(
                "/opportunities/" + o.id() + "/files?perform_as=" + performAs,
                MultipartBody.contentType(),
                HttpRequest.BodyPublishers.ofByteArray(
                        new MultipartBody().field("note", "no file").bytes()));

        assertThat(List.of(noUser.status(), json.status(), noFile.status())).isEqualTo(List.of(400, 415, 400));
        assertThat(List.of(
                        noUser.json().get("message").asText(),
                        json.json().get("message").asText(),
                        noFile.json().get("message").asText()))
                .isEqualTo(List.of(
                        "perform_as is required to upload a file: pass the id of the user who adds it.",
                        "Upload files as multipart/form-data, not 'application/json'.",
                        "No file in the form: send it as a part named 'file' with a filename."));
    }

    @Test
    void unknownOpportunitiesAndItemsAre404() {
        Opportunity o = createWith(new MultipartBody().field("name", "No Files"));

        List<Integer> statuses = List.of(
                http.get("/opportunities/no-such/resumes").status(),
                http.get("/opportunities/" + o.id() + "/resumes/no-such").status(),
                http.get("/opportunities/" + o.id() + "/files/no-such/download").status());

        assertThat(statuses).isEqualTo(List.of(404, 404, 404));
    }

    @Test
    void aTextFileKeepsItsUtf8Bytes() {
        byte[] text = "Résumé — naïve café".getBytes(StandardCharsets.UTF_8);
        Opportunity o = createWith(new MultipartBody()
                .field("name", "Text File")
                .file("files[0]", "notes.txt", "text/plain; charset=utf-8", text));

        String id = http.get("/opportunities/" + o.id() + "/files")
                .json()
                .get("data")
                .get(0)
                .get("id")
                .asText();

        assertThat(http.download("/opportunities/" + o.id() + "/files/" + id + "/download")
                        .body())
                .isEqualTo(text);
    }
}
