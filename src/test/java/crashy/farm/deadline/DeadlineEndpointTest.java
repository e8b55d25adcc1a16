package crashy.farm.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineEndpointTest {
    private static final URI BASE = URI.create("http://deadline:8081/prefix");

    @Test
    void joinsIdListsWithLiteralCommas() {
        assertThat(DeadlineEndpoint.of("/api/jobs")
                        .withIds("JobID", List.of("a1", "b2", "c3"))
                        .resolve(BASE))
                .hasToString("http://deadline:8081/prefix/api/jobs?JobID=a1,b2,c3");
    }

    @Test
    void percentEncodesSpacesPlusSignsAndSeparatorsInValues() {
        assertThat(DeadlineEndpoint.of("/api/users")
                        .with("Name", "Ana María+1&x=y")
                        .resolve(BASE)
                        .getRawQuery())
                .isEqualTo("Name=Ana%20Mar%C3%ADa%2B1%26x%3Dy");
    }

    @Test
    void asksTheRootWithoutQuery() {
        assertThat(DeadlineEndpoint.of("/").resolve(URI.create("http://deadline:8081")))
                .hasToString("http://deadline:8081/");
    }

    @Test
    void namesTheEndpointBySignificantParametersAndLeavesIdsOut() {
        // given
        DeadlineEndpoint reports = DeadlineEndpoint.of("/api/jobreports")
                .withIds("JobID", List.of("j1"))
                .withIds("ReportID", List.of("r1"))
                .with("Data", "errorcontents");

        // expect
        assertThat(reports.key()).isEqualTo("/api/jobreports?JobID&ReportID&Data=errorcontents");
        assertThat(DeadlineEndpoint.of("/api/jobs").key()).isEqualTo("/api/jobs");
    }
}
