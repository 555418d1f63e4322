package io.stageboard.ui.settings;

import io.stageboard.api.User;
import javafx.util.StringConverter;

/** Shows a Lever user as "Name (role)" in choosers. */
final class UserNames extends StringConverter<User> {

    @Override
    public String toString(User user) {
        if (user == null) {
            return "The key's default (no one)";
        }
        String name = user.name() == null || user.name().isBlank() ? user.email() : user.name();
        return user.accessRole() == null ? name : name + " (" + user.accessRole() + ")";
    }

    @Override
    public User fromString(String text) {
        throw new UnsupportedOperationException("Users are chosen from the list, not typed.");
    }
}
