package io.stageboard.app;

import io.stageboard.api.LeverAuthenticationException;
import io.stageboard.api.LeverException;
import io.stageboard.api.User;
import io.stageboard.credentials.Account;
import io.stageboard.credentials.AccountStore;
import io.stageboard.credentials.Environment;
import io.stageboard.credentials.Feature;
import io.stageboard.credentials.InMemorySecretStore;
import io.stageboard.credentials.KeyReport;
import io.stageboard.credentials.KeyringSecretStore;
import io.stageboard.credentials.SecretStore;
import io.stageboard.service.accounts.AccountService;
import io.stageboard.store.Database;
import io.stageboard.store.OpportunityCache;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

/**
 * {@code accounts list | add NAME --base-url URL [--perform-as ID] | remove NAME}: the saved Lever accounts, headless.
 * {@code add} reads the key from standard input (or asks for it without echo on a terminal), checks it against Lever
 * and keeps it in the system keychain, as the window's Connect dialog does; {@code remove} deletes the key from the
 * keychain, the account and its local cache, as Sign out does. Exit 0 on success, 1 when Lever, the keychain or a
 * missing account stops it, 2 for bad arguments.
 */
final class AccountsCommand {

    static final String USAGE = "Usage: stageboard accounts list\n"
            + "       stageboard accounts add NAME --base-url URL [--perform-as USER_ID]   (the key on standard input)\n"
            + "       stageboard accounts remove NAME";

    /** Reads the API key for the named account; the production one reads standard input or the terminal. */
    interface KeyInput {
        String read(String accountName) throws IOException;
    }

    private final AccountService accounts;
    private final SecretStore keychain;
    private final PrintStream out;
    private final PrintStream err;

    private AccountsCommand(AccountService accounts, SecretStore keychain, PrintStream out, PrintStream err) {
        this.accounts = accounts;
        this.keychain = keychain;
        this.out = out;
        this.err = err;
    }

    /** The command as the launcher runs it: the user's keychain and preferences, the app data folder's cache. */
    static int run(List<String> args, AppPaths paths, PrintStream out, PrintStream err) {
        ExecutorService background = StageboardApp.newBackgroundExecutor();
        try {
            KeyringSecretStore keychain = new KeyringSecretStore();
            AccountService accounts = userAccounts(keychain, background);
            // Like Sign out in the window: removing an account deletes what Stageboard cached of it.
            accounts.onSignOut(id -> {
                try (Database db = Database.open(paths.home())) {
                    new OpportunityCache(db).deleteAccount(id);
                }
            });
            return run(args, accounts, keychain, AccountsCommand::readKey, out, err);
        } finally {
            background.shutdownNow();
        }
    }

    /** The saved accounts of this user: keys in the system keychain, the rest in the user preferences. */
    static AccountService userAccounts(Executor background) {
        return userAccounts(new KeyringSecretStore(), background);
    }

    private static AccountService userAccounts(SecretStore keychain, Executor background) {
        return new AccountService(
                keychain,
                new InMemorySecretStore(),
                AccountStore.forUser(),
                background,
                AccountService.defaultClients());
    }

