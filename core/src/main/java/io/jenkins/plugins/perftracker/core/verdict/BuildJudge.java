package io.jenkins.plugins.perftracker.core.verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.jenkins.plugins.perftracker.core.compare.Outcome;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.SeriesInfo;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import io.jenkins.plugins.perftracker.core.stats.PValueAdjustment;

/**
 * Judges a new build: every series against its baseline, Holm across the build's series (a pass/fail gate
 * must hold its family-wise error rate), the minimum effect, acknowledgements, then the quality gates.
 */
public final class BuildJudge {
    private final VerdictOptions options;
    private final ChangePointLocator locator;

    public BuildJudge(final VerdictOptions options, final ChangePointLocator locator) {
        this.options = options;
        this.locator = locator;
    }

    /**
     * @param build      the new build's number
     * @param history    the series index: points per series (the new build's point may be among them)
     * @param successful the builds whose Jenkins result was SUCCESS (for LAST_SUCCESSFUL)
     * @param run        the new build's run when at hand (raw samples), else null
     */
    public Verdict judge(final int build, final Map<SeriesInfo, List<SeriesPoint>> history,
            final Set<Integer> successful, final PerfRun run) {
        Map<SeriesKey, PerfTest> tests = new TreeMap<>();
        if (run != null) {
            run.getTests().forEach(t -> tests.put(t.getSeriesKey(), t));
        }
        List<SeriesInfo> order = seriesOf(history, run);
        BaselineSelector selector = new BaselineSelector(options.baseline(), successful, locator);
        List<SeriesJudge.Judgement> judgements = order.stream()
                .map(info -> judge(build, info, history.getOrDefault(info, List.of()), tests, selector)).toList();
        double[] holm = PValueAdjustment.holm(judgements.stream()
                .mapToDouble(j -> j.note() == null ? j.pValue() : Double.NaN).toArray());
        List<SeriesVerdict> verdicts = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            verdicts.add(verdict(build, order.get(i), judgements.get(i), holm[i]));
        }
        return assemble(build, verdicts);
    }

    private SeriesJudge.Judgement judge(final int build, final SeriesInfo info, final List<SeriesPoint> points,
            final Map<SeriesKey, PerfTest> tests, final BaselineSelector selector) {
        SeriesPoint point = points.stream().filter(p -> p.build() == build).findFirst().orElse(null);
        return new SeriesJudge(options.confidence()).judge(build, point, tests.get(info.key()),
                selector.select(build, points, acknowledgements(info.key())));
    }

    /** The series of the index and those only the new run has, by key. */
    private static List<SeriesInfo> seriesOf(final Map<SeriesInfo, List<SeriesPoint>> history, final PerfRun run) {
        Map<SeriesKey, SeriesInfo> infos = new TreeMap<>();
        history.keySet().forEach(i -> infos.put(i.key(), i));
        if (run != null) {
            run.getTests().forEach(t -> infos.putIfAbsent(t.getSeriesKey(), SeriesInfo.of(t)));
        }
        return new ArrayList<>(infos.values());
    }

    private List<Acknowledgement> acknowledgements(final SeriesKey key) {
        return options.acknowledgements().stream().filter(a -> a.series().equals(key)).toList();
    }

    private SeriesVerdict verdict(final int build, final SeriesInfo info, final SeriesJudge.Judgement j,
            final double pAdjusted) {
        Outcome outcome = outcome(info.lessIsBetter(), j, pAdjusted);
        Acknowledgement ack = acknowledgements(info.key()).stream()
                .filter(a -> a.contains(build) || a.isOpen() && a.fromBuild() <= build && j.baseline().isEmpty())
                .findFirst().orElse(null);
        String note = ack != null ? "acknowledged: " + ack.reason() : j.note() == null ? "" : j.note();
        return new SeriesVerdict(info.key(), info.lessIsBetter(), outcome,
                j.baseline().stream().map(SeriesPoint::build).toList(), j.baselineMean(),
                j.newValue() == null ? Double.NaN : j.newValue().mean(), j.change(), j.method(), j.pValue(),
                pAdjusted, ack != null, note);
    }

    private Outcome outcome(final boolean lessIsBetter, final SeriesJudge.Judgement j, final double pAdjusted) {
        if (j.note() != null || Double.isNaN(pAdjusted)) {
            return Outcome.INCONCLUSIVE;
        }
        double change = j.change().change();
        if (pAdjusted < options.alpha() && Math.abs(change) >= options.minEffect()) {
            return change > 0 == lessIsBetter ? Outcome.REGRESSED : Outcome.IMPROVED;
        }
        return Outcome.UNCHANGED;
    }

    private Verdict assemble(final int build, final List<SeriesVerdict> verdicts) {
        List<SeriesVerdict> regressions = verdicts.stream()
                .filter(v -> v.outcome() == Outcome.REGRESSED && !v.acknowledged())
                .sorted(Comparator.comparingDouble(SeriesVerdict::worsePercent).reversed()).toList();
        List<GateResult> gates = options.gates().stream().map(g -> GateEvaluator.evaluate(g, regressions)).toList();
        VerdictCounts counts = new VerdictCounts(regressions.size(), count(verdicts, Outcome.IMPROVED),
                count(verdicts, Outcome.UNCHANGED), count(verdicts, Outcome.INCONCLUSIVE),
                (int) verdicts.stream().filter(SeriesVerdict::acknowledged).count());
        return new Verdict(build, options.baseline(), GateEvaluator.status(gates), gates, counts, regressions,
                verdicts);
    }

    private static int count(final List<SeriesVerdict> verdicts, final Outcome outcome) {
        return (int) verdicts.stream().filter(v -> v.outcome() == outcome && !v.acknowledged()).count();
    }
}
