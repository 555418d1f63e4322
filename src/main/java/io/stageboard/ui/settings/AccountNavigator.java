package io.stageboard.ui.settings;

import io.stageboard.credentials.Account;

/** Swaps the window's workspace; implemented by the app, which owns the window and the open clients. */
public interface AccountNavigator {

    /**
     * Opens an account in the window, closing the current workspace once the new one is ready.
     *
     * @param notice a sentence for the new window's notification bar, or null
     */
    void open(Account account, String notice);

    /**
     * Opens the demo workspace on the built-in sandbox.
     *
     * @param notice a sentence for the new window's notification bar, or null
     */
    void openDemo(String notice);
}
