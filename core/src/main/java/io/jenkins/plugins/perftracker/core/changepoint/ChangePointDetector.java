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
    /** The robust mode's last passes, built once (they hold quantiles of the thresholds); null in other modes. */
    private final RobustPass robust;

    /** A detector with the given settings. */
    public ChangePointDetector(final ChangePointOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.robust = options.mode() == ChangePointOptions.Mode.ROBUST ? new RobustPass(options) : null;
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
        // No DetectionState: the batch path does not need its hash of the values or its copies.
        return List.copyOf(run(MissingValues.fill(values), SplitPass.Resume.BEGINNING, List.of(), List.of(), 0)
                .changePoints());
    }

    /** A full analysis, kept as a state for later {@link #update(DetectionState, double[]) updates}. */
    public DetectionState analyse(final double[] values) {
        double[] filled = MissingValues.fill(values);
        return state(filled, run(filled, SplitPass.Resume.BEGINNING, List.of(), List.of(), 0));
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
        Analysis analysis = appendOnly
                ? run(filled, previous.resume(), previous.getWeakChangePoints(), previous.confirmedChangePoints(),
                previous.getLength())
                : run(filled, SplitPass.Resume.BEGINNING, List.of(), List.of(), 0);
        return state(filled, analysis);
    }

    /** The change points of many series, in parallel over series on the common pool; order is kept. */
    public List<List<ChangePoint>> detectAll(final List<double[]> series) {
        return detectAll(series, ForkJoinPool.commonPool());
    }

    /** The change points of many series, in parallel over series on {@code pool}; order is kept. */
    public List<List<ChangePoint>> detectAll(final List<double[]> series, final ForkJoinPool pool) {
        return pool.submit(() -> series.parallelStream().map(this::detect).toList()).join();
    }

    private DetectionState state(final double[] filled, final Analysis analysis) {
        return new DetectionState(options, filled, analysis.resume(), analysis.weak(), analysis.changePoints(),
                analysis.endsWithTail());
    }

    /**
     * The passes of the mode; an update resumes the split pass and reuses the unchanged descriptions of the
     * weak and confirmed change points of {@code previousLength} values.
     */
    private Analysis run(final double[] filled, final SplitPass.Resume resume,
                         final List<ChangePoint> previousWeak, final List<ChangePoint> previousConfirmed,
                         final int previousLength) {
        if (filled.length < 2 || Double.isNaN(filled[0])) {
            return new Analysis(SplitPass.Resume.BEGINNING, List.of(), List.of(), false);
        }
        SplitPass.Result split = new SplitPass(options).run(filled, resume);
        MergePass merge = new MergePass(options);
        List<ChangePoint> weak = merge.describe(filled, split.changePoints(), previousWeak, previousLength);
        List<ChangePoint> merged = merge.merge(filled, weak);
        if (robust == null) {
            return new Analysis(split.resume(), weak, merged, false);
        }
        RobustPass.Result result = robust.run(filled, merged, previousConfirmed, previousLength);
        return new Analysis(split.resume(), weak, result.changePoints(), result.endsWithTail());
    }

    /** What the passes found, before it is kept as a {@link DetectionState}. */
    private record Analysis(SplitPass.Resume resume, List<ChangePoint> weak, List<ChangePoint> changePoints,
                            boolean endsWithTail) {
    }
}
