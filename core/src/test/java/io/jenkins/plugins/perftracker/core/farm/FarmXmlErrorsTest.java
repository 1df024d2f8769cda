package io.jenkins.plugins.perftracker.core.farm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every kind of damage in a stored farm gives an error that names the file and where it is; nothing is guessed. */
class FarmXmlErrorsTest {
    private static final String ROOT = "<farm version='1' takenAt='2026-11-20T10:00:00Z' nextLockId='1'>";
    private static final String LOCK = "<lock id='1'><title>t</title><type>x</type><begin>2026-11-20T09:00:00Z</begin>";

    private final FarmXmlCodec codec = new FarmXmlCodec();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "hidden not a boolean | <hosts><host name='s1'><hidden>yes</hidden></host></hosts> "
                + "| farm/hosts/host[@name='s1']/hidden: true or false expected but was 'yes'",
        "ram not a number | <hosts><host name='s1'><ramGb>lots</ramGb></host></hosts> "
                + "| farm/hosts/host[@name='s1']/ramGb: a number expected but was 'lots'",
        "negative cpus | <hosts><host name='s1'><cpus>-2</cpus></host></hosts> "
                + "| farm/hosts/host[@name='s1']/cpus: must not be negative but was -2",
        "element twice | <hosts><host name='s1'><ip>a</ip><ip>b</ip></host></hosts> "
                + "| farm/hosts/host[@name='s1']/ip: expected at most once",
        "nested element | <hosts><host name='s1'><notes><b>x</b></notes></host></hosts> "
                + "| farm/hosts/host[@name='s1']/notes: text expected, not nested elements",
        "link without name | <hosts><host name='s1'><link>https://x/</link></host></hosts> "
                + "| farm/hosts/host[@name='s1']/link: a distinct name attribute expected",
        "link name twice | <hosts><host name='s1'><link name='a'>https://x/</link><link name='a'>https://y/</link>"
                + "</host></hosts> | farm/hosts/host[@name='s1']/link: a distinct name attribute expected",
        "javascript link | <hosts><host name='s1'><link name='a'>javascript:alert(1)</link></host></hosts> "
                + "| farm/hosts/host[@name='s1']/links.a: an absolute http(s) URL expected",
        "host without name | <hosts><host/></hosts> | farm/hosts/host[@name='null']/name: must not be empty",
        "lock id not a number | <locks><lock id='x'/></locks> | farm/locks/lock[@id='x']/@id: a positive lock id",
        "lock id zero | <locks><lock id='0'/></locks> | farm/locks/lock[@id='0']/@id: a positive lock id",
        "bad begin | <locks><lock id='1'><begin>yesterday</begin></lock></locks> "
                + "| farm/locks/lock[@id='1']/begin: an ISO-8601 instant such as 2026-11-21T10:15:30Z expected",
        "end before begin | <locks>" + "<lock id='1'><type>x</type><begin>2026-11-20T09:00:00Z</begin>"
                + "<end>2026-11-20T08:00:00Z</end><host>s1</host></lock></locks> "
                + "| farm/locks/lock[@id='1']: a begin, at least one host and no end before the begin expected",
        "lock without type | <locks><lock id='1'><begin>2026-11-20T09:00:00Z</begin><host>s1</host></lock></locks> "
                + "| farm/locks/lock[@id='1']/type: must not be empty",
        "plan over a year | <locks>" + "<lock id='1'><type>x</type><begin>2026-11-20T09:00:00Z</begin>"
                + "<plannedHours>9000</plannedHours><host>s1</host></lock></locks> "
                + "| farm/locks/lock[@id='1']/plannedHours: 0..8784 expected but was 9000",
        "wrong item | <lockTypes><host name='s1'/></lockTypes> | farm/lockTypes/host: <lockType> expected",
        "unknown section | <agents/> | farm/agents: unknown element",
    })
    void shouldNameWhereAndWhat(final String damage, final String body, final String expected) {
        assertThatThrownBy(() -> codec.fromXml(ROOT + body.strip() + "</farm>", "farm.xml"))
                .as(damage).isInstanceOf(FarmFormatException.class)
                .hasMessageStartingWith("farm.xml: ").hasMessageContaining(expected.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty file | ''",
        "not xml | just text",
        "truncated | " + ROOT + "<hosts><host name='s1'>",
        "bad takenAt | <farm version='1' takenAt='now' nextLockId='1'/>",
        "bad nextLockId | <farm version='1' takenAt='2026-11-20T10:00:00Z' nextLockId='many'/>",
        "no version | <farm takenAt='2026-11-20T10:00:00Z' nextLockId='1'/>",
        "foreign root | <map/>",
    })
    void shouldRefuseBrokenFilesAsAWhole(final String damage, final String xml) {
        assertThatThrownBy(() -> codec.fromXml(xml, "farm.xml")).as(damage)
                .isInstanceOf(FarmFormatException.class).hasMessageStartingWith("farm.xml: ");
    }

    @Test
    void shouldNameTheLockOfAnUnknownChild() {
        assertThatThrownBy(() -> codec.fromXml(ROOT + "<locks>" + LOCK + "<owner2>x</owner2></lock></locks></farm>",
                "farm.xml")).hasMessageContaining("farm/locks/lock[@id='1']/owner2: unknown element");
    }
}
