package io.stageboard.sandbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The plain text of an uploaded résumé: PDF through PDFBox, DOCX from its {@code word/document.xml} (a zip of XML,
 * so the JDK reads it without a Word library), and text files as UTF-8. Other formats (old .doc, images) give
 * empty text: nothing is filled from them, as when Lever cannot parse a file.
 */
final class ResumeText {

    /** Upper bound on the unzipped document.xml, so a zip bomb cannot exhaust the heap. */
    private static final int MAX_XML_BYTES = 20 * 1024 * 1024;

    private static final String WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private ResumeText() {}

    /** The text of {@code file}; 400 when it claims a format it does not hold (e.g. a broken PDF). */
    static String of(CreateForm.Upload file) {
        String ext = Attachments.extension(file.fileName());
        String type = file.contentType() == null ? "" : file.contentType().toLowerCase(Locale.ROOT);
        try {
            if (ext.equals("pdf") || type.equals("application/pdf")) {
                return pdf(file.bytes());
            }
            if (ext.equals("docx") || type.contains("wordprocessingml")) {
                return docx(file.bytes());
            }
        } catch (IOException | XMLStreamException e) {
            throw ApiError.badRequest("The résumé '" + file.fileName() + "' could not be read as "
                    + (ext.isEmpty() ? type : ext.toUpperCase(Locale.ROOT)) + ": " + e.getMessage());
        }
        if (ext.equals("txt") || ext.equals("text") || ext.equals("md") || type.startsWith("text/")) {
            return new String(file.bytes(), StandardCharsets.UTF_8);
        }
        return "";
    }

    private static String pdf(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String docx(byte[] bytes) throws IOException, XMLStreamException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return documentText(new ByteArrayInputStream(zip.readNBytes(MAX_XML_BYTES)));
                }
            }
        }
        throw new IOException("it has no word/document.xml");
    }

    /** Text runs ({@code w:t}) in order; a paragraph or line break ends a line, a tab becomes a tab. */
    private static String documentText(InputStream xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // An uploaded file is untrusted: no DTDs, no external entities.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = factory.createXMLStreamReader(xml);
        StringBuilder text = new StringBuilder();
        boolean inText = false;
        while (reader.hasNext()) {
            int event = reader.next();
            boolean word = (event == XMLStreamReader.START_ELEMENT || event == XMLStreamReader.END_ELEMENT)
                    && WORD_NS.equals(reader.getNamespaceURI());
            String local = word ? reader.getLocalName() : "";
            if (event == XMLStreamReader.START_ELEMENT && word) {
                inText = local.equals("t");
                if (local.equals("tab")) {
                    text.append('\t');
                } else if (local.equals("br")) {
                    text.append('\n');
                }
            } else if (event == XMLStreamReader.END_ELEMENT && word) {
                inText = false;
                if (local.equals("p")) {
                    text.append('\n');
                }
            } else if (inText && event == XMLStreamReader.CHARACTERS) {
                text.append(reader.getText());
            }
        }
        reader.close();
        return text.toString();
    }
}
