package io.stageboard.ui.candidate;

import io.stageboard.service.candidates.CandidateFile;
import io.stageboard.service.candidates.CandidateFiles;
import io.stageboard.ui.common.Failures;
import io.stageboard.ui.common.UiExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The new-candidate form's résumé and other files: each is read and checked in the background before it is listed
 * (type, size), "Fill from résumé" asks Lever to parse it, and the upload's progress shows here. A file that cannot
 * be attached leaves the form as it was and says why.
 */
public final class CandidateAttachments {

    private final CandidateFiles reader;
    private final UiExecutor ui;
    private final ReadOnlyObjectWrapper<CandidateFile> resume = new ReadOnlyObjectWrapper<>(this, "resume");
    private final ObservableList<CandidateFile> files = FXCollections.observableArrayList();
    private final BooleanProperty parse = new SimpleBooleanProperty(this, "parse", true);
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(this, "reading");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private int pending;

    CandidateAttachments(CandidateFiles reader, UiExecutor ui) {
        this.reader = reader;
        this.ui = ui;
    }

    /** Reads and checks a résumé (PDF, DOCX or TXT); it replaces the one attached, if any. */
    public void attachResume(Path path) {
        read(path, true);
    }

    /** Reads and checks another file to send with the candidate. */
    public void attachFile(Path path) {
        read(path, false);
    }

    /**
     * Files dropped on the form: the first PDF, DOCX or TXT becomes the résumé when none is attached yet, the rest
     * other files.
     */
    public void drop(List<Path> paths) {
        boolean resumeTaken = resume.get() != null;
        for (Path path : paths) {
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean resumeType = name.endsWith(".pdf") || name.endsWith(".docx") || name.endsWith(".txt");
            if (!resumeTaken && resumeType) {
                resumeTaken = true;
                attachResume(path);
            } else {
                attachFile(path);
            }
        }
    }

    private void read(Path path, boolean asResume) {
        pending++;
        reading.set(true);
        message.set("Reading " + path.getFileName() + "…");
        reader.read(path, asResume)
                .whenCompleteAsync(
                        (file, error) -> {
                            pending--;
                            reading.set(pending > 0);
                            if (error != null) {
                                message.set(Failures.describe(error));
                                return;
                            }
                            if (asResume) {
                                resume.set(file);
                            } else {
                                files.add(file);
                            }
                            message.set("Attached " + file.label() + (asResume ? " as the résumé." : "."));
                        },
                        ui);
    }

    /** Detaches the résumé. */
    public void removeResume() {
        resume.set(null);
    }

    /** Detaches another file. */
    public void remove(CandidateFile file) {
        files.remove(file);
    }

    void clear() {
        resume.set(null);
        files.clear();
        progress.set(-1);
        message.set("");
    }

    void setProgress(double share) {
        progress.set(share);
    }

    /** True when a résumé is attached and "Fill from résumé" is on: Lever fills the empty fields. */
    boolean parsing() {
        return parse.get() && resume.get() != null;
    }

    public ReadOnlyObjectProperty<CandidateFile> resumeProperty() {
        return resume.getReadOnlyProperty();
    }

    public ObservableList<CandidateFile> files() {
        return files;
    }

    /** "Fill from résumé": ask Lever to fill the name, emails, phones and links left empty. */
    public BooleanProperty parseProperty() {
        return parse;
    }

    /** True while files are being read from disk; nothing is created meanwhile. */
    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** The share of the upload sent, 0 to 1, or -1 when no upload runs. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What became of the last file attached, or why it could not be. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
