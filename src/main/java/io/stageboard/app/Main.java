package io.stageboard.app;

import io.stageboard.credentials.AccountStore;
import io.stageboard.credentials.InMemorySecretStore;
import io.stageboard.credentials.KeyringSecretStore;
import io.stageboard.sandbox.SandboxCommand;
import io.stageboard.service.accounts.AccountService;
import io.stageboard.service.failures.FailurePolicy;
import io.stageboard.store.Database;
import io.stageboard.store.OpportunityCache;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * The launcher. With no arguments it opens the window; {@code --smoke-test} opens it, prints the board's columns and
 * exits; {@code sandbox …} runs the Lever sandbox server without the UI.
 */
public final class Main {

    private static final String USAGE = """
            Usage:
              stageboard                 open the window (the account in LEVER_API_BASE_URL and LEVER_API_KEY, else the last used
                                         account, else the demo workspace)
              stageboard --smoke-test    open the window, load the board, print each column and its count, then exit
              stageboard sandbox [--port N] [--size N] [--seed N] [--latency-ms N] [--failure-rate F]
                                 [--rate-limit RPS] [--burst N] [--api-key K]
                                         run the Lever sandbox server without the UI
              stageboard bulk-tag --add TAG … [--remove TAG …] [--stage ID …] [--posting ID …] [--has-tag TAG …]
                                 [--account NAME]
                                         tag the matching active opportunities headless through the outbox
              stageboard accounts list | add NAME --base-url URL [--perform-as ID] | remove NAME
                                         manage saved accounts; add reads the key from standard input
              stageboard screenshots DIR write README's pictures of the demo workspace to DIR (board.png,
                                         details.png, bulk-job.png, insights.png)
              stageboard --version       print the version, build date, Java and JavaFX versions""";

    private Main() {}

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        AppPaths paths = AppPaths.fromEnvironment(System.getenv());
        // Before the first logger is made, so that the log file lands in the app data folder.
        System.setProperty("stageboard.logdir", paths.logs().toString());
        if (arguments.equals(List.of("--version"))) {
            System.out.println(BuildInfo.current().describe());
            System.exit(0);
        }
        if (!arguments.isEmpty() && arguments.get(0).equals("accounts")) {
            System.exit(AccountsCommand.run(arguments.subList(1, arguments.size()), paths, System.out, System.err));
        }
        if (!arguments.isEmpty() && arguments.get(0).equals("sandbox")) {
            System.exit(SandboxCommand.run(arguments.subList(1, arguments.size()), System.out, System.err));
        }
        if (!arguments.isEmpty() && arguments.get(0).equals("screenshots")) {
            System.exit(ScreenshotsCommand.run(arguments.subList(1, arguments.size()), System.out, System.err));
        }
        if (!arguments.isEmpty() && arguments.get(0).equals("bulk-tag")) {
            System.exit(BulkTagCommand.run(
                    arguments.subList(1, arguments.size()), System.getenv(), System.out, System.err));
        }
        boolean smokeTest = arguments.equals(List.of("--smoke-test"));
        if (!arguments.isEmpty() && !smokeTest) {
            System.err.println(arguments.contains("--help") ? USAGE : "Unknown arguments: " + arguments + "\n" + USAGE);
            System.exit(arguments.contains("--help") ? 0 : 2);
        }
        ExecutorService background = StageboardApp.newBackgroundExecutor();
        AccountService accounts = new AccountService(
                new KeyringSecretStore(),
                new InMemorySecretStore(),
                AccountStore.forUser(),
                background,
                AccountService.defaultClients());
        StartupWorkspace startup;
        try {
            // The saved account's key is read from the keychain here, on the launcher thread, before the window opens.
            startup = StartupWorkspace.open(System.getenv(), accounts);
        } catch (IOException | RuntimeException e) {
            // The client's exceptions never carry the key, so their message is safe to show.
            System.err.println("Stageboard could not open its workspace: "
                    + FailurePolicy.describe(e).text());
            System.exit(1);
            return;
        }
        Database database;
        try {
            database = Database.open(paths.home());
            OpportunityCache cache = new OpportunityCache(database);
            // Signing out of an account deletes what Stageboard keeps of it on this computer.
            accounts.onSignOut(cache::deleteAccount);
        } catch (RuntimeException e) {
            System.err.println(FailurePolicy.describe(e).text());
            System.exit(1);
            return;
        }
        SmokeTest smoke = smokeTest ? new SmokeTest(System.out, System.err) : null;
        StageboardApp.launch(startup, UiSettings.load(paths.settingsFile()), smoke, accounts, background, database);
    }
}
