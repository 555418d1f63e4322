package io.stageboard.ui.settings;

import io.stageboard.api.User;
import io.stageboard.credentials.Account;
import io.stageboard.ui.common.Failures;
import io.stageboard.ui.common.FxUiExecutor;
import io.stageboard.ui.common.Notifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The account switcher: a button in the workspace bar and an "Accounts" menu with the same items (every account, the
 * demo, connect, act as, sign out), and the dialogs they open. A thin view over {@link AccountsViewModel}.
 */
public final class AccountSwitcher {

    private final AccountsViewModel vm;
    private final Notifier notifier;
    private final Supplier<Window> owner;
    private final Function<Account, String> kindName;

    /**
     * @param owner    the window dialogs belong to (looked up when a dialog opens)
     * @param kindName the word the window's badge uses for an account's kind ("Production", "Sandbox"), which the
     *                 menus show beside each account's name
     */
    public AccountSwitcher(
            AccountsViewModel vm, Notifier notifier, Supplier<Window> owner, Function<Account, String> kindName) {
        this.vm = vm;
        this.notifier = notifier;
        this.owner = owner;
        this.kindName = kindName;
        vm.onConnectRequest(request -> {
            vm.connectRequestHandled();
            openConnectDialog(request);
        });
        vm.refresh();
    }

    /** @return the workspace bar's button, named after the account shown */
    public MenuButton button(String currentLabel) {
        MenuButton button = new MenuButton(currentLabel);
        button.setId("account-switcher");
        button.getStyleClass().add("account-switcher");
        button.setOnShowing(e -> button.getItems().setAll(items()));
        button.getItems().setAll(items());
        return button;
    }

    /** @return the menu bar's "Accounts" menu */
    public Menu menu() {
        Menu menu = new Menu("Accounts");
        menu.setId("accounts-menu");
        menu.setOnShowing(e -> menu.getItems().setAll(items()));
        menu.getItems().setAll(items());
        return menu;
    }

    private List<MenuItem> items() {
        List<MenuItem> items = new ArrayList<>();
        ToggleGroup group = new ToggleGroup();
        Account current = vm.current();
        for (Account account : vm.accounts()) {
            RadioMenuItem item = new RadioMenuItem(account.name() + "  (" + kindName.apply(account) + ")");
            item.setToggleGroup(group);
            item.setSelected(current != null && current.id().equals(account.id()));
            item.setOnAction(e -> vm.switchTo(account));
            items.add(item);
        }
        RadioMenuItem demo = new RadioMenuItem("Demo workspace");
        demo.setToggleGroup(group);
        demo.setSelected(current == null);
        demo.setOnAction(e -> vm.switchToDemo());
        items.add(demo);
        items.add(new SeparatorMenuItem());
        MenuItem connect = new MenuItem("Connect Lever account…");
        connect.setOnAction(e -> vm.connectNew());
        items.add(connect);
        MenuItem actAs = new MenuItem("Act as…");
        actAs.setDisable(current == null);
        actAs.setOnAction(e -> chooseActAs());
        items.add(actAs);
        MenuItem signOut = new MenuItem(current == null ? "Sign out" : "Sign out of " + current.name());
        signOut.setDisable(current == null);
        signOut.setOnAction(e -> vm.signOut());
        items.add(signOut);
        return items;
    }

    /** Opens the connect dialog for a request; on success the window switches to the saved account. */
    public void openConnectDialog(AccountsViewModel.ConnectRequest request) {
        ConnectAccountDialog dialog = new ConnectAccountDialog(vm.newConnectForm(request), owner.get());
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                vm.connected(dialog.getResult());
            }
        });
        // show(), not showAndWait(): requests may arrive while the scene is laying out.
        dialog.show();
    }

    private void chooseActAs() {
        Account current = vm.current();
        vm.actAsChoices()
                .whenCompleteAsync(
                        (users, error) -> {
                            if (error != null) {
                                notifier.error("Could not list Lever's users: " + Failures.describe(error));
                                return;
                            }
                            Dialog<ButtonType> dialog = new Dialog<>();
                            dialog.initOwner(owner.get());
                            dialog.setTitle("Act as");
                            dialog.setHeaderText(
                                    "Whose name do Stageboard's changes in \"" + current.name() + "\" carry?");
                            ComboBox<User> choice = new ComboBox<>();
                            choice.setId("act-as-choice");
                            choice.setAccessibleText("Lever user to act as");
                            choice.getItems().add(null);
                            choice.getItems().addAll(users);
                            choice.setConverter(new UserNames());
                            choice.setValue(users.stream()
                                    .filter(u -> u.id().equals(current.actAsUserId()))
                                    .findFirst()
                                    .orElse(null));
                            Label explain =
                                    new Label("Lever records stage moves, tags and notes as this user (perform_as).");
                            explain.setWrapText(true);
                            dialog.getDialogPane().setContent(new VBox(10, explain, choice));
                            dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
                            dialog.showAndWait()
                                    .filter(b -> b == ButtonType.OK)
                                    .ifPresent(b -> vm.actAs(choice.getValue()));
                        },
                        new FxUiExecutor());
    }
}
