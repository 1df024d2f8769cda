package io.jenkins.plugins.perftracker.core.badge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Text widths at 11 px from a character-width table generated from a real font (DejaVu Sans, the
 * open-licence member of the badge's {@code Verdana,Geneva,DejaVu Sans,sans-serif} stack), the approach
 * shields.io takes with its Verdana table. A table instead of {@code java.awt.Font} keeps badges working
 * on controllers without fontconfig. Unknown characters are measured as an "m", as shields.io guesses;
 * combining marks and format characters take no space.
 */
public final class TextWidths {
    /** The font size the badge templates draw with. */
    public static final double FONT_SIZE = 11;
    private static final String TABLE = "dejavu-sans.widths";
    private static final TextWidths DEJAVU_SANS_11 = load();

    private final int[] starts;
    private final int[] ends;
    private final int[] advances;
    private final double pixelsPerUnit;
    private final double fallback;

    private TextWidths(final int[][] runs, final int unitsPerEm) {
        this.starts = runs[0];
        this.ends = runs[1];
        this.advances = runs[2];
        this.pixelsPerUnit = FONT_SIZE / unitsPerEm;
        this.fallback = advanceOf('m');
    }

    /** The widths of DejaVu Sans at 11 px. */
    public static TextWidths dejaVuSans11() {
        return DEJAVU_SANS_11;
    }

    /** The width of the text in pixels: the sum of the advances (no kerning, as in shields.io). */
    public double widthOf(final String text) {
        return text.codePoints().mapToDouble(this::advanceOf).sum();
    }

    /** shields.io's preferred width: the width truncated to whole pixels and rounded up to an odd number. */
    public int preferredWidthOf(final String text) {
        int width = (int) widthOf(text);
        return width % 2 == 0 ? width + 1 : width;
    }

    double advanceOf(final int codePoint) {
        int run = Arrays.binarySearch(starts, codePoint);
        int index = run >= 0 ? run : -run - 2;
        if (index >= 0 && codePoint <= ends[index]) {
            return advances[index] * pixelsPerUnit;
        }
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return fallback;
    }

    private static TextWidths load() {
        try (InputStream in = TextWidths.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + TABLE + " next to " + TextWidths.class);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + TABLE, e);
        }
    }

    static TextWidths parse(final BufferedReader reader) throws IOException {
        int unitsPerEm = 0;
        List<int[]> rows = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.startsWith("unitsPerEm ")) {
                unitsPerEm = Integer.parseInt(line.substring("unitsPerEm ".length()).trim());
            } else if (!line.isBlank() && !line.startsWith("#")) {
                String[] fields = line.trim().split(" ");
                rows.add(new int[] {Integer.parseInt(fields[0], 16), Integer.parseInt(fields[1], 16),
                        Integer.parseInt(fields[2])});
            }
        }
        if (unitsPerEm <= 0 || rows.isEmpty()) {
            throw new IllegalStateException("Width table without unitsPerEm or runs");
        }
        return new TextWidths(columns(rows), unitsPerEm);
    }

    /** Rows of (first, last, advance) as three parallel arrays, for binary search over the firsts. */
    private static int[][] columns(final List<int[]> rows) {
        int[][] runs = new int[3][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int column = 0; column < 3; column++) {
                runs[column][i] = rows.get(i)[column];
            }
        }
        return runs;
    }
}
