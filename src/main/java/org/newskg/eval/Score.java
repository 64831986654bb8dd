package org.newskg.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one area: true positives, system and gold counts, precision, recall and F1
 * (rounded to three decimals), duplicates (system nodes matching a gold item already credited: left
 * out of precision), the missed gold items, the spurious system items and area-specific details.
 */
public record Score(
        int tp,
        int system,
        int gold,
        double precision,
        double recall,
        double f1,
        int duplicates,
        List<String> missed,
        List<String> spurious,
        Map<String, Object> details) {

    /** Precision tp/system, recall tp/gold and their harmonic mean. */
    public static Score of(
            int tp,
            int system,
            int gold,
            int duplicates,
            List<String> missed,
            List<String> spurious,
            Map<String, Object> details) {
        double p = system > 0 ? (double) tp / system : 0.0;
        double r = gold > 0 ? (double) tp / gold : 0.0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new Score(
                tp,
                system,
                gold,
                round(p),
                round(r),
                round(f),
                duplicates,
                List.copyOf(missed),
                List.copyOf(spurious),
                new LinkedHashMap<>(details));
    }

    /** Three decimals, half to even on the exact binary value. */
    public static double round(double v) {
        return new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** A ratio rounded to three decimals, or null when there is nothing to count. */
    public static Double ratio(double n, double d) {
        return d > 0 ? round(n / d) : null;
    }
}
