package io.jenkins.plugins.perftracker.core.farm;

import io.jenkins.plugins.perftracker.core.model.InvalidValueException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever text a user types into a host or lock, it is either refused when the value is built or saved and
 * read back unchanged: a farm file that cannot be read again would lose the whole farm.
 */
class FarmXmlRoundTripProperties {
    private final FarmXmlCodec codec = new FarmXmlCodec();

    @Property(tries = 300)
    void shouldReadBackExactlyWhatItWrote(@ForAll("text") final String purpose, @ForAll("text") final String notes,
            @ForAll("text") final String title, @ForAll("text") final String owner,
            @ForAll("numbers") final double ramGb) {
        Optional<FarmSnapshot> farm = build(purpose, notes, title, owner, ramGb);
        Assume.that(farm.isPresent());

        FarmSnapshot read = codec.fromXml(codec.toXml(farm.get()), "round-trip.xml");

        assertThat(read.sameContent(farm.get())).as(codec.toXml(farm.get())).isTrue();
        assertThat(read.getTakenAt()).isEqualTo(farm.get().getTakenAt());
    }

    @Property(tries = 100)
    void shouldRefuseControlCharactersThatXmlCannotCarry(@ForAll("control") final char control) {
        Optional<FarmSnapshot> farm = build("a" + control + "b", "", "", "", 0);

        assertThat(farm).isEmpty();
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("<>&\"'\r\n\t ]]>{}é中😀").ofMaxLength(20),
                Arbitraries.strings().all().ofMaxLength(10));
    }

    @Provide
    Arbitrary<Character> control() {
        return Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u0008'), Arbitraries.chars().range('\u000b',
                '\u000c'), Arbitraries.chars().range('\u000e', '\u001f'), Arbitraries.of('\ufffe', '\uffff',
                '\ud800', '\udfff'));
    }

    @Provide
    Arbitrary<Double> numbers() {
        return Combinators.combine(Arbitraries.integers().between(0, 1_000_000), Arbitraries.integers().between(0, 6))
                .as((n, scale) -> n / Math.pow(10, scale));
    }

    private static Optional<FarmSnapshot> build(final String purpose, final String notes, final String title,
            final String owner, final double ramGb) {
        try {
            FarmHost host = FarmHost.builder("s1").purpose(purpose).notes(notes).description(notes + purpose)
                    .links(Map.of("dashboard", "https://grafana.example.com/d/s1?a=1&b=2"))
                    .hardware(HostHardware.builder().ram(ramGb, notes).build()).build();
            List<FarmLock> locks = new ArrayList<>();
            locks.add(new FarmLock(1, LockRequest.manual(title, owner), Farms.T0, Farms.T0.plus(Duration.ofHours(1)),
                    List.of("s1")));
            locks.add(new FarmLock(2, LockRequest.automatic(owner, title).withPlannedHours(0), Farms.T0, null,
                    List.of("s1")));
            return Optional.of(new FarmSnapshot(Farms.T0, List.of(host), List.of(LockType.of(
                    "Type " + title.length(), "#abc", "#123456")), locks, 3));
        }
        catch (InvalidValueException e) {
            return Optional.empty();
        }
    }
}
