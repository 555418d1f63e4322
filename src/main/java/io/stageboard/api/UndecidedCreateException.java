package io.stageboard.api;

/**
 * A create with a parsed résumé and neither a name nor an email may have reached Lever without an answer, and
 * Stageboard cannot tell whether it did: it is not sent again, so the candidate is never created twice. Not transient:
 * the user looks in Lever first.
 */
public final class UndecidedCreateException extends LeverException {

    private final String fileName;
    private final String finding;

    /**
     * @param fileName the résumé the create was sent with
     * @param finding  what the search found, as the end of a sentence ("the one candidate created since it was sent
     *                 does not show that résumé")
     */
    UndecidedCreateException(String fileName, String finding) {
        super(0, null, null, sentence(fileName, " (Lever did not answer)", finding), false, null);
        this.fileName = fileName;
        this.finding = finding;
    }

    /** The whole sentence with {@code when} saying what interrupted the create (" before the app stopped"). */
    public String sentence(String when) {
        return sentence(fileName, when, finding);
    }

    private static String sentence(String fileName, String when, String finding) {
        return "Stageboard cannot tell whether Lever created the candidate from " + fileName + when
                + ": the form gave no name or email to look for, and " + finding + ". Look in Lever for a candidate"
                + " created from " + fileName + " since then before you retry it, or it may be created twice.";
    }
}
