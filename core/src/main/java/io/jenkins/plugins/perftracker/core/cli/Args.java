package io.jenkins.plugins.perftracker.core.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A subcommand's arguments: positional ones, flags and options with a value, checked against what it accepts. */
final class Args {
    private final List<String> positional = new ArrayList<>();
    private final Set<String> flags = new HashSet<>();
    private final Map<String, String> options = new HashMap<>();

    private Args() {
    }

    /**
     * Parses {@code args}; "--name=value" and "--name value" both work, "--" ends the options.
     *
     * @throws UsageException for an unknown option or a missing value
     */
    static Args parse(final List<String> args, final Set<String> knownFlags, final Set<String> knownOptions)
            throws UsageException {
        Args parsed = new Args();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || "-".equals(arg)) {
                parsed.positional.add(arg);
            }
            else if ("--".equals(arg)) {
                optionsEnded = true;
            }
            else {
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                if (knownFlags.contains(arg)) {
                    parsed.flags.add(arg);
                }
                else if (knownOptions.contains(name)) {
                    if (arg.contains("=")) {
                        parsed.options.put(name, arg.substring(arg.indexOf('=') + 1));
                    }
                    else if (i + 1 < args.size()) {
                        parsed.options.put(name, args.get(++i));
                    }
                    else {
                        throw new UsageException("option " + name + " needs a value");
                    }
                }
                else {
                    throw new UsageException("unknown option " + arg);
                }
            }
        }
        return parsed;
    }

    List<String> positional() {
        return List.copyOf(positional);
    }

    boolean flag(final String name) {
        return flags.contains(name);
    }

    Optional<String> option(final String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** A number option within bounds, or its default. */
    double number(final String name, final double defaultValue, final double min, final double max)
            throws UsageException {
        Optional<String> text = option(name);
        if (text.isEmpty()) {
            return defaultValue;
        }
        try {
            double value = Double.parseDouble(text.get());
            if (value >= min && value <= max) {
                return value;
            }
        }
        catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(name + ": a number from " + min + " to " + max + " expected but was '"
                + text.get() + "'");
    }
}
