package io.stageboard.ui.bulk;

import java.util.Arrays;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The bulk action dialog: choose the action and its input, read the preview, confirm, run. */
public final class BulkActionDialog extends Dialog<ButtonType> {

    /** The button that starts the job. */
    public static final ButtonType RUN = new ButtonType("Run", ButtonBar.ButtonData.OK_DONE);

    private final BulkActionViewModel model;

    public BulkActionDialog(Window owner, BulkActionViewModel model) {
        this.model = model;
        initOwner(owner);
        setTitle("Change the selected candidates");
        setHeaderText(model.selectionText());
        getDialogPane().getButtonTypes().setAll(RUN, ButtonType.CANCEL);
        getDialogPane().getStyleClass().add("bulk-dialog");

        ComboBox<BulkActionViewModel.Action> action = new ComboBox<>();
        action.getItems().setAll(BulkActionViewModel.Action.values());
        action.setId("bulk-action");
        action.setAccessibleText("Action");
        action.valueProperty().bindBidirectional(model.actionProperty());
        TextArea tags = new TextArea();
        tags.setId("bulk-tags");
        tags.setPromptText("One tag per line");
        tags.setPrefRowCount(3);
        tags.setAccessibleText("Tags, one per line");
        tags.textProperty().bindBidirectional(model.tagsTextProperty());
        ComboBox<BulkActionViewModel.Choice> stage = new ComboBox<>();
        stage.getItems().setAll(model.stages());
        stage.setAccessibleText("Stage");
        stage.valueProperty().bindBidirectional(model.stageProperty());
        ComboBox<BulkActionViewModel.Choice> reason = new ComboBox<>();
        reason.getItems().setAll(model.reasons());
        reason.setAccessibleText("Archive reason");
        reason.valueProperty().bindBidirectional(model.reasonProperty());

        Label tagsLabel = new Label("Tags");
        Label stageLabel = new Label("Stage");
        Label reasonLabel = new Label("Reason");
        // Only the input the chosen action needs is shown.
        bindShown(model, tags, tagsLabel, BulkActionViewModel.Action.ADD_TAGS, BulkActionViewModel.Action.REMOVE_TAGS);
        bindShown(model, stage, stageLabel, BulkActionViewModel.Action.MOVE);
        bindShown(model, reason, reasonLabel, BulkActionViewModel.Action.ARCHIVE);

        Label preview = new Label();
        preview.setId("bulk-preview");
        preview.setWrapText(true);
        preview.textProperty()
                .bind(Bindings.when(model.validationProperty().isEmpty())
                        .then(model.previewTextProperty())
                        .otherwise(model.validationProperty()));
        preview.getStyleClass().add("bulk-preview");

        Label actionLabel = new Label("Action");
        for (Label label : new Label[] {actionLabel, tagsLabel, stageLabel, reasonLabel}) {
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, actionLabel, action);
        grid.addRow(1, tagsLabel, tags);
        grid.addRow(2, stageLabel, stage);
        grid.addRow(3, reasonLabel, reason);
        grid.add(preview, 0, 4, 2, 1);
        preview.setMaxWidth(460);
        preview.setMinHeight(Region.USE_PREF_SIZE);
        getDialogPane().setContent(grid);
        // The tags are what most bulk actions need, so typing starts there.
        setOnShown(e -> tags.requestFocus());
        getDialogPane()
                .lookupButton(RUN)
                .disableProperty()
                .bind(model.validationProperty().isNotEmpty());
    }

    private static void bindShown(
            BulkActionViewModel model, Node input, Label label, BulkActionViewModel.Action... actions) {
        var shown = Bindings.createBooleanBinding(
                () -> Arrays.asList(actions).contains(model.actionProperty().get()), model.actionProperty());
        for (Node node : new Node[] {input, label}) {
            node.visibleProperty().bind(shown);
            node.managedProperty().bind(shown);
        }
    }

    /** Shows the dialog and, when the user runs a weighty action on many, asks to confirm; true to start. */
    public boolean askToRun() {
        Optional<ButtonType> answer = showAndWait();
        if (answer.isEmpty() || answer.get() != RUN) {
            return false;
        }
        if (!model.needsConfirmation()) {
            return true;
        }
        Alert confirm =
                new Alert(Alert.AlertType.CONFIRMATION, model.confirmationText(), ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(getOwner());
        int count = model.previewProperty().get().toSend();
        confirm.setTitle("Confirm the bulk change");
        confirm.setHeaderText("Change " + (count == 1 ? "1 opportunity" : count + " opportunities") + "?");
        return confirm.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
