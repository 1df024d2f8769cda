package io.jenkins.plugins.perftracker.core.cli;

import io.jenkins.plugins.perftracker.core.report.BadInputException;
import io.jenkins.plugins.perftracker.core.view.NaturalOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How history arguments name runs: one directory stands for its files in natural name order (build-9 before
 * build-10), else one run per argument.
 */
final class HistoryInputs {
    private HistoryInputs() {
    }

    /** Whether the inputs are a single Otava-style CSV file. */
    static boolean isCsv(final List<String> inputs, final Path base) {
        return inputs.size() == 1 && inputs.get(0).toLowerCase(Locale.ROOT).endsWith(".csv")
                && Files.isRegularFile(base.resolve(inputs.get(0)));
    }

    /** The runs' inputs, oldest first. */
    static List<String> runs(final List<String> inputs, final Path base) throws BadInputException {
        if (inputs.size() != 1 || !Files.isDirectory(base.resolve(inputs.get(0)))) {
            return inputs;
        }
        Path directory = base.resolve(inputs.get(0));
        try (Stream<Path> files = Files.list(directory)) {
            List<String> names = files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).sorted(NaturalOrder.INSTANCE)
                    .map(n -> inputs.get(0) + "/" + n).toList();
            if (names.isEmpty()) {
                throw new BadInputException(inputs.get(0) + ": a directory of run files expected but it is empty");
            }
            return names;
        }
        catch (IOException e) {
            throw new BadInputException(inputs.get(0) + ": cannot be listed: " + e.getMessage(), e);
        }
    }
}
