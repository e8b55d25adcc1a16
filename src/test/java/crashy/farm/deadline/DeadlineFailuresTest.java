package crashy.farm.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.farm.FarmUnavailableException;
import crashy.farm.FarmUnavailableException.Reason;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.ResourceAccessException;

class DeadlineFailuresTest {
    private static final DeadlineEndpoint JOBS = DeadlineEndpoint.of("/api/jobs");

    private final DeadlineFailures failures = new DeadlineFailures(
            DeadlineProperties.at(URI.create("http://deadline:8081")).withLogin("djt", "hunter2"));

    @Test
    void reportsAnUnknownHostAsUnreachable() {
        // given: what the JDK client throws for a name that does not resolve
        ConnectException unresolved = new ConnectException();
        unresolved.initCause(new UnresolvedAddressException());

        // when
        FarmUnavailableException failure = failures.transport(JOBS, wrapped(unresolved));

        // then
        assertThat(failure.reason()).isEqualTo(Reason.UNREACHABLE);
        assertThat(failure.getMessage())
                .isEqualTo("Deadline Web Service at http://deadline:8081 is unreachable: unknown host deadline");
    }

    @Test
    void reportsASlowConnectionAsTimeout() {
        // when
        FarmUnavailableException failure =
                failures.transport(JOBS, wrapped(new HttpConnectTimeoutException("HTTP connect timed out")));

        // then
        assertThat(failure.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(failure.getMessage()).endsWith("did not accept a connection within 10s");
    }

    @Test
    void reportsASlowAnswerAsTimeout() {
        // when
        FarmUnavailableException failure = failures.transport(JOBS, wrapped(new HttpTimeoutException("timed out")));

        // then
        assertThat(failure.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(failure.getMessage()).endsWith("did not answer GET /api/jobs within 10s");
    }

    @Test
    void reportsOtherTransportFailuresAsUnreachableOnOneLine() {
        // when
        FarmUnavailableException failure =
                failures.transport(JOBS, wrapped(new IOException("Connection reset\nby peer")));

        // then
        assertThat(failure.reason()).isEqualTo(Reason.UNREACHABLE);
        assertThat(failure.getMessage()).endsWith("is unreachable: IOException: Connection reset");
    }

    @Test
    void pointsARedirectToTheSettingToChange() {
        // when
        FarmUnavailableException failure = failures.status(JOBS, 301, "", "https://deadline:4434/api/jobs");

        // then
        assertThat(failure.reason()).isEqualTo(Reason.REJECTED);
        assertThat(failure.getMessage()).contains("HTTP 301", "https://deadline:4434/api/jobs", "crashy.deadline.url");
    }

    @Test
    void blanksOutASecretThatTheServerEchoes() {
        assertThat(failures.status(JOBS, 500, "bad password hunter2 for djt", null)
                        .getMessage())
                .contains("bad password *** for djt")
                .doesNotContain("hunter2");
    }

    private static ResourceAccessException wrapped(IOException cause) {
        return new ResourceAccessException("I/O error on GET request for \"http://deadline:8081/api/jobs\"", cause);
    }
}
