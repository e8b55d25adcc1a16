package crashy.farm.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedStringsTest {

    @Test
    void givesEqualStringsBackAsOneInstance() {
        // given
        SharedStrings strings = new SharedStrings(10);
        String first = new String("djt");

        // when
        strings.share(first);
        String second = strings.share(new String("djt"));

        // then
        assertThat(second).isSameAs(first);
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        // given
        SharedStrings strings = new SharedStrings(100);

        // when
        for (int i = 0; i < 10_000; i++) {
            strings.share("/renders/shot" + i);
        }

        // then
        assertThat(strings.size()).isLessThanOrEqualTo(100);
        assertThat(strings.share("/renders/shot9999")).isEqualTo("/renders/shot9999");
    }
}
