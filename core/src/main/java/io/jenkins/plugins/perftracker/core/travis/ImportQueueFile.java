package io.jenkins.plugins.perftracker.core.travis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The import queue on disk, so queued builds survive a restart: a JSON array of tasks, replaced atomically
 * (written beside, then moved), so a crash mid-write leaves the previous file. An entry that cannot be read
 * is skipped and named in the problems; the others still load.
 */
public final class ImportQueueFile {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Far more than any queue capacity allows; a larger file is not ours. */
    static final long MAX_FILE_BYTES = 16L << 20;

    private ImportQueueFile() {
    }

    /** What was read: the tasks, and a message for each entry skipped. */
    public record Loaded(List<ImportTask> tasks, List<String> problems) {
    }

    public static void save(final Path file, final List<ImportTask> tasks) throws IOException {
        ArrayNode array = MAPPER.createArrayNode();
        for (ImportTask task : tasks) {
            ObjectNode json = array.addObject();
            json.put("repo", task.slug().toString());
            json.put("number", task.buildNumber());
            json.put("id", task.buildId());
            json.put("attempts", task.attempts());
            json.put("due", task.dueAt().toString());
            json.put("error", task.lastError());
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temp, MAPPER.writeValueAsBytes(array));
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The saved tasks; none when the file does not exist. Throws only when the file is unreadable as a whole. */
    public static Loaded load(final Path file) throws IOException {
        if (!Files.exists(file)) {
            return new Loaded(List.of(), List.of());
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new IOException(file + ": an import queue of at most " + MAX_FILE_BYTES + " bytes expected");
        }
        JsonNode root = MAPPER.readTree(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        if (root == null || !root.isArray()) {
            throw new IOException(file + ": a JSON array of import tasks expected");
        }
        List<ImportTask> tasks = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            try {
                tasks.add(task(root.get(i)));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add(file + " entry " + i + ": " + e.getMessage());
            }
        }
        return new Loaded(tasks, problems);
    }

    private static ImportTask task(final JsonNode json) {
        RepoSlug slug = RepoSlug.parse(json.path("repo").asText()).orElseThrow(
                () -> new IllegalArgumentException("repo: a repository slug owner/name expected"));
        int number = json.path("number").asInt(-1);
        if (number < 1 || json.path("attempts").asInt(-1) < 0) {
            throw new IllegalArgumentException("number >= 1 and attempts >= 0 expected");
        }
        return new ImportTask(slug, number, Math.max(0, json.path("id").asLong()), json.path("attempts").asInt(),
                Instant.parse(json.path("due").asText()), json.path("error").asText(""));
    }
}
