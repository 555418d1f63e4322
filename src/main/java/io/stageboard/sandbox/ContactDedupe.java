package io.stageboard.sandbox;

import io.stageboard.sandbox.SandboxModel.Opportunity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lever's contact de-duplication on create (API reference §5 "Dedupe"): when an email of the new candidate belongs
 * to an existing contact, the new opportunity is linked to that contact instead of a new one, and the existing
 * contact's data wins over what was sent. Emails match case-insensitively.
 */
final class ContactDedupe {

    /** What the create endpoint stored, and whether it joined an existing contact. */
    record Created(Opportunity opportunity, boolean deduped) {}

    private ContactDedupe() {}

    /**
     * Links {@code b} to the contact of the newest opportunity sharing one of its emails and copies that contact's
     * details onto it. Called under the data lock.
     *
     * @param existing every opportunity, newest first, so the contact's latest details win; read only as far as the
     *                 first match
     * @return true when an existing contact was matched
     */
    static boolean attach(OpportunityBuilder b, Iterable<Opportunity> existing) {
        if (b.contact != null) {
            return attachToContact(b, existing);
        }
        Set<String> emails = b.emails.stream().map(ContactDedupe::canonical).collect(Collectors.toSet());
        if (emails.isEmpty()) {
            return false;
        }
        for (Opportunity o : existing) {
            if (o.emails().stream().map(ContactDedupe::canonical).anyMatch(emails::contains)) {
                b.contact = o.contact();
                b.name = o.name();
                b.headline = o.headline();
                b.location = o.location();
                b.emails = new ArrayList<>(o.emails());
                b.phones = new ArrayList<>(o.phones());
                b.links = new ArrayList<>(o.links());
                return true;
            }
        }
        return false;
    }

    /**
     * A create that names its contact joins it: the contact's name, headline and location win, and the emails,
     * phones and links sent are added to the contact's (on the new opportunity; the sandbox copies contact data
     * per opportunity, so the contact's other opportunities keep theirs).
     *
     * @throws IllegalArgumentException when no opportunity has that contact
     */
    private static boolean attachToContact(OpportunityBuilder b, Iterable<Opportunity> existing) {
        Opportunity o = null;
        for (Opportunity e : existing) {
            if (e.contact().equals(b.contact)) {
                o = e;
                break;
            }
        }
        if (o == null) {
            throw new IllegalArgumentException("Contact '" + b.contact + "' does not exist.");
        }
        b.name = o.name();
        b.headline = o.headline();
        b.location = o.location();
        b.emails = union(o.emails(), b.emails);
        b.phones = union(o.phones(), b.phones);
        b.links = union(o.links(), b.links);
        return true;
    }

    private static <T> List<T> union(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        second.stream().filter(v -> !all.contains(v)).forEach(all::add);
        return all;
    }

    private static String canonical(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
