package io.jenkins.plugins.perftracker.core.cli;

import io.jenkins.plugins.perftracker.core.report.BadInputException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code perftracker <command> …}: the engine on the command line. Exit codes: 0 fine, 1 regression, 2 bad input. */
public final class Main {
    static final int OK = 0;
    static final int REGRESSION = 1;
    static final int BAD_INPUT = 2;

    private static final Map<String, Command> COMMANDS = Map.of("ingest", new IngestCommand(),
            "compare", new CompareCommand(), "detect", new DetectCommand(), "report", new ReportCommand(),
            "badge", new BadgeCommand());

    private Main() {
    }

    public static void main(final String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(List.of(args), Path.of("").toAbsolutePath(), out, err));
    }

    /** Runs a command line against {@code base} (where relative paths start) and returns the exit code. */
    public static int run(final List<String> args, final Path base, final PrintStream out, final PrintStream err) {
        if (args.isEmpty() || "--help".equals(args.get(0)) || "help".equals(args.get(0))) {
            out.print(usage());
            return args.isEmpty() ? BAD_INPUT : OK;
        }
        Command command = COMMANDS.get(args.get(0));
        if (command == null) {
            err.println("perftracker: unknown command '" + args.get(0) + "'");
            err.print(usage());
            return BAD_INPUT;
        }
        return runCommand(args.get(0), command, args.subList(1, args.size()), new Command.Context(base, out, err));
    }

    private static int runCommand(final String name, final Command command, final List<String> args,
            final Command.Context context) {
        if (args.contains("--help")) {
            context.out().print(command.help());
            return OK;
        }
        try {
            return command.run(args, context);
        }
        catch (UsageException e) {
            context.err().println("perftracker " + name + ": " + e.getMessage());
            context.err().println("usage: " + command.usage());
            return BAD_INPUT;
        }
        catch (BadInputException | IOException e) {
            context.err().println("perftracker " + name + ": " + e.getMessage());
            return BAD_INPUT;
        }
    }

    static String usage() {
        StringBuilder text = new StringBuilder("usage: perftracker <command> [options]\ncommands:\n");
        for (String name : List.of("ingest", "compare", "detect", "report", "badge")) {
            text.append("  ").append(COMMANDS.get(name).usage()).append('\n');
        }
        return text.append("exit codes: 0 fine, 1 regression found (with --fail-on-regression), 2 bad input\n")
                .toString();
    }
}
