package io.jenkins.plugins.perftracker.core.store;

import com.thoughtworks.xstream.XStream;
import com.thoughtworks.xstream.io.xml.StaxDriver;
import io.jenkins.plugins.perftracker.core.model.EnvNode;
import io.jenkins.plugins.perftracker.core.model.Messages;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.*;

/** The shared setup, as the plugin applies it to Jenkins' own XStream. */
class RunXStreamTest {
    @Test
    void shouldAllowExactlyTheRunRecordTypes() {
        Class<?>[] types = RunXStream.allowedTypes();

        assertThat(types).containsExactlyInAnyOrder(PerfRun.class, PerfTest.class, EnvNode.class, Messages.class);
        types[0] = String.class;
        assertThat(RunXStream.allowedTypes()).doesNotContain(String.class);
    }

    @Test
    void shouldWriteTheSameXmlThroughAnotherXStream() {
        XStream shared = new XStream();
        RunXStream.configure(shared);

        String xml = shared.toXML(RunFixtures.fullRun());

        assertThat(xml).startsWith("<perftracker-run format=\"" + RunXStream.FORMAT_VERSION + "\">")
                .doesNotContain("class=");
        assertThat(shared.fromXML(xml)).isEqualTo(RunFixtures.fullRun());
        assertThat(new RunRecordCodec().toXml(RunFixtures.fullRun())).endsWith(xml);
    }

    @Test
    void shouldWorkWithAnotherXmlDriver() {
        XStream stax = new XStream(new StaxDriver());
        RunXStream.configure(stax);

        assertThat(stax.fromXML(stax.toXML(RunFixtures.fullRun()))).isEqualTo(RunFixtures.fullRun());
    }

    @Test
    void shouldConvertEachModelTypeOnItsOwn() {
        XStream shared = new XStream();
        RunXStream.configure(shared);
        Messages counted = Messages.count("errors", 2);
        Messages texts = Messages.of(List.of("a", "b"));

        assertThat(shared.toXML(counted)).isEqualTo("<messages count=\"2\"/>");
        assertThat(shared.fromXML(shared.toXML(counted))).isEqualTo(counted);
        assertThat(shared.fromXML(shared.toXML(texts))).isEqualTo(texts);
        assertThat(shared.fromXML(shared.toXML(RunFixtures.fullTest()))).isEqualTo(RunFixtures.fullTest());
        EnvNode node = RunFixtures.fullNode("n", List.of(EnvNode.builder("child").build()));
        assertThat(shared.fromXML(shared.toXML(node))).isEqualTo(node);
    }

    @Test
    void shouldKeepARunThatIsAFieldOfAnotherObject() {
        XStream shared = new XStream();
        RunXStream.configure(shared);
        shared.allowTypes(new Class<?>[] {Holder.class});
        shared.alias("holder", Holder.class);

        Holder read = (Holder) shared.fromXML(shared.toXML(new Holder(RunFixtures.fullRun())));

        assertThat(read.run).isEqualTo(RunFixtures.fullRun());
    }

    /** Like the plugin's build action holding a run. */
    static final class Holder {
        private final PerfRun run;

        Holder(final PerfRun run) {
            this.run = run;
        }
    }
}
