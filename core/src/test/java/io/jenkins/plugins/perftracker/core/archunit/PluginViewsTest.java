package io.jenkins.plugins.perftracker.core.archunit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

/**
 * The plugin's Jelly views keep the rules that make them load in Jenkins ({@link JellyViewRules}). The plugin
 * module builds only where the Jenkins repository is reachable, so these run with the engine's tests.
 */
class PluginViewsTest {
    private static final Path PLUGIN = Path.of("..", "plugin");
    private static final Path PLUGIN_RESOURCES = PLUGIN.resolve("src/main/resources");
    private static final Path ENGINE_RESOURCES = Path.of("src/main/resources");

    private static JellyViewRules rules() throws IOException {
        return new JellyViewRules(List.of(PLUGIN_RESOURCES, ENGINE_RESOURCES),
                Files.readString(PLUGIN.resolve("pom.xml")));
    }

    @Test
    void shouldKeepEveryViewOfThePluginLoadable() throws IOException {
        JellyViewRules rules = rules();
        List<String> problems = new ArrayList<>();
        List<Path> views = files(".jelly");
        for (Path view : views) {
            problems.addAll(rules.check(view, Files.readString(view), JellyViewRules.messagesOf(view)));
        }

        assertThat(views).as("the plugin's views").hasSizeGreaterThan(10);
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldKeepEveryMessageFormattable() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : files(".properties")) {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
            problems.addAll(JellyViewRules.checkProperties(PLUGIN_RESOURCES.relativize(file).toString(), properties));
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void shouldFindALabelThatBreaksAtItsParenthesis() throws IOException {
        String view = JellyViewRules.ESCAPE + "\n<j:jelly xmlns:j=\"jelly:core\" xmlns:f=\"/lib/form\">\n"
                + "<f:entry title=\"${%Unstable above (% worse)}\"/>\n<th>${%Duration (s)}</th>\n"
                + "<p>${%counts(s.regressed, s.improved)}</p>\n</j:jelly>";
        Properties messages = new Properties();
        messages.setProperty("counts", "{0} regressed, {1} improved");

        List<String> problems = rules().check(PLUGIN_RESOURCES.resolve("x/index.jelly"), view, messages);

        assertThat(problems).hasSize(3)
                .anySatisfy(p -> assertThat(p).startsWith("x/index.jelly:3: ${%Unstable above (% worse)}")
                        .contains("must be a key"))
                .anySatisfy(p -> assertThat(p).startsWith("x/index.jelly:3:").contains("not property paths"))
                .anySatisfy(p -> assertThat(p).startsWith("x/index.jelly:4: ${%Duration (s)}"));
    }

    @Test
    void shouldFindMissingEscapingIncludesAdjunctsAndHelp() throws IOException {
        Path config = PLUGIN_RESOURCES.resolve("io/jenkins/plugins/perftracker/steps/PerftrackerPublishStep/config.jelly");
        String view = "<?jelly escape-by-default='false'?>\n"
                + "<j:jelly xmlns:j=\"jelly:core\" xmlns:st=\"jelly:stapler\" xmlns:f=\"/lib/form\">\n"
                + "<st:include it=\"${it.job}\" page=\"sidepanel.jelly\"/>\n"
                + "<st:include page=\"nowhere.jelly\"/>\n"
                + "<st:adjunct includes=\"io.jenkins.plugins.perftracker.ui.nothing, io.jenkins.plugins.perftracker.ui.common\"/>\n"
                + "<f:entry field=\"results\"/><f:entry field=\"undocumented\"/>\n</j:jelly>";

        List<String> problems = rules().check(config, view, new Properties());

        assertThat(problems).hasSize(5)
                .anySatisfy(p -> assertThat(p).contains("does not start with"))
                .anySatisfy(p -> assertThat(p).contains("sidepanel.jelly", "pt:sidepanel"))
                .anySatisfy(p -> assertThat(p).contains("nowhere.jelly"))
                .anySatisfy(p -> assertThat(p).contains("ui.nothing"))
                .anySatisfy(p -> assertThat(p).contains("'undocumented'"));
    }

    @Test
    void shouldFindAQuoteThatMessageFormatDrops() {
        Properties properties = new Properties();
        properties.setProperty("indexBuilds", "Builds kept in each job's series index (0 = all)");
        properties.setProperty("fine", "Builds kept in each job''s index, {0} of {1}");

        assertThat(JellyViewRules.checkProperties("config.properties", properties)).singleElement().asString()
                .contains("indexBuilds", "write ''");
    }

    private static List<Path> files(final String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(PLUGIN_RESOURCES)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
