package io.jenkins.plugins.perftracker.core.cli;

import io.jenkins.plugins.perftracker.core.ingest.Ingester;
import io.jenkins.plugins.perftracker.core.report.BadInputException;
import io.jenkins.plugins.perftracker.core.report.RunLoader;

import java.util.List;
import java.util.Set;

/** {@code ingest FILE|DIR|GLOB… [--format F] [--json]}: the normalised run of all the inputs. */
final class IngestCommand implements Command {
    @Override
    public int run(final List<String> arguments, final Context context) throws UsageException, BadInputException {
        Args args = Args.parse(arguments, Set.of("--json"), Set.of("--format"));
        if (args.positional().isEmpty()) {
            throw new UsageException("at least one FILE, DIR or GLOB expected");
        }
        RunLoader.LoadedRun run = new RunLoader(new Ingester(), context.base(), context.err()::println)
                .loadMerged(args.positional(), args.option("--format"));
        if (args.flag("--json")) {
            context.out().println(RunJson.write(run.run()));
        }
        else {
            context.out().print(RunText.summary(run.run()));
        }
        return Main.OK;
    }

    @Override
    public String usage() {
        return "ingest FILE|DIR|GLOB… [--format F] [--json]   the normalised run (JSON schema in docs/cli.md)";
    }
}
