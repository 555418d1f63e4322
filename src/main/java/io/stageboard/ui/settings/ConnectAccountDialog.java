package io.stageboard.ui.settings;

import io.stageboard.api.User;
import io.stageboard.credentials.Account;
import io.stageboard.credentials.Environment;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * The "Connect Lever account" dialog: a thin view over {@link ConnectAccountViewModel}. The key goes into a
 * {@link PasswordField}, which shows dots and refuses to copy or cut its text.
 */
public final class ConnectAccountDialog extends Dialog<Account> {

    static final ButtonType CHECK = new ButtonType("Check key", ButtonBar.ButtonData.OTHER);
    static final ButtonType SAVE = new ButtonType("Save account", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType THIS_RUN = new ButtonType("Use for this run only", ButtonBar.ButtonData.LEFT);
    static final ButtonType UNCHECKED = new ButtonType("Save without checking", ButtonBar.ButtonData.LEFT);

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
        environment.setAccessibleText("Environment");
        environment.getItems().setAll(Environment.values());
        environment.valueProperty().bindBidirectional(vm.environmentProperty());
        TextField url = new TextField();
        url.setId("account-url");
        url.setAccessibleText("API address");
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
        actAs.promptTextProperty()
                .bind(Bindings.when(Bindings.isEmpty(vm.users()))
                        .then("Check the key to list Lever's users")
                        .otherwise("The key's default (no one)"));

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
        // One wrapped label a permission: long lines wrap instead of being cut, and the box is as tall as its lines.
        VBox report = new VBox(2);
        report.setId("connect-report");
        report.getStyleClass().add("connect-report");
        vm.report().addListener((ListChangeListener<ConnectAccountViewModel.ReportLine>) change -> report.getChildren()
                .setAll(vm.report().stream()
                        .map(ConnectAccountDialog::reportLabel)
                        .toList()));
        report.visibleProperty().bind(Bindings.isNotEmpty(vm.report()));
        report.managedProperty().bind(report.visibleProperty());
        Label missing = wrapped(new Label(), "connect-missing");
        missing.textProperty().bind(vm.missingProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(24, 24);
        busy.visibleProperty()
                .bind(vm.stepProperty()
                        .isEqualTo(ConnectAccountViewModel.Step.CHECKING)
                        .or(vm.stepProperty().isEqualTo(ConnectAccountViewModel.Step.SAVING)));
        busy.managedProperty().bind(busy.visibleProperty());

        VBox content = new VBox(10, help, form, validation, busy, problem, report, missing);
        content.getStyleClass().add("connect-account");
        content.setPrefWidth(620);
        content.setMinHeight(Region.USE_PREF_SIZE);
        getDialogPane().setContent(content);
        getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        getDialogPane().getButtonTypes().setAll(THIS_RUN, UNCHECKED, CHECK, SAVE, ButtonType.CANCEL);

        button(CHECK, "connect-check", vm::check)
                .disableProperty()
                .bind(vm.canCheckProperty().not());
        button(SAVE, "connect-save", vm::save)
                .disableProperty()
                .bind(vm.canSaveProperty().not());
        Button thisRun = button(THIS_RUN, "connect-this-run", vm::saveForThisRunOnly);
        thisRun.visibleProperty().bind(vm.keychainUnavailableProperty());
        thisRun.managedProperty().bind(thisRun.visibleProperty());
        Button unchecked = button(UNCHECKED, "connect-save-unchecked", vm::saveWithoutChecking);
        unchecked.visibleProperty().bind(vm.canSaveUncheckedProperty());
        unchecked.managedProperty().bind(unchecked.visibleProperty());
        // The address field, the report, the sentences and the extra buttons come and go: follow the content.
        for (Observable changes : new Observable[] {
            vm.stepProperty(),
            vm.problemProperty(),
            vm.environmentProperty(),
            vm.keychainUnavailableProperty(),
            vm.canSaveUncheckedProperty(),
            vm.report(),
            vm.validationProperty()
        }) {
            changes.addListener(o -> sizeToContent());
        }
        setOnShown(e -> sizeToContent());
        setResultConverter(button -> null);
        vm.savedProperty().addListener((o, was, account) -> {
            if (account != null) {
                setResult(account);
                close();
            }
        });
    }

    /** A button that runs {@code action} and leaves the dialog open, as wide as its words (never "Use the …"). */
    private Button button(ButtonType type, String id, Runnable action) {
        Button button = (Button) getDialogPane().lookupButton(type);
        button.setId(id);
        button.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            action.run();
        });
        ButtonBar.setButtonUniformSize(button, false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    /** Grows or shrinks the window to its content after the next layout, and keeps it on the screen. */
    private void sizeToContent() {
        if (getDialogPane().getScene() == null || getDialogPane().getScene().getWindow() == null) {
            return;
        }
        Window window = getDialogPane().getScene().getWindow();
        getDialogPane().applyCss();
        getDialogPane().layout();
        window.sizeToScene();
        Rectangle2D screen = Screen.getScreensForRectangle(
                        window.getX(), window.getY(), Math.max(1, window.getWidth()), Math.max(1, window.getHeight()))
                .stream()
                .findFirst()
                .orElse(Screen.getPrimary())
                .getVisualBounds();
        if (window.getHeight() > screen.getHeight()) {
            window.setHeight(screen.getHeight());
        }
        if (window.getY() + window.getHeight() > screen.getMaxY()) {
            window.setY(Math.max(screen.getMinY(), screen.getMaxY() - window.getHeight()));
        }
        if (window.getX() + window.getWidth() > screen.getMaxX()) {
            window.setX(Math.max(screen.getMinX(), screen.getMaxX() - window.getWidth()));
        }
    }

    private static Label reportLabel(ConnectAccountViewModel.ReportLine line) {
        Label label = new Label(line.text());
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(line.allowed() ? "permission-allowed" : "permission-missing");
        return label;
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
}
