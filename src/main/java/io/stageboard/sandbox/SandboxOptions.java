package io.stageboard.sandbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a {@link SandboxServer} runs: where it listens, how much seeded data it holds and how it misbehaves.
 *
 * @param port        TCP port on 127.0.0.1; 0 picks a free port
 * @param size        number of seeded opportunities (1 to 1,000,000)
 * @param seed        seed of the deterministic data generator: same seed and size, same data
 * @param latencyMs   extra delay added to every request, in milliseconds
 * @param failureRate share of requests (0 to 1) that fail at random with 503, 429 or a dropped connection
 * @param rateLimit   steady requests per second allowed per API key; 0 means unlimited
 * @param burst       size of each key's token bucket (requests allowed at once before the steady rate applies)
 * @param apiKey      the main API key, which has every permission
 * @param grants      further keys, each with only the permissions listed (e.g. {@code stages:read})
 * @param archivedShare share of the seeded opportunities that are archived (0 to 1), exactly; null leaves it to the
 *                    generator (about a third). Given, or above 50,000 opportunities, the account is generated lazily
 *                    from the seed and each opportunity's position, so it is other data than the small accounts'
 */
public record SandboxOptions(
        int port,
        int size,
        long seed,
        int latencyMs,
        double failureRate,
        double rateLimit,
        int burst,
        String apiKey,
        Map<String, Set<String>> grants,
        Double archivedShare) {

    /** Largest seeded data set the sandbox accepts. */
    public static final int MAX_SIZE = 1_000_000;

    /** Validates the values so a server never starts half-configured. */
    public SandboxOptions {
        check(port >= 0 && port <= 65_535, "--port must be a whole number from 0 to 65535, got '" + port + "'.");
        check(
                size >= 1 && size <= MAX_SIZE,
                "--size must be a whole number from 1 to " + MAX_SIZE + ", got '" + size + "'.");
        check(
                latencyMs >= 0 && latencyMs <= 600_000,
                "--latency-ms must be a whole number from 0 to 600000, got '" + latencyMs + "'.");
        check(
                failureRate >= 0 && failureRate <= 1,
                "--failure-rate must be a number from 0 to 1, got '" + failureRate + "'.");
        check(
                rateLimit >= 0 && Double.isFinite(rateLimit),
                "--rate-limit must be a number of requests per second, 0 or more, got '" + rateLimit + "'.");
        check(burst >= 1 && burst <= 100_000, "--burst must be a whole number from 1 to 100000, got '" + burst + "'.");
        check(
                apiKey != null && !apiKey.isBlank() && apiKey.indexOf(':') < 0,
                "--api-key must be a non-empty key without ':', got '" + apiKey + "'.");
        check(
                archivedShare == null || (archivedShare >= 0 && archivedShare <= 1),
                "--archived-share must be a number from 0 to 1, got '" + archivedShare + "'.");
        grants = Collections.unmodifiableMap(new LinkedHashMap<>(grants));
    }

    /** Every option but the further keys and the archived share (the generator's own, about a third). */
    public SandboxOptions(
            int port,
            int size,
            long seed,
            int latencyMs,
            double failureRate,
            double rateLimit,
            int burst,
            String apiKey) {
        this(port, size, seed, latencyMs, failureRate, rateLimit, burst, apiKey, Map.of(), null);
    }

    /** Port 0 (a free port), 300 opportunities, seed 42, no latency, no failures, no rate limit, burst 20. */
    public static SandboxOptions defaults() {
        return new SandboxOptions(0, 300, 42L, 0, 0.0, 0.0, 20, "demo-key");
    }

    /** A copy listening on port {@code p} (0 = any free port). */
    public SandboxOptions withPort(int p) {
        return new SandboxOptions(
                p, size, seed, latencyMs, failureRate, rateLimit, burst, apiKey, grants, archivedShare);
    }

    /** A copy seeding {@code n} opportunities. */
    public SandboxOptions withSize(int n) {
        return new SandboxOptions(
                port, n, seed, latencyMs, failureRate, rateLimit, burst, apiKey, grants, archivedShare);
    }

    /** A copy with another data seed. */
    public SandboxOptions withSeed(long s) {
        return new SandboxOptions(
                port, size, s, latencyMs, failureRate, rateLimit, burst, apiKey, grants, archivedShare);
    }

    /** A copy adding {@code ms} milliseconds to every request. */
    public SandboxOptions withLatencyMs(int ms) {
        return new SandboxOptions(port, size, seed, ms, failureRate, rateLimit, burst, apiKey, grants, archivedShare);
    }

    /** A copy failing this share (0 to 1) of requests at random. */
    public SandboxOptions withFailureRate(double rate) {
        return new SandboxOptions(port, size, seed, latencyMs, rate, rateLimit, burst, apiKey, grants, archivedShare);
    }

    /** A copy limiting each key to {@code rps} requests per second with bursts of {@code burstSize}. */
    public SandboxOptions withRateLimit(double rps, int burstSize) {
        return new SandboxOptions(
                port, size, seed, latencyMs, failureRate, rps, burstSize, apiKey, grants, archivedShare);
    }

    /** A copy whose main key is {@code key}. */
    public SandboxOptions withApiKey(String key) {
        return new SandboxOptions(
                port, size, seed, latencyMs, failureRate, rateLimit, burst, key, grants, archivedShare);
    }

    /**
     * A copy in which exactly this share (0 to 1) of the seeded opportunities is archived, e.g. 0.95 for an old
     * account; null lets the generator choose (about a third).
     */
    public SandboxOptions withArchivedShare(Double share) {
        return new SandboxOptions(port, size, seed, latencyMs, failureRate, rateLimit, burst, apiKey, grants, share);
    }

    /** A copy with one more key limited to {@code permissions}. */
    public SandboxOptions withGrant(String key, Set<String> permissions) {
        Map<String, Set<String>> more = new LinkedHashMap<>(grants);
        more.put(key, Collections.unmodifiableSet(new LinkedHashSet<>(permissions)));
        return new SandboxOptions(
                port, size, seed, latencyMs, failureRate, rateLimit, burst, apiKey, more, archivedShare);
    }

    /**
     * Parses command-line options ({@code --port N --size N --seed N --latency-ms N --failure-rate F
     * --rate-limit RPS --burst N --api-key K --grant KEY=PERMISSION,… --archived-share F}), starting from
     * {@link #defaults()}.
     *
     * @throws IllegalArgumentException with a sentence naming the bad option and value
     */
    public static SandboxOptions parse(List<String> args) {
        SandboxOptions o = defaults();
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            String value = null;
            int eq = name.indexOf('=');
            if (name.startsWith("--") && eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!List.of(
                            "--port",
                            "--size",
                            "--seed",
                            "--latency-ms",
                            "--failure-rate",
                            "--rate-limit",
                            "--burst",
                            "--api-key",
                            "--grant",
                            "--archived-share")
                    .contains(name)) {
                throw new IllegalArgumentException("Unknown option '" + name + "'. Known options: --port, --size, "
                        + "--seed, --latency-ms, --failure-rate, --rate-limit, --burst, --api-key, --grant, "
                        + "--archived-share.");
            }
            if (value == null) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(name + " needs a value.");
                }
                value = args.get(++i);
            }
            o = apply(o, name, value);
        }
        return o;
    }

    private static SandboxOptions apply(SandboxOptions o, String name, String value) {
        return switch (name) {
            case "--port" -> o.withPort(wholeNumber(name, value, 0, 65_535));
            case "--size" -> o.withSize(wholeNumber(name, value, 1, MAX_SIZE));
            case "--seed" -> o.withSeed(longNumber(name, value));
            case "--latency-ms" -> o.withLatencyMs(wholeNumber(name, value, 0, 600_000));
            case "--failure-rate" -> o.withFailureRate(decimal(name, value, 0, 1, "a number from 0 to 1"));
            case "--rate-limit" ->
                o.withRateLimit(
                        decimal(name, value, 0, 1_000_000, "a number of requests per second from 0 to 1000000"),
                        o.burst);
            case "--burst" -> o.withRateLimit(o.rateLimit, wholeNumber(name, value, 1, 100_000));
            case "--grant" -> SandboxGrants.apply(o, value);
            case "--archived-share" -> o.withArchivedShare(decimal(name, value, 0, 1, "a number from 0 to 1"));
            default -> o.withApiKey(value);
        };
    }

    private static int wholeNumber(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the shared message
        }
        throw new IllegalArgumentException(
                name + " must be a whole number from " + min + " to " + max + ", got '" + value + "'.");
    }

    private static long longNumber(String name, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'.", e);
        }
    }

    private static double decimal(String name, String value, double min, double max, String what) {
        try {
            double d = Double.parseDouble(value.trim());
            if (d >= min && d <= max) {
                return d;
            }
        } catch (NumberFormatException e) {
            // fall through to the shared message
        }
        throw new IllegalArgumentException(name + " must be " + what + ", got '" + value + "'.");
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
