package io.stageboard.ui.settings;

import io.stageboard.api.LeverConfigurationException;
import io.stageboard.api.LeverNetworkException;
import io.stageboard.api.User;
import io.stageboard.credentials.Account;
import io.stageboard.credentials.Environment;
import io.stageboard.credentials.KeyReport;
import io.stageboard.credentials.SecretStoreException;
import io.stageboard.service.accounts.AccountService;
import io.stageboard.ui.common.Failures;
import io.stageboard.ui.common.UiExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "Connect Lever account" form: name, environment, address and key, validated as typed; "Check key" asks Lever
 * what the key may do and lists the users to act as; "Save" puts the key in the keychain (or, when none is
 * reachable and the user agrees, in memory for this run only). Reconnecting an account whose key Lever rejected
 * keeps its id, name and address and replaces the key.
 */
public final class ConnectAccountViewModel {

    /** Where the key comes from, shown at the top of the dialog. */
    public static final String KEY_HELP = "A Super Admin creates API keys in Lever under Settings › Integrations"
            + " and API › API Credentials, choosing the endpoints each key may use. Lever shows a new key once, so"
            + " copy it straight into this dialog. Stageboard keeps it in your system's keychain, never in a file.";

    /** Where the form is. */
    public enum Step {
        EDITING,
        CHECKING,
        CHECKED,
        SAVING,
        SAVED
    }

