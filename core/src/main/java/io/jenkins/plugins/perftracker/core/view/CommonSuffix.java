package io.jenkins.plugins.perftracker.core.view;

import java.util.List;
import java.util.Optional;

/**
 * PerfTracker's {@code pt_cut_common_sfx}: "2 parallel users", "4 parallel users" → axis "parallel users" with
 * values 2 and 4. Only a suffix that starts at a word boundary is cut, so "10ms"/"20ms" keep their unit whole.
 */
final class CommonSuffix {
    private CommonSuffix() {
    }

    /** The numeric values and the cut suffix, when every label is a number followed by the same suffix. */
    static Optional<Cut> cut(final List<String> labels) {
        if (labels.isEmpty()) {
            return Optional.empty();
        }
        String suffix = wordSuffix(labels);
        double[] values = new double[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            String head = labels.get(i).substring(0, labels.get(i).length() - suffix.length()).strip();
            Optional<Double> number = parse(head);
            if (number.isEmpty()) {
                return Optional.empty();
            }
            values[i] = number.get();
        }
        return Optional.of(new Cut(suffix.strip(), values));
    }

    /** The longest common suffix of all labels that starts with a space (or is empty). */
    private static String wordSuffix(final List<String> labels) {
        String suffix = labels.get(0);
        for (String label : labels) {
            int n = 0;
            while (n < suffix.length() && n < label.length()
                    && suffix.charAt(suffix.length() - 1 - n) == label.charAt(label.length() - 1 - n)) {
                n++;
            }
            suffix = suffix.substring(suffix.length() - n);
        }
        int space = suffix.indexOf(' ');
        return space < 0 ? "" : suffix.substring(space);
    }

    private static Optional<Double> parse(final String text) {
        if (!text.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(text));
    }

    /** The suffix that was cut and the numbers before it, in the labels' order. */
    record Cut(String suffix, double[] values) {
    }
}
