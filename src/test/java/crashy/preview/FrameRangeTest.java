package crashy.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrameRangeTest {

    @Test
    void readsDeadlineFrameLists() {
        assertThat(FrameRange.parse("21-21")).containsExactly(21);
        assertThat(FrameRange.parse("1-10x3")).containsExactly(1, 4, 7, 10);
        assertThat(FrameRange.parse("1,3,5-7")).containsExactly(1, 3, 5, 6, 7);
        assertThat(FrameRange.parse("5-1")).containsExactly(1, 2, 3, 4, 5);
        assertThat(FrameRange.parse("-3--1")).containsExactly(-3, -2, -1);
    }

    @Test
    void refusesWhatIsNotAFrameList() {
        assertThatThrownBy(() -> FrameRange.parse("1-a")).hasMessageContaining("not a frame list");
        assertThatThrownBy(() -> FrameRange.parse("1-10x0")).hasMessageContaining("positive");
        assertThatThrownBy(() -> FrameRange.parse("1-2000000000")).hasMessageContaining("too many frames");
    }
}
