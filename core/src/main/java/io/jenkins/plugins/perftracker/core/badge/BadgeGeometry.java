package io.jenkins.plugins.perftracker.core.badge;

/**
 * shields.io's badge layout (badge-maker's {@code Badge} constructor, without logos): 5 px padding on each
 * side of each text, text widths rounded up to odd pixels for pixel-grid alignment, text centres in tenths
 * of a pixel because the templates draw text at font-size 110 scaled by 0.1.
 *
 * @param labelTextWidth   preferred width of the label text (0 without a label)
 * @param messageTextWidth preferred width of the message text
 * @param leftWidth        width of the label part (0 without a label)
 * @param rightWidth       width of the message part
 * @param labelX           label text centre, ×10
 * @param messageX         message text centre, ×10
 */
record BadgeGeometry(int labelTextWidth, int messageTextWidth, int leftWidth, int rightWidth, int labelX,
        int messageX) {
    static final int HORIZONTAL_PADDING = 5;
    static final int SCALE = 10;

    static BadgeGeometry of(final String label, final String message, final TextWidths widths) {
        boolean hasLabel = !label.isEmpty();
        int labelTextWidth = hasLabel ? widths.preferredWidthOf(label) : 0;
        int leftWidth = hasLabel ? labelTextWidth + 2 * HORIZONTAL_PADDING : 0;
        int messageTextWidth = widths.preferredWidthOf(message);
        int messageMargin = leftWidth - (message.isEmpty() ? 0 : 1) + (hasLabel ? 0 : 1);
        int rightWidth = messageTextWidth + 2 * HORIZONTAL_PADDING;
        int labelMargin = 1;
        return new BadgeGeometry(labelTextWidth, messageTextWidth, leftWidth, rightWidth,
                centre(labelMargin, labelTextWidth), centre(messageMargin, messageTextWidth));
    }

    /** Total width in pixels. */
    int width() {
        return leftWidth + rightWidth;
    }

    private static int centre(final int margin, final int textWidth) {
        return (int) Math.round(SCALE * (margin + 0.5 * textWidth + HORIZONTAL_PADDING));
    }
}
