package io.jenkins.plugins.perftracker.core.badge;

import java.util.Locale;

/** The three shields.io styles we draw, with their geometry from badge-maker's renderers. */
public enum BadgeStyle {
    /** 20 px high, corners rounded by 3, a faint gradient and a text shadow (the default). */
    FLAT("flat", 20, 3, 0),
    /** 20 px high, square corners, no gradient, no shadow. */
    FLAT_SQUARE("flat-square", 20, 0, 0),
    /** 18 px high, corners rounded by 4, a glossy gradient and a text shadow. */
    PLASTIC("plastic", 18, 4, -10);

    private final String id;
    private final int height;
    private final int cornerRadius;
    private final int verticalMargin;

    BadgeStyle(final String id, final int height, final int cornerRadius, final int verticalMargin) {
        this.id = id;
        this.height = height;
        this.cornerRadius = cornerRadius;
        this.verticalMargin = verticalMargin;
    }

    /** The style named by {@code text} (as in shields.io's {@code ?style=}); flat for anything else. */
    public static BadgeStyle parse(final String text) {
        String key = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (BadgeStyle style : values()) {
            if (style.id.equals(key)) {
                return style;
            }
        }
        return FLAT;
    }

    public String getId() {
        return id;
    }

    public int getHeight() {
        return height;
    }

    public int getCornerRadius() {
        return cornerRadius;
    }

    /** Added to the text baseline (in tenths of a pixel, as the templates scale text by 10). */
    public int getVerticalMargin() {
        return verticalMargin;
    }

    /** Flat-square draws neither the shadow text nor the gradient. */
    public boolean hasShadow() {
        return this != FLAT_SQUARE;
    }
}
