package io.stageboard.testing;

import io.stageboard.ui.common.Notifier;
import io.stageboard.ui.common.UserAction;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a view-model told the user, for assertions. */
public final class RecordingNotifier implements Notifier {

    public final List<String> infos = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<UserAction> actions = new ArrayList<>();

    @Override
    public void info(String message, List<UserAction> offered) {
        infos.add(message);
        actions.addAll(offered);
    }

    @Override
    public void error(String message) {
        errors.add(message);
    }
}