    private final AccountService accounts;
    private final UiExecutor ui;
    private final Account replacing;

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<Environment> environment =
            new SimpleObjectProperty<>(this, "environment", Environment.PRODUCTION);
    private final StringProperty customUrl = new SimpleStringProperty(this, "customUrl", "https://");
    private final StringProperty key = new SimpleStringProperty(this, "key", "");
    private final ObjectProperty<User> actAs = new SimpleObjectProperty<>(this, "actAs");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.EDITING);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper missing = new ReadOnlyStringWrapper(this, "missing", "");
    private final ReadOnlyBooleanWrapper unreachable = new ReadOnlyBooleanWrapper(this, "unreachable");
    private final ReadOnlyBooleanWrapper keychainUnavailable = new ReadOnlyBooleanWrapper(this, "keychainUnavailable");
    private final ReadOnlyObjectWrapper<Account> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final ObservableList<ReportLine> report = FXCollections.observableArrayList();
    private final ObservableList<User> users = FXCollections.observableArrayList();
    private final StringBinding validation;
    private final BooleanBinding canCheck;
    private final BooleanBinding canSave;
    private final BooleanBinding canSaveUnchecked;
    private int attempt;

    /** One line of the permission report: "✓ Stages (read): the board's columns". */
    public record ReportLine(boolean allowed, String text) {}

    /**
     * @param accounts  saves and checks accounts
     * @param ui        where results are applied
     * @param replacing the account whose key is being replaced (Lever rejected it), or null for a new account
     * @param reason    why the dialog opened (the 401 sentence), or null
     */
    public ConnectAccountViewModel(AccountService accounts, UiExecutor ui, Account replacing, String reason) {
        this.accounts = accounts;
        this.ui = ui;
        this.replacing = replacing;
        if (replacing != null) {
            name.set(replacing.name());
            environment.set(replacing.environment());
            if (replacing.environment() == Environment.CUSTOM) {
                customUrl.set(replacing.baseUrl());
            }
        }
        problem.set(reason == null ? "" : reason);
        validation = Bindings.createStringBinding(this::validate, name, environment, customUrl, key);
        canCheck = Bindings.createBooleanBinding(
                () -> validation.get().isEmpty()
                        && step.get() != Step.CHECKING
                        && step.get() != Step.SAVING
                        && step.get() != Step.SAVED,
                validation,
                step);
        canSave = Bindings.createBooleanBinding(
                () -> validation.get().isEmpty() && step.get() == Step.CHECKED, validation, step);
        canSaveUnchecked = Bindings.createBooleanBinding(
                () -> validation.get().isEmpty() && unreachable.get() && step.get() == Step.EDITING,
                validation,
                step,
                unreachable);
        // A changed address or key makes the report stale: check again before saving.
        environment.addListener(o -> invalidateCheck());
        customUrl.addListener(o -> invalidateCheck());
        key.addListener(o -> invalidateCheck());
    }

    private String validate() {
        if (name.get() == null || name.get().isBlank()) {
            return "Give the account a name, such as \"Acme production\".";
        }
        if (environment.get() == Environment.CUSTOM) {
            try {
                accounts.checkAddress(customUrl.get());
            } catch (LeverConfigurationException e) {
                return e.getMessage();
            }
        }
        String k = key.get() == null ? "" : key.get().strip();
        if (k.isEmpty()) {
            return "Paste the API key from Lever's API Credentials page.";
        }
        if (!k.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return "The API key contains spaces or characters a Lever key cannot have; copy it again from Lever.";
        }
        return "";
    }

    private void invalidateCheck() {
        if (step.get() == Step.CHECKED || step.get() == Step.CHECKING) {
            attempt++;
            step.set(Step.EDITING);
            report.clear();
            users.clear();
            missing.set("");
        }
        unreachable.set(false);
        keychainUnavailable.set(false);
    }

    /** The address the key is checked and saved for. */
    public String baseUrl() {
        return environment.get() == Environment.CUSTOM
                ? accounts.checkAddress(customUrl.get())
                : environment.get().baseUrl();
    }

    /** Asks Lever what the key may do; fills the report and the act-as users. */
    public void check() {
        if (!canCheck.get()) {
            return;
        }
        int thisAttempt = ++attempt;
        step.set(Step.CHECKING);
        problem.set("");
        unreachable.set(false);
        report.clear();
        users.clear();
        accounts.validate(baseUrl(), key.get().strip())
                .whenCompleteAsync(
                        (result, error) -> {
                            if (thisAttempt != attempt) {
                                return;
                            }
                            if (error != null) {
                                step.set(Step.EDITING);
                                problem.set(Failures.describe(error));
                                // Offline, the user may still save the account and let it connect later.
                                unreachable.set(Failures.unwrap(error) instanceof LeverNetworkException);
                                return;
                            }
                            for (KeyReport.Check check : result.report().checks()) {
                                boolean allowed = check.access() == KeyReport.Access.ALLOWED;
                                String mark = allowed ? "✓ " : check.access() == KeyReport.Access.DENIED ? "✗ " : "? ";
                                String tail = check.access() == KeyReport.Access.UNKNOWN
                                        ? " (could not check: " + check.detail() + ")"
                                        : "";
                                report.add(new ReportLine(
                                        allowed,
                                        mark + check.feature().permission() + ": "
                                                + check.feature().usedFor() + tail));
                            }
                            missing.set(result.report().missingSentence());
                            users.setAll(result.activeUsers());
                            String remembered = replacing == null ? null : replacing.actAsUserId();
                            actAs.set(users.stream()
                                    .filter(u -> u.id().equals(remembered))
                                    .findFirst()
                                    .orElse(null));
                            step.set(Step.CHECKED);
                        },
                        ui);
    }

    /** Saves the key in the keychain and the account in preferences. */
    public void save() {
        save(false);
    }

    /** Keeps the key in memory for this run only: offered when no keychain is reachable. */
    public void saveForThisRunOnly() {
        save(true);
    }

    /**
     * Saves an account whose key could not be checked because Lever was unreachable; offered only then. The board
     * says what the key may do once Lever answers.
     */
    public void saveWithoutChecking() {
        if (canSaveUnchecked.get()) {
            step.set(Step.CHECKED);
            save(false);
        }
    }

    private void save(boolean thisRunOnly) {
        if (!canSave.get()) {
            return;
        }
        step.set(Step.SAVING);
        problem.set("");
        Account account = (replacing == null
                ? Account.create(name.get().strip(), environment.get(), baseUrl())
                : new Account(replacing.id(), name.get().strip(), environment.get(), baseUrl(), null, null));
        User user = actAs.get();
        Account toSave = user != null
                ? account.withActAs(user.id(), user.name())
                // A key that may not list users keeps the act-as user chosen before.
                : users.isEmpty() && replacing != null
                        ? account.withActAs(replacing.actAsUserId(), replacing.actAsUserName())
                        : account;
        accounts.connect(toSave, key.get().strip(), thisRunOnly)
                .whenCompleteAsync(
                        (done, error) -> {
                            if (error != null) {
                                step.set(Step.CHECKED);
                                Throwable cause = Failures.unwrap(error);
                                keychainUnavailable.set(cause instanceof SecretStoreException s && s.isUnavailable());
                                problem.set(Failures.describe(cause));
                                return;
                            }
                            // The key has left the form for the keychain; drop this copy.
                            key.set("");
                            step.set(Step.SAVED);
                            saved.set(done);
                        },
                        ui);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Environment> environmentProperty() {
        return environment;
    }

    public StringProperty customUrlProperty() {
        return customUrl;
    }

    /** The key as typed; bound to a masked field only. */
    public StringProperty keyProperty() {
        return key;
    }

    /** The Lever user changes are recorded as; null for the key's default. */
    public ObjectProperty<User> actAsProperty() {
        return actAs;
    }

    /** @return the active users to act as, filled by {@link #check()} */
    public ObservableList<User> users() {
        return users;
    }

    /** @return the permission report, filled by {@link #check()} */
    public ObservableList<ReportLine> report() {
        return report;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The first thing wrong with what was typed, as a sentence; empty when the form is complete. */
    public StringBinding validationProperty() {
        return validation;
    }

    /** Why the key could not be checked or saved (or why the dialog opened); empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What will not work with this key and what to ask a Super Admin for; empty when nothing is missing. */
    public ReadOnlyStringProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    /** True after saving failed because no keychain is reachable: offer "use for this run only". */
    public ReadOnlyBooleanProperty keychainUnavailableProperty() {
        return keychainUnavailable.getReadOnlyProperty();
    }

    public BooleanBinding canCheckProperty() {
        return canCheck;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** True when the check failed because Lever could not be reached: "Save without checking" is offered. */
    public BooleanBinding canSaveUncheckedProperty() {
        return canSaveUnchecked;
    }

    /** True after a check that could not reach Lever (refused, unknown host, TLS, timeout). */
    public ReadOnlyBooleanProperty unreachableProperty() {
        return unreachable.getReadOnlyProperty();
    }

    /** The account once saved; the dialog closes then. */
    public ReadOnlyObjectProperty<Account> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** @return true when this form replaces the key of an existing account */
    public boolean isReconnect() {
        return replacing != null;
    }
}
