package io.stageboard.credentials;

import io.stageboard.api.LeverAuthenticationException;
import io.stageboard.api.LeverClient;
import io.stageboard.api.LeverException;
import io.stageboard.api.LeverNotFoundException;
import io.stageboard.api.LeverPermissionException;
import io.stageboard.api.NewNote;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Asks Lever what a key may do, one permission at a time, without changing anything.
 *
 * <p>Reads are probed with one cheap {@code GET} of at most one item. Writes are probed by writing to an opportunity
 * that cannot exist (a fresh random id): Lever checks the key's endpoint permissions before it looks the record up,
 * so a key allowed to write gets 404 (nothing to change, nothing changed) and a key without the permission gets 403.
 * Stages are asked first: when that answer is not Lever's (no connection, an error page, trouble at Lever), the check
 * stops with that one failure rather than repeating it for every permission. A later answer of that kind leaves its
 * permission UNKNOWN with the reason. Blocking; run it off the FX thread.
 */
public final class KeyCheck {

    /** A stage every Lever account has, so the write probe's body is valid. */
    private static final String NEW_LEAD_STAGE = "lead-new";

    private KeyCheck() {}

    /**
     * Probes every {@link Feature}.
     *
     * @throws LeverAuthenticationException when Lever rejects the key altogether (401)
     * @throws LeverException when the first probe gets no usable answer (network, 5xx, not Lever's JSON)
     */
    public static KeyReport run(LeverClient client) {
        String nowhere = "stageboard-permission-check-" + UUID.randomUUID();
        Map<Feature, Runnable> probes = new EnumMap<>(Feature.class);
        probes.put(Feature.STAGES, () -> client.readFirst("stages"));
        probes.put(Feature.OPPORTUNITIES_READ, () -> client.readFirst("opportunities"));
        probes.put(Feature.OPPORTUNITIES_WRITE, () -> client.changeStage(nowhere, NEW_LEAD_STAGE, null));
        probes.put(Feature.NOTES_READ, () -> client.notes(nowhere));
        probes.put(
                Feature.NOTES_WRITE,
                () -> client.createNote(nowhere, new NewNote("Permission check", false, null), null));
        probes.put(Feature.TAGS, () -> client.readFirst("tags"));
        probes.put(Feature.ARCHIVE_REASONS, () -> client.readFirst("archive_reasons"));
        probes.put(Feature.USERS, () -> client.readFirst("users"));
        probes.put(Feature.POSTINGS, () -> client.readFirst("postings"));
        probes.put(Feature.SOURCES, () -> client.readFirst("sources"));
        probes.put(Feature.CONFIDENTIAL, () -> client.readFirstConfidential("opportunities"));
        List<KeyReport.Check> checks = new ArrayList<>();
        probes.forEach((feature, probe) -> checks.add(probe(feature, probe, checks.isEmpty())));
        return new KeyReport(checks);
    }

    private static KeyReport.Check probe(Feature feature, Runnable probe, boolean first) {
        try {
            probe.run();
            return new KeyReport.Check(feature, KeyReport.Access.ALLOWED, null);
        } catch (LeverNotFoundException e) {
            // Only the write probes (and the notes read of a nonexistent opportunity) get here: allowed.
            return new KeyReport.Check(feature, KeyReport.Access.ALLOWED, null);
        } catch (LeverPermissionException e) {
            return new KeyReport.Check(feature, KeyReport.Access.DENIED, null);
        } catch (LeverAuthenticationException e) {
            throw e;
        } catch (LeverException e) {
            if (first) {
                throw e;
            }
            return new KeyReport.Check(feature, KeyReport.Access.UNKNOWN, e.userMessage());
        }
    }
}
