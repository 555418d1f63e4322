package io.stageboard.ui.bulk;

import java.time.Duration;

/** Durations in words for estimates: "12 s", "4 min 10 s", "1 h 5 min". */
final class Durations {

    private Durations() {}

    static String words(Duration d) {
        long s = Math.max(0, (d.toMillis() + 999) / 1000);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
        }
        return s / 3600 + " h" + (s % 3600 / 60 == 0 ? "" : " " + s % 3600 / 60 + " min");
    }
}
