package io.jenkins.plugins.perftracker.core.ingest;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jenkins.plugins.perftracker.core.model.PerfRun;

/**
 * What one ingest produced: the merged run of every readable file, which format each file was read as, and
 * the files that failed. Serializable, because in Jenkins it travels from the agent to the controller.
 *
 * @param run      the tests of all readable files and the run-level facts of the first file that had them
 * @param formats  file (relative path) → id of the format it was read as, in reading order
 * @param problems the files that could not be read
 */
public record IngestResult(PerfRun run, Map<String, String> formats, List<IngestProblem> problems)
        implements Serializable {
    public IngestResult {
        formats = Collections.unmodifiableMap(new LinkedHashMap<>(formats));
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public int filesRead() {
        return formats.size();
    }
}
