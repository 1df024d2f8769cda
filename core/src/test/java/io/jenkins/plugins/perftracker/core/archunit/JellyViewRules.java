package io.jenkins.plugins.perftracker.core.archunit;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The rules a Jelly view of the plugin must keep to load in Jenkins, checked without Jenkins (the plugin module
 * cannot be built here). Stapler reads {@code ${%text(args)}} as a message key followed by JEXL arguments, so a
 * label with a parenthesis loses its text or fails the page; properties values go through MessageFormat, which
 * drops a single {@code '}; an include or adjunct that names nothing fails at render time.
 */
final class JellyViewRules {
    static final String ESCAPE = "<?jelly escape-by-default='true'?>";
    private static final String STAPLER = "jelly:stapler";
    private static final String FORM = "/lib/form";
    private static final Pattern I18N = Pattern.compile("\\$\\{%([^}]*)}");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    /** What a message argument may be: a property path (with an optional call), a quoted string or a number. */
    private static final Pattern ARGUMENT = Pattern.compile(
            "\\s*(?:[A-Za-z_][\\w.]*(?:\\(\\s*\\))?|'[^']*'|\"[^\"]*\"|-?\\d+(?:\\.\\d+)?)\\s*");
    /** Adjuncts of other plugins the views may use, with the artifact that serves each. */
    private static final Map<String, String> EXTERNAL_ADJUNCTS = Map.of("io.jenkins.plugins.echarts", "echarts-api");

    private final List<Path> resourceRoots;
    private final String pluginPom;

    /**
     * @param resourceRoots where views, pages and adjuncts live (the plugin's resources, then the engine's)
     * @param pluginPom the plugin's pom.xml, which must depend on the plugin of each external adjunct
     */
    JellyViewRules(final List<Path> resourceRoots, final String pluginPom) {
        this.resourceRoots = resourceRoots;
        this.pluginPom = pluginPom;
    }

    /** Every problem of one view, each as "file:line? message". */
    List<String> check(final Path view, final String text, final Properties messages) {
        List<String> problems = new ArrayList<>();
        String name = view.getParent().getFileName() + "/" + view.getFileName();
        if (!text.startsWith(ESCAPE)) {
            problems.add(name + ": does not start with " + ESCAPE);
        }
        // comments become their newlines only, so that line numbers stay right
        checkMessages(name, COMMENT.matcher(text).replaceAll(c -> c.group().replaceAll("[^\n]", "")), messages,
                problems);
        Document document = parse(name, text, problems);
        if (document != null) {
            checkIncludes(name, view, document, problems);
            checkAdjuncts(name, document, problems);
            checkHelp(name, view, document, problems);
        }
        return problems;
    }

    /** Problems of a properties file's values, which Stapler and the localizer format with MessageFormat. */
    static List<String> checkProperties(final String name, final Properties properties) {
        List<String> problems = new ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key);
            if (value.replace("''", "").contains("'")) {
                problems.add(name + ": " + key + ": a single ' is dropped by MessageFormat; write ''");
            }
            if (Pattern.compile("\\{(?!\\d+(,[^}]*)?})").matcher(value).find()) {
                problems.add(name + ": " + key + ": '{' starts a MessageFormat argument; only {0}, {1}… may appear");
            }
        }
        return problems;
    }

    private static void checkMessages(final String name, final String text, final Properties messages,
            final List<String> problems) {
        Matcher m = I18N.matcher(text);
        while (m.find()) {
            String expression = m.group(1);
            int open = expression.indexOf('(');
            if (open < 0) {
                continue;
            }
            String key = expression.substring(0, open);
            String where = name + ":" + line(text, m.start()) + ": ${%" + expression + "}";
            if (!messages.containsKey(key)) {
                problems.add(where + ": '(' starts message arguments, so '" + key
                        + "' must be a key of the view's properties file (put the label's text there)");
            }
            if (!expression.endsWith(")") || !arguments(expression.substring(open + 1, expression.length() - 1))) {
                problems.add(where + ": the arguments are not property paths, strings or numbers");
            }
        }
    }

    private static boolean arguments(final String list) {
        for (String argument : list.split(",", -1)) {
            if (!ARGUMENT.matcher(argument).matches()) {
                return false;
            }
        }
        return true;
    }

    private void checkIncludes(final String name, final Path view, final Document document,
            final List<String> problems) {
        NodeList includes = document.getElementsByTagNameNS(STAPLER, "include");
        for (int i = 0; i < includes.getLength(); i++) {
            Element include = (Element) includes.item(i);
            String page = include.getAttribute("page");
            boolean optional = "true".equals(include.getAttribute("optional"));
            String where = name + ": st:include page=\"" + page + "\"";
            if (include.hasAttribute("it")) {
                if (page.equals("sidepanel.jelly") && !optional) {
                    problems.add(where + " with it=" + include.getAttribute("it") + ": Job and Run have no side panel"
                            + " of their own; use <pt:sidepanel owner=…/> (an optional include with a fallback)");
                }
            }
            else if (include.hasAttribute("class")) {
                Path folder = Path.of(include.getAttribute("class").replace('.', '/'));
                if (!exists(folder.resolve(page)) && !optional) {
                    problems.add(where + ": no such page for " + include.getAttribute("class"));
                }
            }
            else if (!Files.exists(view.resolveSibling(page)) && !optional) {
                problems.add(where + ": no such page beside the view");
            }
        }
    }

    private void checkAdjuncts(final String name, final Document document, final List<String> problems) {
        NodeList adjuncts = document.getElementsByTagNameNS(STAPLER, "adjunct");
        for (int i = 0; i < adjuncts.getLength(); i++) {
            for (String adjunct : ((Element) adjuncts.item(i)).getAttribute("includes").split(",")) {
                String id = adjunct.strip();
                String artifact = EXTERNAL_ADJUNCTS.get(id);
                if (artifact != null) {
                    if (!pluginPom.contains("<artifactId>" + artifact + "</artifactId>")) {
                        problems.add(name + ": adjunct " + id + " needs a dependency on " + artifact);
                    }
                }
                else if (!adjunctExists(id)) {
                    problems.add(name + ": adjunct " + id + " names no .js, .css, .html or .jelly resource");
                }
            }
        }
    }

    private static void checkHelp(final String name, final Path view, final Document document,
            final List<String> problems) {
        String file = view.getFileName().toString();
        if (!file.equals("config.jelly") && !file.equals("global.jelly")) {
            return;
        }
        NodeList entries = document.getElementsByTagNameNS(FORM, "*");
        for (int i = 0; i < entries.getLength(); i++) {
            String field = ((Element) entries.item(i)).getAttribute("field");
            if (!field.isEmpty() && !Files.exists(view.resolveSibling("help-" + field + ".html"))
                    && !Files.exists(view.resolveSibling("help-" + field + ".jelly"))) {
                problems.add(name + ": field '" + field
                        + "' has no help-" + field + ".html");
            }
        }
    }

    private boolean adjunctExists(final String id) {
        String path = id.replace('.', '/');
        for (String extension : List.of(".js", ".css", ".html", ".jelly")) {
            if (exists(Path.of(path + extension))) {
                return true;
            }
        }
        return false;
    }

    private boolean exists(final Path relative) {
        return resourceRoots.stream().anyMatch(root -> Files.exists(root.resolve(relative)));
    }

    private static Document parse(final String name, final String text, final List<String> problems) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
        }
        catch (Exception e) {
            problems.add(name + ": not well-formed XML: " + e.getMessage());
            return null;
        }
    }

    private static int line(final String text, final int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The properties beside a view ({@code index.jelly} → {@code index.properties}), empty when there are none. */
    static Properties messagesOf(final Path view) throws IOException {
        String name = view.getFileName().toString();
        Path file = view.resolveSibling(name.substring(0, name.length() - ".jelly".length()) + ".properties");
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
        }
        return properties;
    }
}
