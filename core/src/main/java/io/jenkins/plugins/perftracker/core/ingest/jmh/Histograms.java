package io.jenkins.plugins.perftracker.core.ingest.jmh;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.kit.Nodes;
import io.jenkins.plugins.perftracker.core.ingest.kit.TestDraft;

/**
 * JMH sample mode's {@code rawDataHistogram} ({@code [fork][iteration][[value, count] …]}): each iteration's
 * histogram becomes one sample, its count-weighted mean. Expanding every timed call would store millions of values
 * per test; one mean per iteration keeps iterations as the unit of repetition, as in the other modes.
 */
final class Histograms {
    private Histograms() {
    }

    /** Adds one mean per iteration; returns the iterations per fork. */
    static List<Integer> addMeans(final TestDraft test, final Nodes nodes, final JsonNode forks, final String path)
            throws ResultFormatException {
        List<Integer> perFork = new ArrayList<>();
        double calls = 0;
        for (int f = 0; f < forks.size(); f++) {
            JsonNode iterations = nodes.array(forks, f, path);
            for (int i = 0; i < iterations.size(); i++) {
                double[] sumAndCount = weigh(nodes, nodes.array(iterations, i, path + "[" + f + "]"),
                        path + "[" + f + "][" + i + "]");
                if (sumAndCount[1] > 0) {
                    test.sample(sumAndCount[0] / sumAndCount[1]);
                }
                calls += sumAndCount[1];
            }
            perFork.add(iterations.size());
        }
        test.attrib("histogramCount", (long) calls);
        return perFork;
    }

    /** The count-weighted sum of an iteration's {@code [value, count]} bins, and the count. */
    private static double[] weigh(final Nodes nodes, final JsonNode bins, final String path)
            throws ResultFormatException {
        double sum = 0;
        double count = 0;
        for (int b = 0; b < bins.size(); b++) {
            JsonNode bin = nodes.array(bins, b, path);
            double n = nodes.number(bin.get(1), path + "[" + b + "][1]");
            sum += nodes.number(bin.get(0), path + "[" + b + "][0]") * n;
            count += n;
        }
        return new double[] {sum, count};
    }
}
