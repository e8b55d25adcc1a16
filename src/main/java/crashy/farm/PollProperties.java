package crashy.farm;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How often each tier of the farm is polled: active jobs, recently finished ones (state changes of every job), and
 * the hourly reconciliation of everything else; and how long finished jobs stay tracked.
 */
@Validated
@ConfigurationProperties("crashy.poll")
public record PollProperties(
        @NotNull @DurationMin(millis = 100) @DefaultValue("3s")
        Duration active,

        @NotNull @DurationMin(millis = 100) @DefaultValue("30s")
        Duration recent,

        @NotNull @DurationMin(seconds = 1) @DefaultValue("1h")
        Duration older,

        @NotNull @DurationMin(hours = 1) @DefaultValue("14d")
        Duration keep) {

    public static PollProperties defaults() {
        return new PollProperties(
                Duration.ofSeconds(3), Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofDays(14));
    }
}
