package io.jenkins.plugins.perftracker.core.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The UI modules stay within Jenkins' Content-Security-Policy and expose the agreed entry point. */
class UiModulesTest {
    /** Code that CSP forbids or that would put data into markup. */
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\beval\\s*\\(|new\\s+Function\\s*\\(|\\.innerHTML\\s*=|\\.outerHTML\\s*=|insertAdjacentHTML|document\\.write"
                    + "|setTimeout\\s*\\(\\s*[\"']|setInterval\\s*\\(\\s*[\"']|\\son[a-z]+\\s*=\\s*[\"']");

    @ParameterizedTest
    @ValueSource(strings = {"common.js", "comparison.js", "trends.js", "regression.js", "dashboard.js",
            "timeline.js", "boot.js"})
    void shouldUseNoCodeFromStringsAndNoMarkupFromData(final String module) {
        String code = ReportAssets.read(ReportAssets.UI + module);
        assertThat(FORBIDDEN.matcher(code).find()).as(module + " contains " + firstMatch(code)).isFalse();
        assertThat(code).contains("\"use strict\";").contains("}(window));");
    }

    @ParameterizedTest
    @ValueSource(strings = {"comparison", "trends", "regression", "dashboard", "timeline"})
    void shouldExposeARenderFunctionPerPage(final String page) {
        String code = ReportAssets.read(ReportAssets.UI + page + ".js");
        assertThat(code).containsPattern("perftracker\\." + page + " = \\{render: render[,}]")
                .contains("function render(element, model)");
        assertThat(ReportAssets.MODULES).contains(page + ".js");
    }

    private static String firstMatch(final String code) {
        var matcher = FORBIDDEN.matcher(code);
        return matcher.find() ? matcher.group() : "nothing forbidden";
    }
}
