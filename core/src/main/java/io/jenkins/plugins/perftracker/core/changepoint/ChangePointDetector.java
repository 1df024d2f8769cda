package io.jenkins.plugins.perftracker.core.changepoint;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;

/**
 * Finds change points in a series of values (one per build, oldest first; NaN = missing, forward-filled).
 * E-divisive means with windowed split and merge as Apache Otava does it; see docs/change-points.md.
 * Immutable and thread-safe; the same input gives bit-identical output.
 */
public final class ChangePointDetector {
    private final ChangePointOptions options;

    /** A detector with the given settings. */
    public ChangePointDetector(final ChangePointOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** A detector with {@link ChangePointOptions#defaults()}. */
    public ChangePointDetector() {
        this(ChangePointOptions.defaults());
    }

    /** The settings this detector uses. */
    public ChangePointOptions getOptions() {
        return options;
    }

    /** The change points of the series, ascending by index. */
    public List<ChangePoint> detect(final double[] values) {
        return analyse(values).getChangePoints();
    }

    /** A full analysis, kept as a state for later {@link #update(DetectionState, double[]) updates}. */
    public DetectionState analyse(final double[] values) {
        return run(MissingValues.fill(values), SplitPass.Resume.BEGINNING);
    }

    /**
     * The analysis of {@code values} after builds were appended to the series {@code previous} was computed
     * from. Only the tail windows are recomputed, and the result equals {@link #analyse(double[])}
     * bit for bit. If the history changed (or the settings did), it falls back to a full analysis.
     */
    public DetectionState update(final DetectionState previous, final double[] values) {
        double[] filled = MissingValues.fill(values);
        boolean appendOnly = previous.isPrefixOf(filled, options)
                && MissingValues.firstValue(values) < previous.getLength();
        return appendOnly ? run(filled, previous) : run(filled, SplitPass.Resume.BEGINNING);
    }

    /** The change points of many series, in parallel over series on the common pool; order is kept. */
    public List<List<ChangePoint>> detectAll(final List<double[]> series) {
        return detectAll(series, ForkJoinPool.commonPool());
    }

    /** The change points of many series, in parallel over series on {@code pool}; order is kept. */
    public List<List<ChangePoint>> detectAll(final List<double[]> series, final ForkJoinPool pool) {
        return pool.submit(() -> series.parallelStream().map(this::detect).toList()).join();
    }

    private DetectionState run(final double[] filled, final SplitPass.Resume resume) {
        return run(filled, resume, List.of(), List.of(), 0);
    }

    /** The incremental form: resumes the split pass and reuses unchanged weak change point descriptions. */
    private DetectionState run(final double[] filled, final DetectionState previous) {
        return run(filled, previous.resume(), previous.getWeakChangePoints(), previous.confirmedChangePoints(),
                previous.getLength());
    }

    private DetectionState run(final double[] filled, final SplitPass.Resume resume,
                               final List<ChangePoint> previousWeak, final List<ChangePoint> previousConfirmed,
                               final int previousLength) {
        if (filled.length < 2 || Double.isNaN(filled[0])) {
            return new DetectionState(options, filled, SplitPass.Resume.BEGINNING, List.of(), List.of());
        }
        SplitPass.Result split = new SplitPass(options).run(filled, resume);
        MergePass merge = new MergePass(options);
        List<ChangePoint> weak = merge.describe(filled, split.changePoints(), previousWeak, previousLength);
        List<ChangePoint> merged = merge.merge(filled, weak);
        if (options.mode() != ChangePointOptions.Mode.ROBUST) {
            return new DetectionState(options, filled, split.resume(), weak, merged);
        }
        RobustPass.Result robust = new RobustPass(options).run(filled, merged, previousConfirmed, previousLength);
        return new DetectionState(options, filled, split.resume(), weak, robust.changePoints(), robust.endsWithTail());
    }
}
