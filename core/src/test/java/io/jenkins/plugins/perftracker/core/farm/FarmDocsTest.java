package io.jenkins.plugins.perftracker.core.farm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The examples in docs/farm.md are real: the XML reads, and the JSON is what the builder writes. */
class FarmDocsTest {
    private static final Path PAGE = Path.of("..", "docs", "farm.md");

    @Test
    void shouldReadTheXmlExampleOfTheDocs() throws IOException {
        FarmSnapshot farm = new FarmXmlCodec().fromXml(block("```xml"), "docs/farm.md");

        assertThat(farm.getNextLockId()).isEqualTo(13);
        assertThat(farm.host("s1").orElseThrow().getSshCredentialsId()).isEqualTo("lab-ssh");
        assertThat(farm.lockType("Maintenance").isOutOfService()).isTrue();
        assertThat(farm.activeLock("s2").orElseThrow().getTitle()).isEqualTo("nightly perf");
    }

    @Test
    void shouldWriteTheJsonExampleOfTheDocs() throws IOException {
        Instant now = Instant.parse("2026-11-20T10:00:00Z");
        LockType autotest = LockType.of("Autotest", "#003399", "#ffffff").withOrder(2);
        FarmLock nightly = new FarmLock(7, LockRequest.automatic("nightly", "jenkins").withType("Autotest"),
                now.minusSeconds(60), null, List.of("s1"));
        FarmSnapshot farm = new FarmSnapshot(now, List.of(Farms.host("s1", "perf")), List.of(autotest),
                List.of(nightly), 8);

        ObjectMapper json = new ObjectMapper();
        JsonNode written = json.readTree(new FarmTimelineBuilder(ZoneId.of("UTC")).build(farm).toJson());

        assertThat(written).isEqualTo(json.readTree(block("```json")));
    }

    private static String block(final String fence) throws IOException {
        String page = Files.readString(PAGE);
        int start = page.indexOf(fence);
        assertThat(start).as("%s block in %s", fence, PAGE).isNotNegative();
        int from = page.indexOf('\n', start) + 1;
        return page.substring(from, page.indexOf("```", from));
    }
}
