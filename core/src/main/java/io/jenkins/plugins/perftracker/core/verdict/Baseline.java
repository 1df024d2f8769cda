package io.jenkins.plugins.perftracker.core.verdict;

/**
 * A baseline choice.
 *
 * @param kind   what to compare with
 * @param build  the pinned build (PINNED only, else 0)
 * @param window the number of builds (WINDOW; the maximum for CHANGE_POINT, 0 = no limit; else 0)
 */
public record Baseline(BaselineKind kind, int build, int window) {
    public Baseline {
        if (kind == BaselineKind.WINDOW && window < 2 || window < 0) {
            throw new IllegalArgumentException("a window of at least 2 builds expected but was " + window);
        }
        if (kind == BaselineKind.PINNED && build < 1) {
            throw new IllegalArgumentException("a pinned build number >= 1 expected but was " + build);
        }
    }

    public static Baseline previous() {
        return new Baseline(BaselineKind.PREVIOUS, 0, 0);
    }

    public static Baseline lastSuccessful() {
        return new Baseline(BaselineKind.LAST_SUCCESSFUL, 0, 0);
    }

    public static Baseline pinned(final int build) {
        return new Baseline(BaselineKind.PINNED, build, 0);
    }

    public static Baseline window(final int builds) {
        return new Baseline(BaselineKind.WINDOW, 0, builds);
    }

    /** Since the last change point, at most {@code maxBuilds} builds (0 = all). */
    public static Baseline changePoint(final int maxBuilds) {
        return new Baseline(BaselineKind.CHANGE_POINT, 0, maxBuilds);
    }
}
