package crashy.testing.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Failures a test asked for: the next N calls to a route answered with 429 or a server error. */
final class ScriptedFaults {
    private final List<Fault> faults = new ArrayList<>();

    private static final class Fault {
        final String method;
        final RoutePattern pattern;
        final int status;
        final long retryAfterSeconds;
        int left;

        Fault(String method, RoutePattern pattern, int status, long retryAfterSeconds, int count) {
            this.method = method;
            this.pattern = pattern;
            this.status = status;
            this.retryAfterSeconds = retryAfterSeconds;
            this.left = count;
        }
    }

    synchronized void add(String method, String pathPattern, int status, long retryAfterSeconds, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
        faults.add(new Fault(method, RoutePattern.of(pathPattern), status, retryAfterSeconds, count));
    }

    /** The scripted answer for this call, if one is due; it is used up. */
    synchronized Optional<RestResponse> take(String method, String path, String bucket) {
        for (Fault fault : faults) {
            if (fault.left > 0 && fault.method.equalsIgnoreCase(method) && fault.pattern.matches(path)) {
                fault.left--;
                return Optional.of(answer(fault, bucket));
            }
        }
        return Optional.empty();
    }

    private static RestResponse answer(Fault fault, String bucket) {
        if (fault.status == 429) {
            String seconds = DiscordRateLimiter.Decision.seconds(fault.retryAfterSeconds * 1000);
            return RestResponse.tooManyRequests(
                    fault.retryAfterSeconds * 1000,
                    false,
                    Map.of(
                            "Retry-After",
                            Long.toString(fault.retryAfterSeconds),
                            "X-RateLimit-Limit",
                            "1",
                            "X-RateLimit-Remaining",
                            "0",
                            "X-RateLimit-Reset-After",
                            seconds,
                            "X-RateLimit-Bucket",
                            bucket,
                            "X-RateLimit-Scope",
                            "user"));
        }
        if (fault.status == 500) {
            return RestResponse.error(500, 0, "500: Internal Server Error");
        }
        // Gateway errors come from Discord's proxies, which answer in HTML.
        return RestResponse.text(
                fault.status, "text/html", "<html><body><h1>" + fault.status + " Server Error</h1></body></html>");
    }
}
