package io.stageboard.sandbox;

import io.stageboard.sandbox.SandboxModel.ArchiveReason;
import io.stageboard.sandbox.SandboxModel.DeletedOpportunity;
import io.stageboard.sandbox.SandboxModel.Posting;
import io.stageboard.sandbox.SandboxModel.Stage;
import io.stageboard.sandbox.SandboxModel.User;
import java.util.List;

/** Everything the generator produces, handed to {@link SandboxData} in one piece. */
record SeedData(
        List<Stage> stages,
        List<ArchiveReason> archiveReasons,
        List<User> users,
        List<Posting> postings,
        SeedOpportunities opportunities,
        List<DeletedOpportunity> deleted) {}
