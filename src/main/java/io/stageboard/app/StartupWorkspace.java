package io.stageboard.app;

import io.stageboard.credentials.Account;
import io.stageboard.service.accounts.AccountService;
import io.stageboard.service.failures.FailurePolicy;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * Decides what the window opens on: the account in {@code LEVER_API_BASE_URL}/{@code LEVER_API_KEY} (memory only)
 * when set; else the last used saved account, its key read from the keychain; else, or when that fails, the demo
 * with a sentence saying why. Runs before the window opens, off the FX thread.
 *
 * @param workspace the workspace to show
 * @param account   the saved account it belongs to, or null (demo, environment)
 * @param notice    a sentence to show once the window is open, or null
 */
record StartupWorkspace(Workspace workspace, Account account, String notice) {

    static StartupWorkspace open(Map<String, String> env, AccountService accounts) throws IOException {
        if (isSet(env.get("LEVER_API_BASE_URL")) || isSet(env.get("LEVER_API_KEY"))) {
            return new StartupWorkspace(WorkspaceOpener.open(env), null, null);
        }
        String notice = null;
        Optional<Account> last = accounts.lastUsed().join();
        if (last.isPresent()) {
            try {
                AccountService.OpenAccount opened = accounts.open(last.get()).join();
                return new StartupWorkspace(WindowSession.workspaceFor(opened), last.get(), null);
            } catch (CompletionException e) {
                notice = "Could not open \"" + last.get().name() + "\": "
                        + FailurePolicy.describe(e).text()
                        + " Showing the demo workspace; choose the account again from Switch account.";
            }
        }
        return new StartupWorkspace(WorkspaceOpener.openDemo(), null, notice);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