    /**
     * Runs one subcommand.
     *
     * @param accounts the accounts service (the keychain and preferences it was built on are the ones changed)
     * @param keychain the same keychain, asked by {@code list} whether each key is there
     */
    static int run(
            List<String> args,
            AccountService accounts,
            SecretStore keychain,
            KeyInput keys,
            PrintStream out,
            PrintStream err) {
        AccountsCommand command = new AccountsCommand(accounts, keychain, out, err);
        try {
            String verb = args.isEmpty() ? "" : args.get(0);
            List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
            int code = switch (verb) {
                case "list" -> command.list(rest);
                case "add" -> command.add(rest, keys);
                case "remove" -> command.remove(rest);
                default ->
                    throw new IllegalArgumentException(
                            verb.isEmpty()
                                    ? "accounts needs list, add or remove."
                                    : "accounts does not know \"" + verb + "\"; use list, add or remove.");
            };
            out.flush();
            return code;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (CompletionException e) {
            err.println("accounts: " + sentence(e.getCause() == null ? e : e.getCause()));
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("accounts: " + sentence(e));
            return 1;
        }
    }

    /**
     * Opens a saved account by name for a headless command: its key from the keychain, its act-as user.
     *
     * @throws IllegalArgumentException when no saved account has that name
     */
    static Workspace openSaved(AccountService accounts, String name) {
        Account account = find(accounts, name)
                .orElseThrow(() -> new IllegalArgumentException(
                        "No saved account is named \"" + name + "\"; see stageboard accounts list."));
        try {
            return WindowSession.workspaceFor(accounts.open(account).join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private int list(List<String> args) {
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("accounts list takes no arguments.");
        }
        List<Account> saved = accounts.accounts().join();
        if (saved.isEmpty()) {
            err.println("No saved accounts. Add one with: stageboard accounts add NAME --base-url URL");
        }
        for (Account a : saved) {
            String key = keychain.read(a.id()).isPresent() ? "key in " + keychain.description() : "key missing";
            String actAs = a.actAsUserId() == null
                    ? "-"
                    : a.actAsUserId() + (a.actAsUserName() == null ? "" : " (" + a.actAsUserName() + ")");
            out.println(a.name() + "\t" + a.baseUrl() + "\t" + actAs + "\t" + key);
        }
        return 0;
    }

    private int add(List<String> args, KeyInput keys) throws IOException {
        String name = null;
        String baseUrl = null;
        String performAs = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--base-url" -> baseUrl = valueAfter(args, i++);
                case "--perform-as" -> performAs = valueAfter(args, i++);
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("accounts add does not know the option " + arg + ".");
                    }
                    if (name != null) {
                        throw new IllegalArgumentException(
                                "accounts add takes one name; put a name with spaces in" + " quotes.");
                    }
                    name = arg.strip();
                }
            }
        }
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("accounts add needs the account's name.");
        }
        if (baseUrl == null) {
            throw new IllegalArgumentException("accounts add needs the API address: --base-url URL (for example "
                    + Environment.PRODUCTION.baseUrl() + ").");
        }
        String key = keys.read(name);
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("accounts add read no API key on standard input.");
        }
        key = key.strip();

        AccountService.Validation checked;
        try {
            checked = accounts.validate(baseUrl, key).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof LeverAuthenticationException) {
                err.println("accounts: Lever rejected this key for " + baseUrl + " (HTTP 401). Check that it is the"
                        + " whole key and belongs to this environment; nothing was saved.");
                return 1;
            }
            throw e;
        }
        KeyReport report = checked.report();
        if (!report.missingSentence().isEmpty()) {
            err.println(report.missingSentence());
        }
        // Adding a name that is already saved replaces that account's address and key, under the same keychain entry.
        Optional<Account> existing = find(accounts, name);
        String url = baseUrl.strip().replaceAll("/+$", "");
        String accountName = name;
        Account account = existing.map(a -> new Account(a.id(), accountName, Environment.of(url), url, null, null))
                .orElseGet(() -> Account.create(accountName, Environment.of(url), url));
        if (performAs != null) {
            account = actAs(account, performAs, checked, report);
        }
        accounts.connect(account, key, false).join();
        out.println("accounts: " + (existing.isPresent() ? "updated " : "added ") + "\"" + name + "\" (" + url
                + "); its key is in " + keychain.description() + ".");
        return 0;
    }

    private static Account actAs(Account account, String userId, AccountService.Validation checked, KeyReport report) {
        if (report.access(Feature.USERS) != KeyReport.Access.ALLOWED) {
            // The key may not read users: take the id on trust, as Lever will check it on every write.
            return account.withActAs(userId, null);
        }
        User user = checked.activeUsers().stream()
                .filter(u -> u.id().equals(userId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No active Lever user has the id " + userId
                        + "; nothing was saved. Active users: " + describe(checked.activeUsers()) + "."));
        return account.withActAs(user.id(), user.name());
    }

    private int remove(List<String> args) {
        if (args.size() != 1 || args.get(0).isBlank()) {
            throw new IllegalArgumentException("accounts remove takes the account's name.");
        }
        String name = args.get(0).strip();
        Optional<Account> account = find(accounts, name);
        if (account.isEmpty()) {
            err.println("accounts: no saved account is named \"" + name + "\"; nothing was removed.");
            return 1;
        }
        accounts.signOut(account.get()).join();
        out.println("accounts: removed \"" + name + "\"; its key is deleted from " + keychain.description() + ".");
        return 0;
    }

    private static Optional<Account> find(AccountService accounts, String name) {
        String wanted = name.strip();
        return accounts.accounts().join().stream()
                .filter(a -> a.name().equalsIgnoreCase(wanted))
                .findFirst();
    }

    private static String valueAfter(List<String> args, int i) {
        if (i + 1 >= args.size()
                || args.get(i + 1).startsWith("--")
                || args.get(i + 1).isBlank()) {
            throw new IllegalArgumentException("accounts add needs a value after " + args.get(i) + ".");
        }
        return args.get(i + 1);
    }

    private static String describe(List<User> users) {
        List<String> named = new ArrayList<>();
        for (User u : users.subList(0, Math.min(users.size(), 10))) {
            named.add(u.id() + " (" + u.name() + ")");
        }
        return named.isEmpty() ? "none" : String.join(", ", named) + (users.size() > 10 ? ", …" : "");
    }

    /** The key without echo on a terminal; otherwise all of standard input, as a script pipes it. */
    private static String readKey(String accountName) throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Lever API key for \"%s\": ", accountName);
            return typed == null ? null : new String(typed);
        }
        return read(System.in);
    }

    static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String sentence(Throwable e) {
        // Lever's and the keychain's exceptions carry a sentence for the user and never the key.
        if (e instanceof LeverException lever) {
            return lever.userMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
