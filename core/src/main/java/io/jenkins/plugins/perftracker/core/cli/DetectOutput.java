package io.jenkins.plugins.perftracker.core.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.perftracker.core.changepoint.ChangePoint;
import io.jenkins.plugins.perftracker.core.report.History;
import io.jenkins.plugins.perftracker.core.view.TrendsViews.SeriesTrend;

import java.util.List;
import java.util.Locale;

/** The output of {@code detect}: a line per change point, or the JSON of docs/cli.md. */
final class DetectOutput {
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private DetectOutput() {
    }

    static String text(final History history, final List<SeriesTrend> trends) {
        StringBuilder text = new StringBuilder();
        int found = 0;
        for (SeriesTrend trend : trends) {
            for (ChangePoint point : trend.changePoints()) {
                text.append(String.format(Locale.ROOT, "%s: at %s (index %d) %+.1f%% %s (p=%.2g, mean %.6g -> %.6g)%n",
                        label(trend), history.builds().get(point.index()).label(), point.index(),
                        100 * point.forwardChange(), direction(point, trend), point.pValue(), point.meanBefore(),
                        point.meanAfter()));
                found++;
            }
        }
        return text.append(String.format(Locale.ROOT, "%d change points in %d series over %d builds%n", found,
                trends.size(), history.builds().size())).toString();
    }

    static String json(final History history, final List<SeriesTrend> trends) {
        ObjectNode json = MAPPER.createObjectNode();
        ArrayNode builds = json.putArray("builds");
        history.builds().forEach(b -> builds.addObject().put("label", b.label()).put("url", b.url()));
        ArrayNode series = json.putArray("series");
        for (SeriesTrend trend : trends) {
            ObjectNode node = series.addObject().put("series", trend.key().displayName())
                    .put("group", trend.key().getGroup()).put("tag", trend.key().getTag())
                    .put("category", trend.key().getCategory()).put("unit", trend.key().getUnit())
                    .put("lessIsBetter", trend.lessIsBetter());
            ArrayNode points = node.putArray("changePoints");
            for (ChangePoint point : trend.changePoints()) {
                points.addObject().put("build", history.builds().get(point.index()).label())
                        .put("index", point.index()).put("pValue", point.pValue())
                        .put("forwardChange", point.forwardChange()).put("meanBefore", point.meanBefore())
                        .put("meanAfter", point.meanAfter()).put("direction", direction(point, trend));
            }
        }
        return json.toPrettyString() + "\n";
    }

    /** "group / tag category (unit)", leaving out what is empty. */
    private static String label(final SeriesTrend trend) {
        String group = trend.key().getGroup().isEmpty() ? "" : trend.key().getGroup() + " / ";
        String unit = trend.key().getUnit().isEmpty() ? "" : " (" + trend.key().getUnit() + ")";
        return group + trend.key().displayName() + unit;
    }

    private static String direction(final ChangePoint point, final SeriesTrend trend) {
        return DetectCommand.isRegression(point, trend.lessIsBetter()) ? "regression" : "improvement";
    }
}
