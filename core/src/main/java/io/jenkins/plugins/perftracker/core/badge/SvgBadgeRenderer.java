package io.jenkins.plugins.perftracker.core.badge;

/**
 * Draws a {@link Badge} as SVG in the flat, flat-square or plastic style with shields.io's geometry,
 * gradients, shadows, {@code role="img"}, {@code aria-label} and {@code <title>}. The output is one line of
 * well-formed XML; every text and attribute value is escaped. The same badge always gives the same bytes,
 * so {@link ETags} can be derived from the content.
 */
public final class SvgBadgeRenderer {
    private static final String FONT_FAMILY = "Verdana,Geneva,DejaVu Sans,sans-serif";
    private final TextWidths widths;

    /** A renderer measuring text with DejaVu Sans at 11 px. */
    public SvgBadgeRenderer() {
        this(TextWidths.dejaVuSans11());
    }

    SvgBadgeRenderer(final TextWidths widths) {
        this.widths = widths;
    }

    /** The badge as an SVG document (UTF-8 text, media type {@code image/svg+xml}). */
    public String render(final Badge badge) {
        BadgeGeometry geometry = BadgeGeometry.of(badge.getLabel(), badge.getMessage(), widths);
        BadgeStyle style = badge.getStyle();
        String accessible = BadgeText.escapeXml(badge.accessibleText());
        StringBuilder svg = new StringBuilder(1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"")
                .append(geometry.width()).append("\" height=\"").append(style.getHeight())
                .append("\" role=\"img\" aria-label=\"").append(accessible).append("\"><title>")
                .append(accessible).append("</title>");
        appendGradientAndClip(svg, style, geometry.width());
        appendBackground(svg, badge, geometry);
        appendTexts(svg, badge, geometry);
        return svg.append("</svg>").toString();
    }

    private static void appendGradientAndClip(final StringBuilder svg, final BadgeStyle style, final int width) {
        if (style == BadgeStyle.FLAT_SQUARE) {
            return;
        }
        svg.append("<linearGradient id=\"s\" x2=\"0\" y2=\"100%\">");
        if (style == BadgeStyle.PLASTIC) {
            svg.append("<stop offset=\"0\" stop-color=\"#fff\" stop-opacity=\".7\"/>")
                    .append("<stop offset=\".1\" stop-color=\"#aaa\" stop-opacity=\".1\"/>")
                    .append("<stop offset=\".9\" stop-color=\"#000\" stop-opacity=\".3\"/>")
                    .append("<stop offset=\"1\" stop-color=\"#000\" stop-opacity=\".5\"/>");
        } else {
            svg.append("<stop offset=\"0\" stop-color=\"#bbb\" stop-opacity=\".1\"/>")
                    .append("<stop offset=\"1\" stop-opacity=\".1\"/>");
        }
        svg.append("</linearGradient><clipPath id=\"r\"><rect width=\"").append(width).append("\" height=\"")
                .append(style.getHeight()).append("\" rx=\"").append(style.getCornerRadius())
                .append("\" fill=\"#fff\"/></clipPath>");
    }

    private static void appendBackground(final StringBuilder svg, final Badge badge, final BadgeGeometry geometry) {
        BadgeStyle style = badge.getStyle();
        int height = style.getHeight();
        BadgeColor left = badge.getLabel().isEmpty() ? badge.getColor() : badge.getLabelColor();
        svg.append(style == BadgeStyle.FLAT_SQUARE ? "<g shape-rendering=\"crispEdges\">" : "<g clip-path=\"url(#r)\">")
                .append("<rect width=\"").append(geometry.leftWidth()).append("\" height=\"").append(height)
                .append("\" fill=\"").append(left.toSvg()).append("\"/>")
                .append("<rect x=\"").append(geometry.leftWidth()).append("\" width=\"").append(geometry.rightWidth())
                .append("\" height=\"").append(height).append("\" fill=\"").append(badge.getColor().toSvg())
                .append("\"/>");
        if (style != BadgeStyle.FLAT_SQUARE) {
            svg.append("<rect width=\"").append(geometry.width()).append("\" height=\"").append(height)
                    .append("\" fill=\"url(#s)\"/>");
        }
        svg.append("</g>");
    }

    private static void appendTexts(final StringBuilder svg, final Badge badge, final BadgeGeometry geometry) {
        svg.append("<g fill=\"#fff\" text-anchor=\"middle\" font-family=\"").append(FONT_FAMILY)
                .append("\" text-rendering=\"geometricPrecision\" font-size=\"110\">");
        if (!badge.getLabel().isEmpty()) {
            appendText(svg, badge.getStyle(), badge.getLabel(), badge.getLabelColor(), geometry.labelX(),
                    geometry.labelTextWidth());
        }
        appendText(svg, badge.getStyle(), badge.getMessage(), badge.getColor(), geometry.messageX(),
                geometry.messageTextWidth());
        svg.append("</g>");
    }

    private static void appendText(final StringBuilder svg, final BadgeStyle style, final String text,
            final BadgeColor background, final int x, final int textWidth) {
        String escaped = BadgeText.escapeXml(text);
        int length = BadgeGeometry.SCALE * textWidth;
        int baseline = 140 + style.getVerticalMargin();
        if (style.hasShadow()) {
            svg.append("<text aria-hidden=\"true\" x=\"").append(x).append("\" y=\"").append(baseline + 10)
                    .append("\" fill=\"").append(background.isLight() ? "#ccc" : "#010101")
                    .append("\" fill-opacity=\".3\" transform=\"scale(.1)\" textLength=\"").append(length)
                    .append("\">").append(escaped).append("</text>");
        }
        svg.append("<text x=\"").append(x).append("\" y=\"").append(baseline)
                .append("\" transform=\"scale(.1)\" fill=\"").append(background.isLight() ? "#333" : "#fff")
                .append("\" textLength=\"").append(length).append("\">").append(escaped).append("</text>");
    }
}
