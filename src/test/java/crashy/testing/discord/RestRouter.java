package crashy.testing.discord;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The fake's route table: method and path template to a handler. */
final class RestRouter {
    /** Answers one call of a route. */
    @FunctionalInterface
    interface Handler {
        RestResponse handle(RestRequest request);
    }

    /**
     * @param interaction an interaction response route: needs no token and is exempt from the global limit
     */
    record Route(String method, RoutePattern pattern, boolean interaction, Handler handler) {}

    record Match(Route route, Map<String, String> parameters) {}

    private final List<Route> routes = new CopyOnWriteArrayList<>();

    RestRouter add(String method, String template, Handler handler) {
        routes.add(new Route(method, RoutePattern.of(template), false, handler));
        return this;
    }

    RestRouter addInteraction(String method, String template, Handler handler) {
        routes.add(new Route(method, RoutePattern.of(template), true, handler));
        return this;
    }

    /** The first route for the method whose template matches; literal segments like {@code @me} are listed first. */
    Optional<Match> match(String method, String path) {
        for (Route route : routes) {
            if (route.method().equalsIgnoreCase(method)) {
                Optional<Map<String, String>> parameters = route.pattern().parameters(path);
                if (parameters.isPresent()) {
                    return Optional.of(new Match(route, parameters.get()));
                }
            }
        }
        return Optional.empty();
    }
}
