package io.stageboard.sandbox;

import java.util.List;
import java.util.Random;

/** Builds the deterministic seed data set from a seed and a size. */
final class SeedGenerator {

    private final Random random;

    SeedGenerator(long seed) {
        this.random = new Random(seed);
    }

    SeedData generate(int size) {
        return new SeedData(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
