package io.jenkins.plugins.perftracker.core.changepoint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads one numeric column of a CSV test resource under {@code changepoint/}. */
final class SeriesCsv {
    private SeriesCsv() {
    }

    /** The lines of a resource that do not start with '#'. */
    static List<String> lines(final String resource) {
        try (InputStream in = open(resource)) {
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(line -> !line.startsWith("#")).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(final String resource) {
        InputStream in = SeriesCsv.class.getResourceAsStream("/changepoint/" + resource);
        if (in == null) {
            throw new IllegalArgumentException("no test resource changepoint/" + resource);
        }
        return in;
    }

    static double[] column(final String resource, final String name) {
        try (InputStream in = open(resource)) {
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int col = Arrays.asList(reader.readLine().split(",")).indexOf(name);
            List<Double> values = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                values.add(Double.valueOf(line.split(",")[col]));
            }
            return values.stream().mapToDouble(Double::doubleValue).toArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
