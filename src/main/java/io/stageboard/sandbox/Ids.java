package io.stageboard.sandbox;

import java.util.Random;
import java.util.UUID;

/** UUIDs: version-4 shaped ones drawn from a seeded generator for seed data, random ones for new records. */
final class Ids {

    private Ids() {}

    /** A version-4 style UUID taken from {@code random}, so the same seed gives the same ids. */
    static UUID from(Random random) {
        long msb = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long lsb = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    /** A fresh random UUID for records created while the server runs. */
    static UUID random() {
        return UUID.randomUUID();
    }
}
