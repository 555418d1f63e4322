package io.stageboard.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.service.candidates.StoredFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The details pane's résumés and files: add, list, download, against the sandbox over HTTP. */
class DetailFilesTest extends DetailTestBase {

    @TempDir
    Path dir;

    private List<String> shown() {
        return detail.files().items().stream().map(StoredFile::label).toList();
    }

    @Test
    void aFileAndAResumeAddedToACandidateAreListedAgainWhenTheCandidateOpensAndDownloadTheSameBytes() throws Exception {
        String id = openSome();
        assertThat(List.of(shown(), detail.files().messageProperty().get()))
                .isEqualTo(List.of(List.of(), "No résumé or file yet: drop one here or choose Add file…"));
        Path references = Files.writeString(dir.resolve("references.txt"), "Ask Ada.", StandardCharsets.UTF_8);
        Path cv = Files.writeString(dir.resolve("cv.txt"), "Grace Hopper", StandardCharsets.UTF_8);

        detail.files().add(List.of(references), false);
        background.runAll();
        detail.files().add(List.of(cv), true);
        background.runAll();
        detail.open(id, "");
        background.runAll();

        assertThat(shown()).isEqualTo(List.of("Résumé · cv.txt (12 bytes)", "File · references.txt (8 bytes)"));
        Path saved = dir.resolve("saved.txt");
        detail.files().download(detail.files().items().get(1), saved);
        background.runAll();
        assertThat(List.of(
                        Files.readString(saved),
                        detail.files().messageProperty().get()))
                .isEqualTo(List.of("Ask Ada.", "Saved references.txt to " + saved + "."));
    }

    @Test
    void aFileAddedFromThePaneIsAWriteOfTheActivityLogSayingWhatToWhomAndTheOutcome() throws Exception {
        String id = openSome();
        Path cv = Files.writeString(dir.resolve("cv.txt"), "Grace Hopper", StandardCharsets.UTF_8);

        detail.files().add(List.of(cv), true);
        background.runAll();

        assertThat(activity())
                .isEqualTo(List.of("Add résumé cv.txt (12 bytes) to " + nameOf(id)
                        + " |  -> résumé cv.txt (12 bytes) on Lever | Succeeded"));
    }

    @Test
    void aFileOfAnUnknownTypeIsRefusedWithASentenceAndNothingIsUploaded() throws Exception {
        String id = openSome();
        Path exe = Files.write(dir.resolve("setup.exe"), new byte[] {1});

        detail.files().add(List.of(exe), false);
        background.runAll();

        assertThat(List.of(detail.files().messageProperty().get(), shown()))
                .isEqualTo(List.of(
                        "Could not add"
                                + " setup.exe: setup.exe cannot be attached: attach a PDF, DOCX, DOC, RTF, ODT, TXT, PNG or JPG"
                                + " file.",
                        List.of()));
        assertThat(client.attachments().files(id)).isEmpty();
    }
}
