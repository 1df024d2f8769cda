package io.jenkins.plugins.perftracker.core.compare;

import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Unit;

/** Converts a test's values into another unit of the same dimension, so runs that used other units compare. */
final class UnitNormalizer {
    private UnitNormalizer() {
    }

    static boolean comparable(final String unit, final String other) {
        Unit a = Unit.valueOf(unit);
        Unit b = Unit.valueOf(other);
        return a.isComparableWith(b) && !a.equals(b);
    }

    /** The test with its scores and deviations converted to {@code unit}; the original unit stays in attribs. */
    static PerfTest inUnit(final PerfTest test, final String unit) {
        Unit from = Unit.valueOf(test.getUnit());
        Unit to = Unit.valueOf(unit);
        java.util.Map<String, String> attribs = new java.util.LinkedHashMap<>(test.getAttribs());
        attribs.putIfAbsent("original unit", test.getUnit());
        return test.toBuilder().unit(unit).scores(convert(test.getScores(), from, to))
                .deviations(convert(test.getDeviations(), from, to)).attribs(attribs).build();
    }

    private static double[] convert(final double[] values, final Unit from, final Unit to) {
        double[] converted = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            converted[i] = from.convert(values[i], to);
        }
        return converted;
    }
}
