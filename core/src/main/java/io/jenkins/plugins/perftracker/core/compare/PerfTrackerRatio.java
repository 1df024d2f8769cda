package io.jenkins.plugins.perftracker.core.compare;

/**
 * PerfTracker's symmetric ratio of a "% vs #k" cell: +100·(new/old − 1) when new &gt; old, −100·(old/new − 1) when
 * old &gt; new, 0 when either value is 0 (so doubling and halving read +100 % and −100 %). Rounded as PerfTracker
 * does, with Python's {@code round}: half to even.
 */
public final class PerfTrackerRatio {
    /** What PerfTracker shows when a value is missing. */
    public static final String MISSING = "-";

    private PerfTrackerRatio() {
    }

    /** The unrounded symmetric ratio in percent. */
    public static double symmetric(final double older, final double newer) {
        if (older == 0 || newer == 0) {
            return 0;
        }
        if (older < newer) {
            return 100 * (newer / older - 1);
        }
        if (older > newer) {
            return -100 * (older / newer - 1);
        }
        return 0;
    }

    /** The ratio as PerfTracker's API sends it: {@code int(round(d, 0))}. */
    public static long rounded(final double ratio) {
        return (long) Math.rint(ratio);
    }

    /** The ratio as the page shows it: "+12%", "-7%", "0%". */
    public static String format(final double ratio) {
        long value = rounded(ratio);
        return (value > 0 ? "+" : "") + value + "%";
    }
}
