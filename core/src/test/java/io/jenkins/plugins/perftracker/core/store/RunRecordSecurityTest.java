package io.jenkins.plugins.perftracker.core.store;

import com.thoughtworks.xstream.XStream;
import com.thoughtworks.xstream.security.ForbiddenClassException;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.*;

/** Crafted records naming foreign classes: each must fail clearly and start nothing. */
class RunRecordSecurityTest {
    private static final String TOUCH_COMMAND = """
            <command><string>touch</string><string>MARKER</string></command>""";
    /** CVE-2013-7285: a sorted set whose comparator is a proxy that starts a process. */
    private static final String SORTED_SET_GADGET = """
            <sorted-set>
              <string>foo</string>
              <dynamic-proxy>
                <interface>java.lang.Comparable</interface>
                <handler class="java.beans.EventHandler">
                  <target class="java.lang.ProcessBuilder">COMMAND</target>
                  <action>start</action>
                </handler>
              </dynamic-proxy>
            </sorted-set>""".replace("COMMAND", TOUCH_COMMAND);

    private final RunRecordCodec codec = new RunRecordCodec();

    @TempDir
    private Path dir;

    @Test
    void shouldRefuseTheSortedSetGadget() throws IOException {
        assertRefused(SORTED_SET_GADGET, "java.util.SortedSet");
    }

    @Test
    void shouldRefuseAProcessBuilderAsRoot() throws IOException {
        assertRefused("<java.lang.ProcessBuilder>" + TOUCH_COMMAND + "</java.lang.ProcessBuilder>",
                "java.lang.ProcessBuilder");
    }

    @Test
    void shouldRefuseADynamicProxyAsRoot() throws IOException {
        assertRefused(SORTED_SET_GADGET.substring(SORTED_SET_GADGET.indexOf("<dynamic-proxy>"),
                SORTED_SET_GADGET.indexOf("</sorted-set>")), "com.thoughtworks.xstream.mapper.DynamicProxyMapper$DynamicProxy");
    }

    @Test
    void shouldRefuseAForeignClassAttributeOnTheRoot() throws IOException {
        assertRefused("<perftracker-run class=\"java.lang.ProcessBuilder\">" + TOUCH_COMMAND + "</perftracker-run>",
                "java.lang.ProcessBuilder");
    }

    @Test
    void shouldRefuseAPriorityQueueGadget() throws IOException {
        assertRefused("<java.util.PriorityQueue serialization=\"custom\"><unserializable-parents/>"
                + "<java.util.PriorityQueue><default><size>2</size></default><int>3</int>"
                + "<javax.naming.ldap.Rdn_-RdnEntry><type>x</type></javax.naming.ldap.Rdn_-RdnEntry>"
                + "</java.util.PriorityQueue></java.util.PriorityQueue>", "java.util.PriorityQueue");
    }

    @Test
    void shouldIgnoreClassAttributesAndGadgetsNestedInARun() throws IOException {
        String xml = "<perftracker-run><title>t</title><tests>"
                + "<test class=\"dynamic-proxy\">" + SORTED_SET_GADGET + "<tag>ok</tag><scores>1</scores></test>"
                + "</tests><env-nodes><env-node class=\"java.lang.ProcessBuilder\"><name>n</name>"
                + TOUCH_COMMAND + "</env-node></env-nodes>" + SORTED_SET_GADGET + "</perftracker-run>";

        PerfRun run = codec.read(write(xml));

        assertThat(run.getTests()).singleElement().satisfies(t -> assertThat(t.getTag()).isEqualTo("ok"));
        assertThat(run.getEnvNodes()).singleElement().satisfies(n -> assertThat(n.getName()).isEqualTo("n"));
        assertThat(dir.resolve("MARKER")).doesNotExist();
    }

    @Test
    void shouldNotResolveExternalEntities() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "top-secret");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>"
                + "<perftracker-run><title>&e;</title></perftracker-run>";

        assertThatThrownBy(() -> codec.read(write(xml))).isInstanceOf(RunRecordException.class)
                .hasMessageContaining("not well-formed XML").hasMessageNotContaining("top-secret");
    }

    @Test
    void shouldRefuseGadgetsWhenConfiguredOnAnXStreamWithItsDefaultSecurity() {
        XStream shared = new XStream();
        RunXStream.configure(shared);

        String proxy = SORTED_SET_GADGET.substring(SORTED_SET_GADGET.indexOf("<dynamic-proxy>"),
                SORTED_SET_GADGET.indexOf("</sorted-set>")).replace("MARKER", marker());

        assertThatThrownBy(() -> shared.fromXML(proxy)).isInstanceOf(ForbiddenClassException.class);
        assertThatThrownBy(() -> shared.fromXML("<java.lang.ProcessBuilder>" + TOUCH_COMMAND
                + "</java.lang.ProcessBuilder>")).isInstanceOf(ForbiddenClassException.class);
        assertThat(shared.fromXML(codec.toXml(RunFixtures.fullRun()))).isEqualTo(RunFixtures.fullRun());
        assertThat(dir.resolve("MARKER")).doesNotExist();
    }

    private void assertRefused(final String payload, final String type) throws IOException {
        Path file = write(payload);

        assertThatThrownBy(() -> codec.read(file)).isInstanceOf(RunRecordException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining("names the type '" + type)
                .hasMessageContaining("may not contain")
                .hasRootCauseInstanceOf(ForbiddenClassException.class);
        assertThat(dir.resolve("MARKER")).doesNotExist();
    }

    private Path write(final String payload) throws IOException {
        return Files.writeString(dir.resolve("build.xml"), payload.replace("MARKER", marker()));
    }

    private String marker() {
        return dir.resolve("MARKER").toString();
    }
}
