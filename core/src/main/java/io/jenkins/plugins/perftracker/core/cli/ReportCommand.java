package io.jenkins.plugins.perftracker.core.cli;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePointDetector;
import io.jenkins.plugins.perftracker.core.compare.CompareOptions;
import io.jenkins.plugins.perftracker.core.compare.RunComparator;
import io.jenkins.plugins.perftracker.core.ingest.Ingester;
import io.jenkins.plugins.perftracker.core.report.BadInputException;
import io.jenkins.plugins.perftracker.core.report.OtavaCsv;
import io.jenkins.plugins.perftracker.core.report.ReportBuilder;
import io.jenkins.plugins.perftracker.core.report.RunLoader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code report INPUT… -o FILE}: the standalone HTML report of runs (oldest first) or of a CSV history. */
final class ReportCommand implements Command {
    /** The comparison holds the oldest run and the two newest unless told otherwise. */
    private static final int DEFAULT_COMPARED = 3;

    @Override
    public int run(final List<String> arguments, final Context context)
            throws UsageException, BadInputException, IOException {
        Args args = Args.parse(arguments, Set.of(), Set.of("-o", "--output", "--title", "--compare", "--format"));
        String output = args.option("-o").or(() -> args.option("--output"))
                .orElseThrow(() -> new UsageException("-o FILE expected"));
        if (args.positional().isEmpty()) {
            throw new UsageException("at least one INPUT expected");
        }
        int compared = (int) args.number("--compare", DEFAULT_COMPARED, 2, RunComparator.MAX_RUNS);
        String title = args.option("--title").orElse("Performance report");
        ReportBuilder builder = new ReportBuilder(CompareOptions.defaults(), new ChangePointDetector(), compared);
        String html = html(builder, title, args, context);
        Path file = context.base().resolve(output);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, html, StandardCharsets.UTF_8);
        context.err().println("perftracker: report written to " + output);
        return Main.OK;
    }

    private static String html(final ReportBuilder builder, final String title, final Args args,
            final Context context) throws BadInputException {
        if (HistoryInputs.isCsv(args.positional(), context.base())) {
            return builder.fromHistory(title, OtavaCsv.read(context.base().resolve(args.positional().get(0)), ""));
        }
        List<RunLoader.LoadedRun> runs = new RunLoader(new Ingester(), context.base(), context.err()::println)
                .load(HistoryInputs.runs(args.positional(), context.base()), args.option("--format"));
        warnAboutEmpty(runs, context);
        return builder.fromRuns(title, runs);
    }

    /** An input without a single result would silently leave its column empty: say so. */
    static void warnAboutEmpty(final List<RunLoader.LoadedRun> runs, final Context context) {
        runs.stream().filter(r -> r.run().getTests().isEmpty()).forEach(r -> context.err().println(
                "perftracker: warning: " + r.source() + " contributes nothing: no results were read from it"));
    }

    @Override
    public String usage() {
        return "report INPUT… -o FILE [--title T] [--compare N]   HTML report of runs (oldest first) or a CSV";
    }
}
