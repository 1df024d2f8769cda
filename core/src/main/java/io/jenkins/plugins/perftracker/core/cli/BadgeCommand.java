package io.jenkins.plugins.perftracker.core.cli;

import io.jenkins.plugins.perftracker.core.badge.Badge;
import io.jenkins.plugins.perftracker.core.badge.BadgeColor;
import io.jenkins.plugins.perftracker.core.badge.BadgeStyle;
import io.jenkins.plugins.perftracker.core.badge.PerfBadges;
import io.jenkins.plugins.perftracker.core.badge.SvgBadgeRenderer;
import io.jenkins.plugins.perftracker.core.compare.CompareOptions;
import io.jenkins.plugins.perftracker.core.compare.Comparison;
import io.jenkins.plugins.perftracker.core.compare.Outcome;
import io.jenkins.plugins.perftracker.core.compare.RunComparator;
import io.jenkins.plugins.perftracker.core.ingest.Ingester;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.report.BadInputException;
import io.jenkins.plugins.perftracker.core.report.RunLoader;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * {@code badge latest RUN SERIES | regressions BASE NEW | text LABEL MESSAGE} → an SVG badge on stdout
 * (the badge package renders it; see docs/badges.md).
 */
final class BadgeCommand implements Command {
    @Override
    public int run(final List<String> arguments, final Context context) throws UsageException, BadInputException {
        Args args = Args.parse(arguments, Set.of(), Set.of("--label", "--style", "--color", "--format"));
        List<String> positional = args.positional();
        if (positional.isEmpty()) {
            throw new UsageException("a kind expected: latest, regressions or text");
        }
        Badge badge = switch (positional.get(0)) {
            case "latest" -> latest(args, context, positional);
            case "regressions" -> regressions(args, context, positional);
            case "text" -> text(args, positional);
            default -> throw new UsageException("unknown badge '" + positional.get(0)
                    + "': latest, regressions or text expected");
        };
        BadgeStyle style = BadgeStyle.parse(args.option("--style").orElse(""));
        context.out().println(new SvgBadgeRenderer().render(badge.withStyle(style)));
        return Main.OK;
    }

    /** The mean score of one series ("tag", "tag category", or "group / tag category") of a run. */
    private static Badge latest(final Args args, final Context context, final List<String> positional)
            throws UsageException, BadInputException {
        expect(positional, 3, "latest RUN SERIES");
        PerfRun run = loader(context).load(List.of(positional.get(1)), args.option("--format")).get(0).run();
        String series = positional.get(2);
        PerfTest test = run.getTests().stream().filter(t -> matches(t, series)).findFirst()
                .orElseThrow(() -> new BadInputException(positional.get(1) + ": no series '" + series + "'"));
        return PerfBadges.latestValue(args.option("--label").orElse(test.getSeriesKey().displayName()),
                OptionalDouble.of(test.getStats().getAvgScore()), test.getUnit());
    }

    private static boolean matches(final PerfTest test, final String series) {
        String name = test.getSeriesKey().displayName();
        return name.equals(series) || (test.getGroup() + " / " + name).equals(series);
    }

    /** How many series of NEW regressed against BASE (the gate outcome, as compare's exit code). */
    private static Badge regressions(final Args args, final Context context, final List<String> positional)
            throws UsageException, BadInputException {
        expect(positional, 3, "regressions BASE NEW");
        List<PerfRun> runs = loader(context).load(positional.subList(1, 3), args.option("--format")).stream()
                .map(RunLoader.LoadedRun::run).toList();
        Comparison comparison = new RunComparator(CompareOptions.defaults()).compare(runs);
        int count = (int) comparison.rows().stream().filter(r -> r.cell(0, 1).gateOutcome() == Outcome.REGRESSED)
                .count();
        return PerfBadges.openRegressions(args.option("--label").orElse(runs.get(1).getRegressionTag()), count);
    }

    private static Badge text(final Args args, final List<String> positional) throws UsageException {
        expect(positional, 3, "text LABEL MESSAGE");
        String colour = args.option("--color").orElse("blue");
        BadgeColor color = BadgeColor.parse(colour)
                .orElseThrow(() -> new UsageException("--color: a named or hex colour expected but was '" + colour
                        + "'"));
        return Badge.of(positional.get(1), positional.get(2), color);
    }

    private static RunLoader loader(final Context context) {
        return new RunLoader(new Ingester(), context.base(), context.err()::println);
    }

    private static void expect(final List<String> positional, final int size, final String form)
            throws UsageException {
        if (positional.size() != size) {
            throw new UsageException("badge " + form + " expected");
        }
    }

    @Override
    public String usage() {
        return "badge latest RUN SERIES | regressions BASE NEW | text LABEL MESSAGE [--label L] [--style S]"
                + " [--color C]   an SVG badge";
    }
}
