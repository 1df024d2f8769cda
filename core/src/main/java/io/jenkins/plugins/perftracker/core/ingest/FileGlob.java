package io.jenkins.plugins.perftracker.core.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Ant-style file patterns as Jenkins users write them ({@code **}{@code /*.json, results/*.jtl}): comma-separated,
 * relative to a base directory, {@code **} for any depth (including none), {@code *} and {@code ?} inside one
 * name. A plain path to a file or directory matches itself. Patterns stay inside the base directory (the
 * workspace): an absolute pattern or a {@code ..} segment is refused, and so is a match that a symbolic link
 * takes outside it, since the files are read and archived on the controller's behalf.
 */
public final class FileGlob {
    /** Refuses to expand into more than this many paths, so a wrong pattern cannot exhaust the controller. */
    public static final int MAX_MATCHES = 10_000;

    private final List<Pattern> patterns = new ArrayList<>();
    private final List<String> literals = new ArrayList<>();

    public FileGlob(final String commaSeparated) {
        for (String part : commaSeparated.split(",")) {
            String pattern = part.strip().replace('\\', '/');
            if (pattern.isEmpty()) {
                continue;
            }
            refuseEscape(part.strip(), pattern);
            if (pattern.contains("*") || pattern.contains("?")) {
                patterns.add(Pattern.compile(toRegex(pattern)));
            }
            else {
                literals.add(pattern);
            }
        }
        if (patterns.isEmpty() && literals.isEmpty()) {
            throw new IllegalArgumentException("no file pattern given: expected for example '**/results.json'");
        }
    }

    private static void refuseEscape(final String given, final String pattern) {
        boolean absolute = pattern.startsWith("/") || pattern.matches("^[A-Za-z]:.*") || pattern.startsWith("~");
        boolean climbs = List.of(pattern.split("/")).contains("..");
        if (absolute || climbs) {
            throw new IllegalArgumentException("the file pattern '" + Excerpt.of(given) + "' leaves the workspace: "
                    + "patterns are relative to the workspace and may not be absolute or contain '..'");
        }
    }

    /** The matching files and directories under {@code base}, sorted by path for a deterministic order. */
    public List<Path> expand(final Path base) throws IOException {
        List<Path> matches = matches(base);
        if (matches.isEmpty()) {
            return matches;
        }
        Path root = base.toRealPath();
        for (Path match : matches) {
            if (!match.toRealPath().startsWith(root)) {
                throw new IOException("'" + Excerpt.of(base.relativize(match).toString()) + "' leads outside the "
                        + "workspace through a symbolic link; refused");
            }
        }
        return matches;
    }

    private List<Path> matches(final Path base) throws IOException {
        Set<Path> matches = new LinkedHashSet<>();
        for (String literal : literals) {
            Path path = base.resolve(literal).normalize();
            if (Files.exists(path)) {
                matches.add(path);
            }
        }
        if (!patterns.isEmpty() && Files.isDirectory(base)) {
            try (Stream<Path> files = Files.walk(base)) {
                files.filter(Files::isRegularFile)
                        .filter(p -> matches(base.relativize(p).toString().replace('\\', '/')))
                        .sorted()
                        .limit(MAX_MATCHES + 1L)
                        .forEach(matches::add);
            }
        }
        if (matches.size() > MAX_MATCHES) {
            throw new IOException("the pattern matches more than " + MAX_MATCHES + " files; narrow it down");
        }
        return new ArrayList<>(matches);
    }

    boolean matches(final String relativePath) {
        return patterns.stream().anyMatch(p -> p.matcher(relativePath).matches());
    }

    static String toRegex(final String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            }
            else if (glob.startsWith("**", i)) {
                regex.append(".*");
                i++;
            }
            else if (c == '*') {
                regex.append("[^/]*");
            }
            else if (c == '?') {
                regex.append("[^/]");
            }
            else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
