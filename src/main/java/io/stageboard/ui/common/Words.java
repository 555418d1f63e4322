package io.stageboard.ui.common;

/** Small helpers for the app's sentences: a count with its noun in the right number, a value in quotes. */
public final class Words {

    private Words() {}

    /** "1 candidate", "4 candidates": {@code count} and the singular or plural noun. */
    public static String count(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }

    /** A value as it stands in a sentence, in straight quotes like every other sentence of the app: "Q3 review". */
    public static String quoted(String value) {
        return "\"" + value + "\"";
    }
}
