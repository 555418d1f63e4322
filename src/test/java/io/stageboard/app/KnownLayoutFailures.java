package io.stageboard.app;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Layout problems the audit finds in views this branch does not own (other branches change them at the same time):
 * each names the view, the control and the reason, so that the lead can fix it at the merge. They are printed, not
 * failed on; a problem that matches none of them fails the audit.
 */
final class KnownLayoutFailures {

    /**
     * A view (the start of its name as the audit gives it: "connect dialog" covers each of its states; "" every
     * view of the main window), a pattern found in the problem (the control and what is wrong), the reason and
     * the file that needs the fix.
     */
    record Known(String view, String control, String reason) {
        boolean matches(String problem) {
            return problem.startsWith(view)
                    && Pattern.compile(control).matcher(problem).find();
        }
    }

    static final List<Known> KNOWN = List.of(
            new Known(
                    "",
                    "StatusBar has no accessible name",
                    "app/WindowBars.java (branch anykey): ControlsFX's StatusBar takes the keyboard focus but has no"
                            + " name; setFocusTraversable(false) on it, or an accessible text"),
            new Known(
                    "connect dialog",
                    "ComboBox #account-environment has no accessible name",
                    "ui/settings/ConnectAccountDialog.java (branch anykey): its label is not setLabelFor the box"),
            new Known(
                    "connect dialog",
                    "TextField #account-url has no accessible name",
                    "ui/settings/ConnectAccountDialog.java (branch anykey): its label is not setLabelFor the field"),
            new Known(
                    "connect dialog",
                    "ListView #connect-report has no accessible name",
                    "ui/settings/ConnectAccountDialog.java (branch anykey): the permission report list has no"
                            + " accessible text"),
            new Known(
                    "details",
                    "Label “[^”]* · [A-Z][a-z]{2} \\d+, \\d{4}, [^”]*” is cut",
                    "ui/detail/NotesView.java (branch resumes): a note's header line (author · date · Secret) ends"
                            + " in an ellipsis in a narrow details pane; it should wrap"),
            new Known(
                    "connect dialog (no keychain)",
                    "Button #connect-this-run “Use the key for this run only” is cut",
                    "ui/settings/ConnectAccountDialog.java (branch anykey): the fourth button does not fit the"
                            + " 620-wide dialog; the button bar needs room (setMinWidth(USE_PREF_SIZE)) or a shorter"
                            + " label"),
            new Known(
                    "connect dialog (custom address)",
                    "ButtonBar lies outside the window",
                    "ui/settings/ConnectAccountDialog.java (branch anykey): the address field appears but the"
                            + " dialog keeps its height, so Check key, Save account and Cancel go below its bottom"
                            + " edge; sizeToContent() on the environment change too"),
            new Known(
                    "new candidate",
                    "ListView #candidate-problems has no accessible name",
                    "ui/candidate/NewCandidateView.java (branch resumes): the list of problems has no accessible"
                            + " text"));

    private KnownLayoutFailures() {}

    /** The problems no known failure explains. */
    static List<String> unexpected(List<String> problems) {
        return problems.stream()
                .filter(p -> KNOWN.stream().noneMatch(k -> k.matches(p)))
                .toList();
    }

    /** Prints the known failures that still occur, once each. */
    static void report(List<String> problems) {
        for (Known known : KNOWN) {
            long count = problems.stream().filter(known::matches).count();
            if (count > 0) {
                System.out.println("Known layout failure (" + count + "×): " + known.view() + ": " + known.control()
                        + ": " + known.reason());
            }
        }
    }
}
