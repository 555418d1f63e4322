package io.stageboard.api;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether a key may see confidential postings and opportunities. Lever leaves them out unless a list asks for
 * {@code confidentiality=all}, and refuses that (403) to a key without confidential access. A client asks for them
 * until the first answer says whether it may; from then on every list of the client is read the same way, so the
 * offset tokens of one walk always belong to one query.
 */
final class ConfidentialAccess {

    /** Null until the first list answered; then whether {@code confidentiality=all} is allowed. */
    private final AtomicReference<Boolean> allowed = new AtomicReference<>();

    /** Reads one page of a list that may hold confidential records. */
    interface PageRead<T> {
        Page<T> read(ApiRequest request);
    }

    <T> Page<T> read(ApiRequest request, boolean firstPage, PageRead<T> reader) {
        if (!Boolean.FALSE.equals(allowed.get())) {
            try {
                Page<T> page = reader.read(request.withQuery("confidentiality", "all"));
                allowed.compareAndSet(null, Boolean.TRUE);
                return page;
            } catch (LeverPermissionException e) {
                // Only the first page of a walk may change its mind; a later refusal is a refusal.
                if (!firstPage || Boolean.TRUE.equals(allowed.get())) {
                    throw e;
                }
                allowed.set(Boolean.FALSE);
            }
        }
        return reader.read(request);
    }

    /** Records what a probe learned, unless a list answered first. */
    void learned(boolean mayRead) {
        allowed.compareAndSet(null, mayRead);
    }

    /** @return true or false once known, null before the first list answered */
    Boolean known() {
        return allowed.get();
    }
}
