package io.stageboard.service.tags;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a tag may contain, following Lever's FAQ: printable keyboard characters (ASCII 0x20–0x7E) and space, no
 * length limit but short is better. Shared by every place a user types a tag (detail pane, tag library, new
 * candidate form), so they all refuse and warn with the same sentences.
 */
public final class TagRules {

    /** Beyond this many characters a tag is accepted with a hint that a note may serve better. */
    public static final int LONG_TAG = 40;

    private TagRules() {}

    /**
     * The outcome of checking a typed tag.
     *
     * @param tag      the tag to send: the typed text without surrounding spaces
     * @param error    why the tag is refused, or null when it may be used
     * @param warnings things the user should know before using it (long tag, case-only difference)
     */
    public record Verdict(String tag, String error, List<String> warnings) {

        public Verdict {
            warnings = List.copyOf(warnings);
        }

        /** @return true when the tag may be sent to Lever */
        public boolean ok() {
            return error == null;
        }
    }

    /**
     * Checks a typed tag against Lever's character rules and the account's existing tags.
     *
     * @param typed    what the user typed; surrounding spaces are dropped
     * @param existing the account's tags, for the case-only warning
     * @return the verdict; never null
     */
    public static Verdict check(String typed, Collection<String> existing) {
        String tag = stripSpaces(typed == null ? "" : typed);
        Optional<String> bad = forbiddenCharacter(tag);
        if (bad.isPresent()) {
            return new Verdict(
                    tag,
                    "Tags can only use keyboard characters and spaces; " + bad.get() + " is not allowed.",
                    List.of());
        }
        if (tag.isEmpty()) {
            return new Verdict(tag, "A tag cannot be empty; type at least one letter, digit or sign.", List.of());
        }
        List<String> warnings = new ArrayList<>();
        if (tag.length() > LONG_TAG) {
            warnings.add("This tag is " + tag.length() + " characters long. Tags work best short; for longer"
                    + " information a note may serve better.");
        }
        existing.stream()
                .filter(other -> other.equalsIgnoreCase(tag) && !other.equals(tag))
                .findFirst()
                .ifPresent(other -> warnings.add("\"" + tag + "\" differs from the existing tag \"" + other
                        + "\" only in case; Lever treats them as two different tags."));
        return new Verdict(tag, null, warnings);
    }

    /** Drops spaces at both ends only: a tab or line break there must still be reported, not silently removed. */
    private static String stripSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * Lever's rule for tags, also applied to other plain keyboard text such as sources.
     *
     * @return a phrase naming the first character outside ASCII 0x20–0x7E ("a tab (U+0009)"), or empty when there is
     * none
     */
    public static Optional<String> forbiddenCharacter(String text) {
        return text.codePoints()
                .filter(cp -> cp < 0x20 || cp > 0x7E)
                .mapToObj(TagRules::describe)
                .findFirst();
    }

    private static String describe(int codePoint) {
        String code = String.format(Locale.ROOT, "U+%04X", codePoint);
        return switch (codePoint) {
            case '\t' -> "a tab (" + code + ")";
            case '\n', '\r' -> "a line break (" + code + ")";
            case 0x7F -> "the delete control character (" + code + ")";
            default ->
                Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT
                        ? "an invisible control character (" + code + ")"
                        : Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                                ? "a special space (" + code + ")"
                                : "\"" + new String(Character.toChars(codePoint)) + "\" (" + code + ")";
        };
    }
}
