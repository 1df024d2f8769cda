package io.jenkins.plugins.perftracker.core.badge;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.nio.file.Files;

import static org.assertj.core.api.Assumptions.assumeThat;

/** Measures text with the real DejaVu Sans font through AWT: the independent reference for widths. */
final class FontMeasure {
    private static Font font;

    private FontMeasure() {
    }

    /** The width of the text at 11 px, measured by the JDK's font engine; skips the test without the font. */
    static synchronized double width(final String text) throws Exception {
        assumeThat(Files.exists(WidthTableGenerator.FONT)).as("DejaVu Sans installed").isTrue();
        if (font == null) {
            System.setProperty("java.awt.headless", "true");
            font = Font.createFont(Font.TRUETYPE_FONT, WidthTableGenerator.FONT.toFile()).deriveFont(11f);
        }
        return font.getStringBounds(text, new FontRenderContext(null, true, true)).getWidth();
    }

    /** shields.io's preferred width computed from the font: truncated, then rounded up to odd. */
    static int preferred(final String text) throws Exception {
        int width = (int) width(text);
        return width % 2 == 0 ? width + 1 : width;
    }
}
