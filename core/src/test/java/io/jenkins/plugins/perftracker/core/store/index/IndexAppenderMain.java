package io.jenkins.plugins.perftracker.core.store.index;

import java.io.IOException;
import java.nio.file.Path;

/** A second process for the concurrency test: appends builds {@code first, first+step, ...} up to {@code last}. */
final class IndexAppenderMain {
    private IndexAppenderMain() {
    }

    public static void main(final String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int first = Integer.parseInt(args[1]);
        int last = Integer.parseInt(args[2]);
        int step = Integer.parseInt(args[3]);
        int maxLogRecords = Integer.parseInt(args[4]);
        try (SeriesIndex index = SeriesIndex.open(dir, maxLogRecords)) {
            for (int build = first; build <= last; build += step) {
                index.append(IndexFixtures.build(build, 3));
                if (build % 5 == 0) {
                    index.readLastBuilds(3);
                }
            }
        }
    }
}
