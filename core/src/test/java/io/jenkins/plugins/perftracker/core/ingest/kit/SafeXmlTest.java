package io.jenkins.plugins.perftracker.core.ingest.kit;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.model.PerfTest;

import static org.assertj.core.api.Assertions.*;

class SafeXmlTest {
    @TempDir
    Path temp;

    @Test
    void shouldCollectTextOfAnElementAndItsChildrenUpToALimit() throws Exception {
        Path file = Files.writeString(temp.resolve("a.xml"), "<a><b>one <c>two</c> three</b><d/></a>");

        String text = SafeXml.read(file, xml -> {
            xml.nextTag();
            xml.nextTag();
            return SafeXml.text(xml, 9);
        });

        assertThat(text).isEqualTo("one two t");
    }

    @Test
    void shouldNameTheAttributeAndElementOfABadNumber() throws Exception {
        Path file = Files.writeString(temp.resolve("b.xml"), "<a>\n  <b n=\"twelve\"/>\n</a>");

        assertThatThrownBy(() -> SafeXml.read(file, xml -> {
            xml.nextTag();
            xml.nextTag();
            return SafeXml.number(file, xml, "n", 0);
        })).isInstanceOfSatisfying(ResultFormatException.class, e -> {
            assertThat(e.getLocation()).startsWith("line 2");
            assertThat(e.getProblem()).isEqualTo("attribute 'n' of <b> expected a number but was 'twelve'");
        });
    }

    @Test
    void shouldGiveTheFallbackForAbsentAttributes() throws Exception {
        Path file = Files.writeString(temp.resolve("c.xml"), "<a x=\" \"/>");

        double value = SafeXml.read(file, xml -> {
            xml.nextTag();
            return SafeXml.number(file, xml, "x", 7) + SafeXml.number(file, xml, "y", 1);
        });

        assertThat(value).isEqualTo(8);
    }

    @Test
    void shouldTurnRefusedModelValuesIntoFormatErrors() throws Exception {
        Path file = Files.writeString(temp.resolve("d.xml"), "<a/>");

        assertThatThrownBy(() -> SafeXml.read(file, (XMLStreamReader xml) -> PerfTest.builder("").build()))
                .isInstanceOf(ResultFormatException.class).hasMessageContaining("tag: must not be empty");
    }

    @Test
    void shouldRefuseDoctypesWithEntitiesAndTruncatedDocuments() throws Exception {
        Path xxe = Files.writeString(temp.resolve("xxe.xml"),
                "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>");
        Path cut = Files.writeString(temp.resolve("cut.xml"), "<a>\n<b>text");

        assertThatThrownBy(() -> SafeXml.read(xxe, xml -> SafeXml.text(xml, 100)))
                .isInstanceOf(ResultFormatException.class);
        assertThatThrownBy(() -> SafeXml.read(cut, xml -> {
            xml.nextTag();
            return SafeXml.text(xml, 100);
        })).isInstanceOfSatisfying(ResultFormatException.class, e -> {
            assertThat(e.getLocation()).startsWith("line 2");
            assertThat(e.getProblem()).startsWith("well-formed XML expected");
        });
    }

    @Test
    void shouldShortenLongUntrustedText() {
        assertThat(SafeXml.shorten("x".repeat(100))).hasSize(61);
        assertThat(SafeXml.shorten("short")).isEqualTo("short");
    }
}
