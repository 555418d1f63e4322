package io.stageboard.sandbox;

import io.stageboard.sandbox.SandboxModel.Archived;
import io.stageboard.sandbox.SandboxModel.DataProtection;
import io.stageboard.sandbox.SandboxModel.Opportunity;
import io.stageboard.sandbox.SandboxModel.Phone;
import io.stageboard.sandbox.SandboxModel.StageChange;
import java.util.ArrayList;
import java.util.List;

/** Mutable twin of {@link Opportunity}, because records with 28 components are painful to copy by hand. */
final class OpportunityBuilder {

    String id;
    String name;
    String headline = "";
    String contact;
    List<String> emails = new ArrayList<>();
    List<Phone> phones = new ArrayList<>();
    String location = "";
    List<String> links = new ArrayList<>();
    String stage;
    List<StageChange> stageChanges = new ArrayList<>();
    String confidentiality = "non-confidential";
    String origin = "sourced";
    List<String> sources = new ArrayList<>();
    String sourcedBy;
    String owner;
    List<String> followers = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    String applicationId;
    String postingId;
    Archived archived;
    long createdAt;
    Long updatedAt;
    long lastInteractionAt;
    long lastAdvancedAt;
    Long snoozedUntil;
    boolean isAnonymized;
    DataProtection dataProtection;
    String opportunityLocation = "unspecified";

    static OpportunityBuilder from(Opportunity o) {
        OpportunityBuilder b = new OpportunityBuilder();
        b.id = o.id();
        b.name = o.name();
        b.headline = o.headline();
        b.contact = o.contact();
        b.emails = new ArrayList<>(o.emails());
        b.phones = new ArrayList<>(o.phones());
        b.location = o.location();
        b.links = new ArrayList<>(o.links());
        b.stage = o.stage();
        b.stageChanges = new ArrayList<>(o.stageChanges());
        b.confidentiality = o.confidentiality();
        b.origin = o.origin();
        b.sources = new ArrayList<>(o.sources());
        b.sourcedBy = o.sourcedBy();
        b.owner = o.owner();
        b.followers = new ArrayList<>(o.followers());
        b.tags = new ArrayList<>(o.tags());
        b.applicationId = o.applicationId();
        b.postingId = o.postingId();
        b.archived = o.archived();
        b.createdAt = o.createdAt();
        b.updatedAt = o.updatedAt();
        b.lastInteractionAt = o.lastInteractionAt();
        b.lastAdvancedAt = o.lastAdvancedAt();
        b.snoozedUntil = o.snoozedUntil();
        b.isAnonymized = o.isAnonymized();
        b.dataProtection = o.dataProtection();
        b.opportunityLocation = o.opportunityLocation();
        return b;
    }

    /** Marks a change made at {@code now}: Lever bumps updatedAt and lastInteractionAt on every edit. */
    OpportunityBuilder touched(long now) {
        updatedAt = now;
        lastInteractionAt = Math.max(lastInteractionAt, now);
        return this;
    }

    Opportunity build() {
        return new Opportunity(
                id,
                name,
                headline,
                contact,
                List.copyOf(emails),
                List.copyOf(phones),
                location,
                List.copyOf(links),
                stage,
                List.copyOf(stageChanges),
                confidentiality,
                origin,
                List.copyOf(sources),
                sourcedBy,
                owner,
                List.copyOf(followers),
                List.copyOf(tags),
                applicationId,
                postingId,
                archived,
                createdAt,
                updatedAt,
                lastInteractionAt,
                lastAdvancedAt,
                snoozedUntil,
                isAnonymized,
                dataProtection,
                opportunityLocation);
    }
}
