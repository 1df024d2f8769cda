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
        int end = args.indexOf("--") < 0 ? args.size() : args.indexOf("--");
        for (int i = 0; i < end; i++) {
            String arg = args.get(i);
            if (!arg.startsWith("-") || "-".equals(arg)) {
                parsed.positional.add(arg);
            }
            else if (knownFlags.contains(arg)) {
                parsed.flags.add(arg);
            }
            else {
                i = parsed.option(args, i, knownOptions);
            }
        }
        parsed.positional.addAll(args.subList(Math.min(end + 1, args.size()), args.size()));
        return parsed;
    }

    /** Takes the option at {@code i} and its value; returns the index of the last argument it used. */
    private int option(final List<String> args, final int i, final Set<String> knownOptions) throws UsageException {
        String arg = args.get(i);
        int equals = arg.indexOf('=');
        String name = equals < 0 ? arg : arg.substring(0, equals);
        if (!knownOptions.contains(name)) {
            throw new UsageException("unknown option " + arg);
        }
        if (equals >= 0) {
            options.put(name, arg.substring(equals + 1));
            return i;
        }
        if (i + 1 >= args.size() || "--".equals(args.get(i + 1))) {
            throw new UsageException("option " + name + " needs a value");
        }
        options.put(name, args.get(i + 1));
        return i + 1;
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
