package io.jenkins.plugins.perftracker.core.ingest.perftracker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.ingest.json.JsonFieldException;
import io.jenkins.plugins.perftracker.core.ingest.json.JsonFields;
import io.jenkins.plugins.perftracker.core.model.InvalidValueException;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;

/**
 * perftracker-client's JSON: a whole job ({@code {"job_title": …, "tests": […]}}) as the PerfTracker server
 * accepts it, or pt-suite-uploader's bare list of tests. Read as a stream, one test at a time, so a file of
 * hundreds of megabytes needs memory for one test, not for the file.
 */
public final class PerfTrackerJsonReader implements ResultReader {
    private static final Pattern JOB_FIELDS = Pattern.compile(
            "\"(tests|job_title|project_name|env_nodes|regression_tag|suite_name|product_name)\"\\s*:");
    private static final Pattern TEST_LIST = Pattern.compile(
            "^\\s*\\[\\s*\\{[^{}]*?\"tag\"\\s*:[^{}]*?\"(scores?|metrics|less_better)\"\\s*:", Pattern.DOTALL);
    private final ObjectMapper mapper = new ObjectMapper();

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
        try (InputStream in = Files.newInputStream(file); JsonParser parser = mapper.createParser(in)) {
            return read(file, parser);
        }
        catch (JsonProcessingException e) {
            throw new ResultFormatException(file, at(e.getLocation()), "not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private PerfRun read(final Path file, final JsonParser parser) throws IOException, ResultFormatException {
        JsonToken first = parser.nextToken();
        PerfRunBuilder run = PerfRun.builder();
        JobAssembler job = new JobAssembler(run);
        try {
            if (first == JsonToken.START_ARRAY) {
                readTests(parser, "$", job);
            }
            else if (first == JsonToken.START_OBJECT) {
                readJob(parser, job);
            }
            else {
                throw new ResultFormatException(file, at(parser.currentTokenLocation()),
                        "a job object or a list of tests expected but the file " + (first == null ? "is empty"
                                : "starts with " + parser.getText()));
            }
            return run.build();
        }
        catch (JsonFieldException e) {
            throw new ResultFormatException(file, e.getPath() + job.where(), e.getProblem(), e);
        }
        catch (InvalidValueException e) {
            throw new ResultFormatException(file, "$." + e.getField() + job.where(), e.getMessage(), e);
        }
    }

    private void readJob(final JsonParser parser, final JobAssembler job) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("tests".equals(field) && value == JsonToken.START_ARRAY) {
                readTests(parser, "$.tests", job);
            }
            else {
                job.field(field, parser.readValueAsTree());
            }
        }
        job.finish();
    }

    private void readTests(final JsonParser parser, final String path, final JobAssembler job) throws IOException {
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            job.startTest(parser.currentTokenLocation().getLineNr());
            JsonNode test = parser.readValueAsTree();
            job.test(new JsonFields(test, path + "[" + index++ + "]"));
        }
    }

    static String at(final JsonLocation location) {
        return location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
