package io.jenkins.plugins.perftracker.core.view;

import io.jenkins.plugins.perftracker.core.model.PerfRun;

import java.util.ArrayList;
import java.util.List;

/** PerfTracker's legend labels "#n: title" ("#n" without a title), with " [product version]" when titles repeat. */
final class RunLabels {
    private RunLabels() {
    }

    static List<ComparisonView.RunHeader> headers(final List<PerfRun> runs) {
        boolean repeated = runs.stream().map(PerfRun::getTitle).distinct().count() < runs.size();
        List<ComparisonView.RunHeader> headers = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            PerfRun run = runs.get(i);
            String label = "#" + (i + 1) + (run.getTitle().isEmpty() ? "" : ": " + run.getTitle());
            if (repeated && !run.getProductVer().isEmpty()) {
                label += " [" + run.getProductVer() + "]";
            }
            headers.add(new ComparisonView.RunHeader(i + 1, label, run.getTitle(), run.getProductVer()));
        }
        return headers;
    }
}
