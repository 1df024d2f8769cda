package io.jenkins.plugins.perftracker.core.cli;

import io.jenkins.plugins.perftracker.core.report.BadInputException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** One subcommand. */
interface Command {
    /** Runs with the arguments after the command name; returns the exit code. */
    int run(List<String> args, Context context) throws UsageException, BadInputException, IOException;

    /** One line: the command and its arguments. */
    String usage();

    /** What {@code perftracker <command> --help} prints: at least every option. */
    default String help() {
        return "usage: perftracker " + usage() + "\n";
    }

    /** Where a command runs: the directory relative paths start from, and its output streams. */
    record Context(Path base, PrintStream out, PrintStream err) {
    }
}
