package io.stageboard.ui.detail;

/**
 * One note as the list shows it.
 *
 * @param id       note id
 * @param author   the author's name, or "API" for a note without a user
 * @param time     when it was written, formatted
 * @param secret   whether it is a secret note
 * @param score    the rating, or null
 * @param body     the note's text from Lever's {@code fields[].value}, shown as plain text
 */
public record NoteItem(String id, String author, String time, boolean secret, Integer score, String body) {

    /** @return the line above the text: author, time, and the secret and score marks */
    public String header() {
        StringBuilder line = new StringBuilder(author).append(" · ").append(time);
        if (secret) {
            line.append(" · Secret");
        }
        if (score != null) {
            line.append(" · Score ").append(score);
        }
        return line.toString();
    }
}
