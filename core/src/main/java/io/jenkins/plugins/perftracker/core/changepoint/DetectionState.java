package io.jenkins.plugins.perftracker.core.changepoint;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The result of analysing a series, with what an incremental update needs: immutable. Keep it with the
 * series and pass it to {@link ChangePointDetector#update(DetectionState, double[])} after the next build.
 */
public final class DetectionState implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ChangePointOptions options;
    private final int length;
    private final long prefixHash;
    private final int resumeStart;
    private final int[] resumeChangePoints;
    private final List<ChangePoint> weakChangePoints;
    private final List<ChangePoint> changePoints;
    /** The last change point comes from the robust mode's test of the newest values, not from the merge. */
    private final boolean endsWithTail;

    DetectionState(final ChangePointOptions options, final double[] filled, final SplitPass.Resume resume,
                   final List<ChangePoint> weakChangePoints, final List<ChangePoint> changePoints) {
        this(options, filled, resume, weakChangePoints, changePoints, false);
    }

    DetectionState(final ChangePointOptions options, final double[] filled, final SplitPass.Resume resume,
                   final List<ChangePoint> weakChangePoints, final List<ChangePoint> changePoints,
                   final boolean endsWithTail) {
        this.options = options;
        this.length = filled.length;
        this.prefixHash = hash(filled, filled.length);
        this.resumeStart = resume.start();
        this.resumeChangePoints = resume.changePoints().clone();
        this.weakChangePoints = List.copyOf(weakChangePoints);
        this.changePoints = List.copyOf(changePoints);
        this.endsWithTail = endsWithTail;
    }

    /** The settings this state was computed with. */
    public ChangePointOptions getOptions() {
        return options;
    }

    /** How many values were analysed. */
    public int getLength() {
        return length;
    }

    /** The change points, ascending by index. */
    public List<ChangePoint> getChangePoints() {
        return changePoints;
    }

    /** The weak change points of the split pass (significant at the relaxed threshold), ascending. */
    public List<ChangePoint> getWeakChangePoints() {
        return weakChangePoints;
    }

    /** The change points the robust mode's merge confirmed: all but one found by the test of the newest values. */
    List<ChangePoint> confirmedChangePoints() {
        return endsWithTail ? changePoints.subList(0, changePoints.size() - 1) : changePoints;
    }

    SplitPass.Resume resume() {
        return new SplitPass.Resume(resumeStart, resumeChangePoints.clone());
    }

    /** True if {@code filled} starts with the values this state was computed from. */
    boolean isPrefixOf(final double[] filled, final ChangePointOptions current) {
        return options.equals(current) && filled.length >= length && hash(filled, length) == prefixHash;
    }

    /** FNV-1a over the bits of the first {@code n} values: cheap proof that the history was not rewritten. */
    private static long hash(final double[] values, final int n) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < n; i++) {
            h = (h ^ Double.doubleToLongBits(values[i])) * 0x100000001b3L;
        }
        return h;
    }

    @Override
    public String toString() {
        return "DetectionState[length=" + length + ", changePoints=" + changePoints + ", resume=" + resumeStart
                + Arrays.toString(resumeChangePoints) + "]";
    }
}
