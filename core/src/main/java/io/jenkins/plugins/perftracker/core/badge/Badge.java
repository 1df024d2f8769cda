package io.jenkins.plugins.perftracker.core.badge;

import java.util.Objects;

/**
 * What a badge says and how it looks: a label (the subject, may be empty), a message (the status), the
 * message colour, the label colour and the style. Text is cleaned on the way in ({@link BadgeText#clean}),
 * so a badge never holds characters an SVG cannot carry.
 */
public final class Badge {
    private final String label;
    private final String message;
    private final BadgeColor color;
    private final BadgeColor labelColor;
    private final BadgeStyle style;

    private Badge(final String label, final String message, final BadgeColor color, final BadgeColor labelColor,
            final BadgeStyle style) {
        this.label = BadgeText.clean(label);
        String cleanMessage = BadgeText.clean(message);
        this.message = cleanMessage.isEmpty() ? "unknown" : cleanMessage;
        this.color = Objects.requireNonNull(color, "color");
        this.labelColor = Objects.requireNonNull(labelColor, "labelColor");
        this.style = Objects.requireNonNull(style, "style");
    }

    /** A flat badge with the default grey label; an empty message becomes "unknown". */
    public static Badge of(final String label, final String message, final BadgeColor color) {
        return new Badge(label, message, color, BadgeColor.GREY, BadgeStyle.FLAT);
    }

    public Badge withLabel(final String newLabel) {
        return new Badge(newLabel, message, color, labelColor, style);
    }

    public Badge withColor(final BadgeColor newColor) {
        return new Badge(label, message, newColor, labelColor, style);
    }

    public Badge withLabelColor(final BadgeColor newLabelColor) {
        return new Badge(label, message, color, newLabelColor, style);
    }

    public Badge withStyle(final BadgeStyle newStyle) {
        return new Badge(label, message, color, labelColor, newStyle);
    }

    public String getLabel() {
        return label;
    }

    public String getMessage() {
        return message;
    }

    public BadgeColor getColor() {
        return color;
    }

    public BadgeColor getLabelColor() {
        return labelColor;
    }

    public BadgeStyle getStyle() {
        return style;
    }

    /** The text screen readers get, as shields.io builds it: "label: message", or the message alone. */
    public String accessibleText() {
        return label.isEmpty() ? message : label + ": " + message;
    }

    @Override
    public boolean equals(final Object o) {
        if (!(o instanceof Badge)) {
            return false;
        }
        Badge that = (Badge) o;
        return label.equals(that.label) && message.equals(that.message) && color.equals(that.color)
                && labelColor.equals(that.labelColor) && style == that.style;
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, message, color, labelColor, style);
    }

    @Override
    public String toString() {
        return "[" + label + " | " + message + " | " + color + ", " + style.getId() + "]";
    }
}
