package io.stageboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.sandbox.SandboxModel.Opportunity;
import io.stageboard.sandbox.SandboxModel.Phone;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code parse=true}: a résumé fills the contact fields a request leaves empty, from PDF, DOCX and plain text. */
class ResumeParseTest {

    private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static MultipartSandbox sandbox;

    @BeforeAll
    static void start() throws Exception {
        sandbox = MultipartSandbox.start(10);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    /** The contact fields of an opportunity, as one comparable value. */
    private record Contact(String name, List<String> emails, List<Phone> phones, List<String> links) {
        static Contact of(Opportunity o) {
            return new Contact(o.name(), o.emails(), o.phones(), o.links());
        }
    }

    /**
     * A résumé's lines, with an address of its own per test: Lever's dedupe would otherwise join the candidates of
     * different tests and copy one's details onto the other.
     */
    private static List<String> lines(String mailbox) {
        return List.of(
                "Ada Lovelace",
                "Analyst of engines",
                mailbox + "@analytical.example  +44 20 7946 0958",
                "https://github.com/ada-lovelace",
                "Experience",
                "1842 - 1843 Notes on the Analytical Engine");
    }

    private static byte[] text(String mailbox) {
        return String.join("\n", lines(mailbox)).getBytes(StandardCharsets.UTF_8);
    }

    /** What the sandbox reads from {@link #lines}. */
    private static Contact ada(String mailbox) {
        return new Contact(
                "Ada Lovelace",
                List.of(mailbox + "@analytical.example"),
                List.of(new Phone("other", "+44 20 7946 0958")),
                List.of("https://github.com/ada-lovelace"));
    }

    private static Opportunity create(String query, MultipartBody body) {
        return sandbox.created(query, body);
    }

    @Test
    void aPdfResumeFillsTheEmptyFields() throws IOException {
        Opportunity o = create(
                "&parse=true",
                new MultipartBody()
                        .field("tags", "Parsed")
                        .file("resume", "ada.pdf", "application/pdf", pdf(lines("pdf"))));

        assertThat(Contact.of(o)).isEqualTo(ada("pdf"));
    }

    @Test
    void aDocxResumeFillsTheEmptyFields() throws IOException {
        Opportunity o = create(
                "&parse=true", new MultipartBody().file("resumeFile", "ada.docx", DOCX_TYPE, docx(lines("docx"))));

        assertThat(Contact.of(o)).isEqualTo(ada("docx"));
    }

    @Test
    void aPlainTextResumeFillsTheEmptyFields() {
        Opportunity o = create("&parse=true", new MultipartBody().file("resume", "ada.txt", "text/plain", text("txt")));

        assertThat(Contact.of(o)).isEqualTo(ada("txt"));
    }

    @Test
    void fieldsTheRequestSentWinOverTheResume() {
        Opportunity o = create(
                "&parse=true",
                new MultipartBody()
                        .field("name", "Augusta Ada King")
                        .field("links", "https://ada.example")
                        .file("resume", "ada.txt", "text/plain", text("sent")));

        assertThat(Contact.of(o))
                .isEqualTo(new Contact(
                        "Augusta Ada King",
                        ada("sent").emails(),
                        ada("sent").phones(),
                        List.of("https://ada.example")));
    }

    @Test
    void withoutParseTheResumeIsOnlyStored() {
        Opportunity o = create(
                "",
                new MultipartBody()
                        .field("tags", "Unparsed")
                        .file("resume", "ada.txt", "text/plain", text("unparsed")));

        assertThat(Contact.of(o)).isEqualTo(new Contact("", List.of(), List.of(), List.of()));
    }

    @Test
    void aResumeUploadedLaterWithParseFillsTheEmptyFields() throws IOException {
        Opportunity empty = create("", new MultipartBody().field("tags", "Later"));

        SandboxHttp.Answer a = sandbox.post(
                "/opportunities/" + empty.id() + "/files?parse=true&perform_as=" + sandbox.performAs,
                new MultipartBody().file("resume", "ada.pdf", "application/pdf", pdf(lines("later"))),
                false);

        assertThat(a.status()).isEqualTo(200);
        assertThat(Contact.of(sandbox.server.data().opportunity(empty.id()).orElseThrow()))
                .isEqualTo(ada("later"));
    }

    @Test
    void aBrokenPdfIsRefused() {
        SandboxHttp.Answer a = sandbox.create(
                "&parse=true",
                new MultipartBody()
                        .file("resume", "broken.pdf", "application/pdf", "not a pdf".getBytes(StandardCharsets.UTF_8)),
                false);

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("message").asText()).startsWith("The résumé 'broken.pdf' could not be read as PDF: ");
    }

    /** A one-page PDF with one line of Helvetica per entry. */
    static byte[] pdf(List<String> lines) throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.setLeading(16);
                text.newLineAtOffset(72, 720);
                for (String line : lines) {
                    text.showText(line);
                    text.newLine();
                }
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A minimal DOCX: the zip entry Word keeps its text in, one paragraph per entry. */
    static byte[] docx(List<String> lines) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        for (String line : lines) {
            xml.append("<w:p><w:r><w:t xml:space=\"preserve\">")
                    .append(line.replace("&", "&amp;"))
                    .append("</w:t></w:r></w:p>");
        }
        xml.append("</w:body></w:document>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
