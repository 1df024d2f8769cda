package io.jenkins.plugins.perftracker.buildtime;

import java.util.Map;

import hudson.matrix.MatrixConfiguration;
import hudson.model.Job;

/** The axes of a matrix-project cell; only loaded when the matrix-project plugin is installed. */
final class MatrixCells {
    private MatrixCells() {
    }

    static Map<String, String> axes(final Job<?, ?> cell) {
        return cell instanceof MatrixConfiguration ? ((MatrixConfiguration) cell).getCombination() : Map.of();
    }
}
