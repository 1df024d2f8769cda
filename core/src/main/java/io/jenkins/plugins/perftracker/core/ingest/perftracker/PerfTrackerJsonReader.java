package io.jenkins.plugins.perftracker.core.ingest.perftracker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.ingest.kit.JsonFieldException;
import io.jenkins.plugins.perftracker.core.ingest.kit.JsonFields;
import io.jenkins.plugins.perftracker.core.ingest.kit.JsonInput;
import io.jenkins.plugins.perftracker.core.model.InvalidValueException;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;

/**
 * perftracker-client's JSON: a whole job ({@code {"job_title": …, "tests": […]}}) as the PerfTracker server
 * accepts it, or pt-suite-uploader's bare list of tests. Read as a stream, one test at a time, so a file of
 * hundreds of megabytes needs memory for one test, not for the file; fields PerfTracker does not know are skipped
 * unread, however large.
 */
public final class PerfTrackerJsonReader implements ResultReader {
    private static final Pattern JOB_FIELDS = Pattern.compile(
            "\"(tests|job_title|project_name|env_nodes|regression_tag|suite_name|product_name)\"\\s*:");
    private static final Pattern TEST_LIST = Pattern.compile(
            "^\\s*\\[\\s*\\{[^{}]*?\"tag\"\\s*:[^{}]*?\"(scores?|metrics|less_better)\"\\s*:", Pattern.DOTALL);
    private static final String WHAT = "a job object or a list of tests";

    @Override
    public String id() {
        return "perftracker";
    }

    @Override
    public String displayName() {
        return "PerfTracker JSON (perftracker-client job or test list)";
    }

    @Override
    public boolean detect(final Path file, final String head) {
        String start = head.stripLeading();
        return start.startsWith("{") && JOB_FIELDS.matcher(head).find()
                && (head.contains("\"tests\"") || head.contains("\"job_title\""))
                || TEST_LIST.matcher(head).find();
    }

    @Override
    public PerfRun read(final Path file) throws IOException, ResultFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file, in);
        }
    }

    /** Reads from a stream; {@code file} names it in messages. */
    public PerfRun read(final Path file, final InputStream in) throws IOException, ResultFormatException {
        return JsonInput.read(file, in, this::parse);
    }

    private PerfRun parse(final JsonInput in) throws IOException, ResultFormatException {
        PerfRunBuilder run = PerfRun.builder();
        JobAssembler job = new JobAssembler(run);
        try {
            JsonToken first = in.first(WHAT);
            if (first == JsonToken.START_ARRAY) {
                readTests(in, "$", job);
            }
            else if (first == JsonToken.START_OBJECT) {
                readJob(in, job);
            }
            else {
                throw in.error(in.position(), WHAT + " expected but the file starts with a single value");
            }
            return run.build();
        }
        catch (JsonFieldException e) {
            throw new ResultFormatException(in.file(), e.getPath() + job.where(), e.getProblem(), e);
        }
        catch (InvalidValueException e) {
            throw new ResultFormatException(in.file(), "$." + e.getField() + job.where(), e.getMessage(), e);
        }
    }

    private void readJob(final JsonInput in, final JobAssembler job) throws IOException, ResultFormatException {
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            if ("tests".equals(field)) {
                if (in.current() != JsonToken.START_ARRAY) {
                    throw in.error("$.tests", "a list of tests [{\"tag\": …, \"scores\": […]}, …] expected but was "
                            + JsonInput.describe(in.current()) + ", so the job would have no tests");
                }
                readTests(in, "$.tests", job);
            }
            else if (JobAssembler.FIELDS.contains(field)) {
                job.field(field, in.value());
            }
            else {
                in.skipValue();
            }
        }
        job.finish();
    }

    private void readTests(final JsonInput in, final String path, final JobAssembler job)
            throws IOException, ResultFormatException {
        int index = 0;
        for (JsonNode test = in.nextElement(PerfTrackerFields.TEST_FIELDS); test != null;
                test = in.nextElement(PerfTrackerFields.TEST_FIELDS)) {
            job.startTest(in.elementLine());
            job.test(new JsonFields(test, path + "[" + index++ + "]"));
        }
    }
}
