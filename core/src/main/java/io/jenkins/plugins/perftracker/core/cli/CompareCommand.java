package io.jenkins.plugins.perftracker.core.cli;

import io.jenkins.plugins.perftracker.core.compare.CompareOptions;
import io.jenkins.plugins.perftracker.core.compare.Comparison;
import io.jenkins.plugins.perftracker.core.compare.Outcome;
import io.jenkins.plugins.perftracker.core.compare.RunComparator;
import io.jenkins.plugins.perftracker.core.ingest.Ingester;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.report.BadInputException;
import io.jenkins.plugins.perftracker.core.report.RunLoader;
import io.jenkins.plugins.perftracker.core.view.ComparisonView;
import io.jenkins.plugins.perftracker.core.view.ComparisonViews;
import io.jenkins.plugins.perftracker.core.view.ViewJson;

import java.util.List;
import java.util.Set;

/** {@code compare BASE NEW… [--json] [--fail-on-regression]}: every run against the base, benchstat-style. */
final class CompareCommand implements Command {
    @Override
    public int run(final List<String> arguments, final Context context) throws UsageException, BadInputException {
        Args args = Args.parse(arguments, Set.of("--json", "--fail-on-regression"),
                Set.of("--format", "--alpha", "--min-effect", "--title"));
        if (args.positional().size() < 2 || args.positional().size() > RunComparator.MAX_RUNS) {
            throw new UsageException("a BASE and 1 to " + (RunComparator.MAX_RUNS - 1) + " NEW runs expected");
        }
        CompareOptions options = options(args);
        List<RunLoader.LoadedRun> loaded = new RunLoader(new Ingester(), context.base(), context.err()::println)
                .load(args.positional(), args.option("--format"));
        ReportCommand.warnAboutEmpty(loaded, context);
        List<PerfRun> runs = loaded.stream().map(RunLoader.LoadedRun::run).toList();
        Comparison comparison = new RunComparator(options).compare(runs);
        ComparisonView view = ComparisonViews.of(args.option("--title").orElse("Comparison"), comparison, runs);
        if (args.flag("--json")) {
            context.out().println(ViewJson.write(view));
        }
        else {
            context.out().print(CompareText.render(view, loaded));
        }
        return args.flag("--fail-on-regression") && regressedAgainstBase(comparison) ? Main.REGRESSION : Main.OK;
    }

    private static CompareOptions options(final Args args) throws UsageException {
        CompareOptions defaults = CompareOptions.defaults();
        return new CompareOptions(args.number("--alpha", defaults.alpha(), 1e-9, 0.5),
                args.number("--min-effect", defaults.minEffect(), 0, 10), defaults.confidence());
    }

    /** Whether a series regressed against the base by the gate outcome (Holm-adjusted, family-wise). */
    static boolean regressedAgainstBase(final Comparison comparison) {
        return comparison.rows().stream().flatMap(r -> r.cells().stream())
                .anyMatch(c -> c.against() == 0 && c.gateOutcome() == Outcome.REGRESSED);
    }

    @Override
    public String usage() {
        return "compare BASE NEW… [--json] [--fail-on-regression] [--alpha A] [--min-effect E] [--format F]";
    }
}
