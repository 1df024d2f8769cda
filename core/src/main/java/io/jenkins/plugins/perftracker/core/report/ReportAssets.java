package io.jenkins.plugins.perftracker.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The UI modules, style sheet and ECharts, read from the class path to be inlined into a report. */
final class ReportAssets {
    /** Where the UI modules live; the Jenkins plugin serves the same files as adjuncts. */
    static final String UI = "/io/jenkins/plugins/perftracker/ui/";
    /** ECharts from the org.webjars artifact. */
    static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.5.0/echarts.min.js";
    /** The modules in load order: common first, boot last. */
    static final String[] MODULES = {"common.js", "comparison.js", "trends.js", "regression.js", "timeline.js",
        "dashboard.js", "boot.js"};

    private ReportAssets() {
    }

    static String css() {
        return read(UI + "perftracker.css");
    }

    /** ECharts and the modules, each made safe to stand inside a script element. */
    static String scripts() {
        StringBuilder all = new StringBuilder(read(ECHARTS).length() + 100_000);
        appendScript(all, read(ECHARTS));
        for (String module : MODULES) {
            appendScript(all, read(UI + module));
        }
        return all.toString();
    }

    private static void appendScript(final StringBuilder all, final String code) {
        // "</script" would end the element early; "<\/script" means the same inside JS strings and regexes.
        all.append("<script>").append(code.replace("</script", "<\\/script")).append("</script>\n");
    }

    static String read(final String resource) {
        try (InputStream in = ReportAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }
}
