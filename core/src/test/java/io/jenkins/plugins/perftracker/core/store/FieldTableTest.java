package io.jenkins.plugins.perftracker.core.store;

import com.thoughtworks.xstream.io.HierarchicalStreamReader;
import com.thoughtworks.xstream.io.xml.PrettyPrintWriter;
import com.thoughtworks.xstream.io.xml.XppDriver;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.*;

class FieldTableTest {
    /** A value with two fields, read into a map standing in for a builder. */
    private record Pair(String name, int size) {
    }

    private final FieldTable<Pair, Map<String, Object>> table = new FieldTable<Pair, Map<String, Object>>()
            .text("name", Pair::name, (b, v) -> b.put("name", v))
            .add("size", p -> p.size() != 0, (p, w) -> w.setValue(String.valueOf(p.size())),
                    (b, r) -> b.put("size", XmlValues.parseInt(r.getValue())));

    @Test
    void shouldWriteOnlyFieldsThatHoldAValue() {
        assertThat(write(new Pair("a", 3))).isEqualTo("<pair><name>a</name><size>3</size></pair>");
        assertThat(write(new Pair("", 0))).isEqualTo("<pair/>");
    }

    @Test
    void shouldReadKnownFieldsAndSkipOthers() {
        Map<String, Object> read = read("<pair><new><deep>x</deep></new><size>4</size><name>b</name></pair>");

        assertThat(read).containsExactly(entry("size", 4), entry("name", "b"));
    }

    @Test
    void shouldLeaveMissingFieldsToTheBuilder() {
        assertThat(read("<pair/>")).isEmpty();
    }

    @Test
    void shouldNameTheFieldThatFailed() {
        assertThatThrownBy(() -> read("<pair><name>a</name><size>big</size></pair>"))
                .isInstanceOf(RecordFormatException.class)
                .hasMessage("size: an integer expected but was 'big'")
                .satisfies(e -> assertThat(((RecordFormatException) e).getPath()).isEqualTo("size"));
    }

    @Test
    void shouldLetTheLastOfARepeatedFieldWin() {
        assertThat(read("<pair><name>a</name><name>b</name></pair>")).containsEntry("name", "b");
    }

    private String write(final Pair pair) {
        StringWriter out = new StringWriter();
        PrettyPrintWriter writer = new PrettyPrintWriter(out, new char[0]);
        writer.startNode("pair");
        table.write(pair, writer);
        writer.endNode();
        return out.toString().replace("\n", "");
    }

    private Map<String, Object> read(final String xml) {
        HierarchicalStreamReader reader = new XppDriver().createReader(new StringReader(xml));
        Map<String, Object> builder = new LinkedHashMap<>();
        table.read(builder, reader);
        return builder;
    }
}
