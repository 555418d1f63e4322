package io.stageboard.service.outbox;

import io.stageboard.store.Outbox;

/** Stores commands in the outbox as a kind and JSON arguments, and reads them back. */
public final class WriteCommands {

    private WriteCommands() {}

    /** @return the command's arguments as JSON */
    public static String encode(WriteCommand command) {
        return Json.write(command);
    }

    /**
     * Keeps the job's command in the journal as {@link WriteCommand#settled()} says, once nothing of it is left to
     * send or retry.
     */
    static void settle(Outbox outbox, long jobId, WriteCommand command) {
        WriteCommand settled = command.settled();
        if (settled != command) {
            outbox.setArgument(jobId, encode(settled));
        }
    }

    /**
     * @param kind     {@link WriteCommand#kind()}
     * @param argument what {@link #encode} wrote
     * @return the command
     */
    public static WriteCommand decode(String kind, String argument) {
        return switch (kind) {
            case "tags" -> Json.read(argument, ChangeTags.class);
            case "stage" -> Json.read(argument, MoveStage.class);
            case "archive" -> Json.read(argument, Archive.class);
            case "unarchive" -> new Unarchive();
            case "note-create" -> Json.read(argument, CreateNote.class);
            case "note-delete" -> Json.read(argument, DeleteNote.class);
            case "note-edit" -> Json.read(argument, EditNote.class);
            case "candidate-create" -> Json.read(argument, CreateCandidate.class);
            case "file-upload" -> Json.read(argument, UploadFile.class);
            default -> throw new IllegalArgumentException("The outbox holds a job of an unknown kind: " + kind);
        };
    }
}
