package io.jenkins.plugins.perftracker.core.store.index;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

import static org.assertj.core.api.Assertions.*;

class ByteSinkSourceTest {
    @Property
    void shouldRoundTripEveryKindOfValue(@ForAll final long varLong, @ForAll final long zigZag, @ForAll final int i,
            @ForAll final long l, @ForAll final double d, @ForAll final float f, @ForAll final String s) {
        ByteSink sink = new ByteSink(1).putVarLong(varLong).putZigZag(zigZag).putInt(i).putLong(l).putDouble(d)
                .putFloat(f).putString(s).put(200);

        ByteSource source = source(sink);

        assertThat(source.getVarLong()).isEqualTo(varLong);
        assertThat(source.getZigZag()).isEqualTo(zigZag);
        assertThat(source.getInt()).isEqualTo(i);
        assertThat(source.getLong()).isEqualTo(l);
        assertThat(Double.doubleToRawLongBits(source.getDouble())).isEqualTo(Double.doubleToRawLongBits(d));
        assertThat(Float.floatToRawIntBits(source.getFloat())).isEqualTo(Float.floatToRawIntBits(f));
        assertThat(source.getString()).isEqualTo(new String(s.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(source.get()).isEqualTo(200);
        assertThat(source.hasRemaining()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"0,1", "127,1", "128,2", "16383,2", "16384,3", "2147483647,5", "-1,10"})
    void shouldEncodeSmallNumbersInFewBytes(final long value, final int bytes) {
        assertThat(new ByteSink(1).putVarLong(value).size()).isEqualTo(bytes);
    }

    @ParameterizedTest
    @CsvSource({"0,1", "-1,1", "63,1", "-64,1", "64,2", "-3600000,4"})
    void shouldEncodeSmallSignedNumbersInFewBytes(final long value, final int bytes) {
        assertThat(new ByteSink(1).putZigZag(value).size()).isEqualTo(bytes);
    }

    @Test
    void shouldRefuseAVarintOutOfIntRange() {
        ByteSource source = source(new ByteSink(8).putVarLong(1L << 31).putVarLong(-5));

        assertThatIllegalStateException().isThrownBy(source::getVarInt).withMessageContaining("out of int range");
        assertThatIllegalStateException().isThrownBy(source::getVarInt).withMessageContaining("out of int range");
    }

    @Test
    void shouldRefuseAVarintLongerThanTenBytes() {
        byte[] bytes = new byte[11];
        java.util.Arrays.fill(bytes, (byte) 0x80);

        assertThatIllegalStateException().isThrownBy(() -> new ByteSource(ByteBuffer.wrap(bytes)).getVarLong())
                .withMessage("varint longer than 10 bytes");
    }

    @Test
    void shouldReportValuesRunningPastTheEnd() {
        assertThatThrownBy(() -> source(new ByteSink(4).put(0x80)).getVarLong())
                .isInstanceOf(BufferUnderflowException.class);
        assertThatThrownBy(() -> source(new ByteSink(4).putVarLong(50).put('a')).getString())
                .isInstanceOf(BufferUnderflowException.class);
        assertThatThrownBy(() -> source(new ByteSink(4).putInt(1)).getLong())
                .isInstanceOf(BufferUnderflowException.class);
    }

    @Test
    void shouldGrowAndClear() {
        ByteSink sink = new ByteSink(1);
        for (int i = 0; i < 1000; i++) {
            sink.putInt(i);
        }
        assertThat(sink.size()).isEqualTo(4000);
        assertThat(sink.toArray()).hasSize(4000);
        assertThat(source(sink).getInt()).isZero();

        sink.clear();

        assertThat(sink.size()).isZero();
        assertThat(sink.putBytes(new byte[] {1, 2, 3}, 2).toArray()).containsExactly(1, 2);
    }

    private static ByteSource source(final ByteSink sink) {
        ByteSource source = new ByteSource(ByteBuffer.wrap(sink.toArray()));
        assertThat(source.remaining()).isEqualTo(sink.size());
        assertThat(source.position()).isZero();
        return source;
    }
}
