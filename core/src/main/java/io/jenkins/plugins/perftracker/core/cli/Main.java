package io.jenkins.plugins.perftracker.core.cli;

import io.jenkins.plugins.perftracker.core.report.BadInputException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code perftracker [--debug] <command> …}: the engine on the command line. Exit codes: 0 fine, 1 regression
 * found, 2 anything else that went wrong: bad input, and any failure the command did not expect, reported in one
 * line (the stack trace only with {@code --debug}), so that 1 always means "regression".
 */
public final class Main {
    static final int OK = 0;
    static final int REGRESSION = 1;
    static final int BAD_INPUT = 2;
    private static final String DEBUG = "--debug";

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
    public static int run(final List<String> arguments, final Path base, final PrintStream out,
            final PrintStream err) {
        int end = arguments.indexOf("--") < 0 ? arguments.size() : arguments.indexOf("--");
        boolean debug = arguments.subList(0, end).contains(DEBUG);
        List<String> args = new ArrayList<>(arguments);
        args.subList(0, end).removeIf(DEBUG::equals);
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
        return runCommand(args.get(0), command, args.subList(1, args.size()), new Command.Context(base, out, err),
                debug);
    }

    @SuppressWarnings({"checkstyle:IllegalCatch", "PMD.AvoidCatchingThrowable"})
    static int runCommand(final String name, final Command command, final List<String> args,
            final Command.Context context, final boolean debug) {
        if (args.contains("--help")) {
            context.out().print(command.help());
            return OK;
        }
        try {
            return command.run(args, context);
        }
        catch (RuntimeException | Error e) { // NOPMD: an unexpected failure must still exit 2, never 1
            context.err().println("perftracker " + name + ": internal error: " + oneLine(e)
                    + (debug ? "" : " (run with --debug for the stack trace)"));
            if (debug) {
                e.printStackTrace(context.err());
            }
            return BAD_INPUT;
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

    private static String oneLine(final Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    static String usage() {
        StringBuilder text = new StringBuilder("usage: perftracker [--debug] <command> [options]\ncommands:\n");
        for (String name : List.of("ingest", "compare", "detect", "report", "badge")) {
            text.append("  ").append(COMMANDS.get(name).usage()).append('\n');
        }
        return text.append("--debug prints the stack trace of an unexpected failure\n")
                .append("exit codes: 0 fine, 1 regression found (with --fail-on-regression), 2 bad input or any other"
                        + " failure\n")
                .toString();
    }
}
