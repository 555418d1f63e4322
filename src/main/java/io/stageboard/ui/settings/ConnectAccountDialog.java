package io.stageboard.ui.settings;

import io.stageboard.api.User;
import io.stageboard.credentials.Account;
import io.stageboard.credentials.Environment;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The "Connect Lever account" dialog: a thin view over {@link ConnectAccountViewModel}. The key goes into a
 * {@link PasswordField}, which shows dots and refuses to copy or cut its text.
 */
public final class ConnectAccountDialog extends Dialog<Account> {

    static final ButtonType CHECK = new ButtonType("Check key", ButtonBar.ButtonData.OTHER);
    static final ButtonType SAVE = new ButtonType("Save account", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType THIS_RUN = new ButtonType("Use the key for this run only", ButtonBar.ButtonData.LEFT);

    /** Builds the dialog; call on the FX thread. */
    public ConnectAccountDialog(ConnectAccountViewModel vm, Window owner) {
        initOwner(owner);
        setTitle(vm.isReconnect() ? "Replace the Lever API key" : "Connect Lever account");
        setHeaderText(vm.isReconnect() ? "Replace the API key" : "Connect a Lever account");
        setResizable(true);

        TextField name = new TextField();
        name.setId("account-name");
        name.setPromptText("Acme production");
        name.textProperty().bindBidirectional(vm.nameProperty());
        ComboBox<Environment> environment = new ComboBox<>();
        environment.setId("account-environment");
        environment.getItems().setAll(Environment.values());
        environment.valueProperty().bindBidirectional(vm.environmentProperty());
        TextField url = new TextField();
        url.setId("account-url");
        url.textProperty().bindBidirectional(vm.customUrlProperty());
        Label urlLabel = new Label("API address");
        url.visibleProperty().bind(vm.environmentProperty().isEqualTo(Environment.CUSTOM));
        url.managedProperty().bind(url.visibleProperty());
        urlLabel.visibleProperty().bind(url.visibleProperty());
        urlLabel.managedProperty().bind(url.visibleProperty());
        PasswordField key = new PasswordField();
        key.setId("account-key");
        key.setPromptText("Paste the key");
        key.textProperty().bindBidirectional(vm.keyProperty());
        ComboBox<User> actAs = new ComboBox<>(vm.users());
        actAs.setId("account-act-as");
        actAs.setConverter(new UserNames());
        actAs.valueProperty().bindBidirectional(vm.actAsProperty());
        actAs.disableProperty().bind(Bindings.isEmpty(vm.users()));
        actAs.promptTextProperty().bind(Bindings.when(Bindings.isEmpty(vm.users()))
                .then("Check the key to list Lever's users").otherwise("The key's default (no one)"));

        GridPane form = new GridPane();
        form.getStyleClass().add("connect-form");
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Account name"), name);
        form.addRow(1, new Label("Environment"), environment);
        form.addRow(2, urlLabel, url);
        form.addRow(3, new Label("API key"), key);
        form.addRow(4, new Label("Act as"), actAs);

        Label help = wrapped(new Label(ConnectAccountViewModel.KEY_HELP), "connect-help");
        Label validation = wrapped(new Label(), "connect-validation");
        validation.textProperty().bind(vm.validationProperty());
        Label problem = wrapped(new Label(), "connect-problem");
        problem.textProperty().bind(vm.problemProperty());
        ListView<ConnectAccountViewModel.ReportLine> report = new ListView<>(vm.report());
        report.setId("connect-report");
        report.setFixedCellSize(26);
        report.setPrefHeight(9 * 26 + 4);
        report.setMinHeight(Region.USE_PREF_SIZE);
        report.setCellFactory(list -> new ReportCell());
        report.visibleProperty().bind(Bindings.isNotEmpty(vm.report()));
        report.managedProperty().bind(report.visibleProperty());
        Label missing = wrapped(new Label(), "connect-missing");
        missing.textProperty().bind(vm.missingProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(24, 24);
        busy.visibleProperty().bind(vm.stepProperty().isEqualTo(ConnectAccountViewModel.Step.CHECKING)
                .or(vm.stepProperty().isEqualTo(ConnectAccountViewModel.Step.SAVING)));
        busy.managedProperty().bind(busy.visibleProperty());

        VBox content = new VBox(10, help, form, validation, busy, problem, report, missing);
        content.getStyleClass().add("connect-account");
        content.setPrefWidth(620);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(THIS_RUN, CHECK, SAVE, ButtonType.CANCEL);

        Button check = (Button) getDialogPane().lookupButton(CHECK);
        check.setId("connect-check");
        check.disableProperty().bind(vm.canCheckProperty().not());
        check.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.check();
        });
        Button save = (Button) getDialogPane().lookupButton(SAVE);
        save.setId("connect-save");
        save.disableProperty().bind(vm.canSaveProperty().not());
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save();
        });
        Button thisRun = (Button) getDialogPane().lookupButton(THIS_RUN);
        thisRun.setId("connect-this-run");
        thisRun.visibleProperty().bind(vm.keychainUnavailableProperty());
        thisRun.managedProperty().bind(thisRun.visibleProperty());
        thisRun.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.saveForThisRunOnly();
        });
        // The report and sentences come and go; let the window follow its content.
        vm.stepProperty().addListener((o, was, now) -> sizeToContent());
        vm.problemProperty().addListener((o, was, now) -> sizeToContent());
        setResultConverter(button -> null);
        vm.savedProperty().addListener((o, was, account) -> {
            if (account != null) {
                setResult(account);
                close();
            }
        });
    }

    private void sizeToContent() {
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
            getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    private static Label wrapped(Label label, String styleClass) {
        label.setWrapText(true);
        // Without this a wrapping label is given one line's height and its sentence is cut off.
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        label.setId(styleClass);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }

    /** A report line, coloured by whether the permission is granted. */
    private static final class ReportCell extends ListCell<ConnectAccountViewModel.ReportLine> {
        @Override
        protected void updateItem(ConnectAccountViewModel.ReportLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("permission-allowed", "permission-missing");
            setText(empty || line == null ? null : line.text());
            if (!empty && line != null) {
                getStyleClass().add(line.allowed() ? "permission-allowed" : "permission-missing");
            }
        }
    }
}
