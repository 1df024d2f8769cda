package io.jenkins.plugins.perftracker.core.changepoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Otava's split pass: E-divisive in windows of w values, each starting at the later of the last change point
 * found and the previous start + w/2; the union of their change points are the weak change points.
 *
 * <p>A window that ends before the series does depends only on its values, so after an append the windows
 * up to the first one that was cut short by the old end give the same result. {@link Resume} records that
 * point; continuing from it gives exactly what a full pass gives.
 */
final class SplitPass {
    private final int window;
    private final WindowDivisive divisive;

    SplitPass(final ChangePointOptions options) {
        this.window = options.window();
        this.divisive = new WindowDivisive(options);
    }

    /** Where a pass can restart after values are appended: the start and the change points found before it. */
    record Resume(int start, int[] changePoints) {
        static final Resume BEGINNING = new Resume(0, new int[0]);
    }

    /** The weak change points of z (sorted) and the point to resume from. */
    Result run(final double[] z, final Resume from) {
        TreeSet<Integer> found = new TreeSet<>(Arrays.stream(from.changePoints()).boxed().toList());
        int start = from.start();
        Resume resume = null;
        int step = window / 2;
        while (start < z.length) {
            int end = Math.min(start + window, z.length);
            if (resume == null && end - start < window) {
                resume = new Resume(start, toArray(found));
            }
            List<Integer> fresh = divisive.changePoints(z, start, end);
            int last = fresh.isEmpty() ? 0 : fresh.get(fresh.size() - 1);
            start = Math.max(last, start + step);
            found.addAll(fresh);
        }
        if (resume == null) {
            resume = new Resume(start, toArray(found));
        }
        return new Result(toArray(found), resume);
    }

    private static int[] toArray(final TreeSet<Integer> values) {
        return new ArrayList<>(values).stream().mapToInt(Integer::intValue).toArray();
    }

    /** The weak change point indices and the resume point. */
    record Result(int[] changePoints, Resume resume) {
    }
}
