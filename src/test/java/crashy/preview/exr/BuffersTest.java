package crashy.preview.exr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuffersTest {
    @Test
    void keepsABufferThatIsLargeEnoughAndGrowsOneThatIsNotByAQuarterMore() {
        byte[] bytes = new byte[100];
        char[] chars = new char[100];

        assertThat(Buffers.atLeast(bytes, 100)).isSameAs(bytes);
        assertThat(Buffers.atLeast(chars, 60)).isSameAs(chars);
        assertThat(Buffers.atLeast(bytes, 101)).hasSize(126);
        assertThat(Buffers.atLeast(chars, 400)).hasSize(500);
        assertThat(Buffers.atLeast(new byte[0], 0)).isEmpty();
    }
}
