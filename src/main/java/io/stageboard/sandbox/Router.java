package io.stageboard.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Maps method + path to a handler and the permission it needs. Patterns use {@code :name} for a path
 * parameter; literal segments win over parameters because routes are tried in registration order.
 */
final class Router {

    /** Handles one routed request. */
    interface Handler {
        Response handle(Request request);
    }

    private record Route(String method, String[] pattern, String permission, Handler handler) {}

    private final List<Route> routes = new ArrayList<>();

    Router add(String method, String pattern, String permission, Handler handler) {
        routes.add(new Route(method, pattern.substring(1).split("/"), permission, handler));
        return this;
    }

    /**
     * Dispatches: 404 when no route has this path, 405 when only other methods do, 403 when the key lacks
     * the route's permission.
     */
    Response dispatch(Request request, Set<String> permissions) {
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
            if (!matches(route.pattern, request.segments())) {
                continue;
            }
            if (!route.method.equals(request.method())) {
                allowed.add(route.method);
                continue;
            }
            if (!permissions.contains("*") && !permissions.contains(route.permission)) {
                throw ApiError.forbidden("This API key does not have permission to " + describe(route.permission) + " ("
                        + route.permission + ").");
            }
            bind(route.pattern, request);
            request.confidentialAccess(permissions.contains(KeyRing.CONFIDENTIAL));
            return route.handler.handle(request);
        }
        if (!allowed.isEmpty()) {
            throw ApiError.methodNotAllowed(request.method(), "/v1" + request.path());
        }
        throw ApiError.notFound("Resource not found: /v1" + request.path());
    }

    private static boolean matches(String[] pattern, List<String> segments) {
        if (pattern.length != segments.size()) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (!pattern[i].startsWith(":") && !pattern[i].equals(segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static void bind(String[] pattern, Request request) {
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].startsWith(":")) {
                request.pathParam(pattern[i].substring(1), request.segments().get(i));
            }
        }
    }

    /** "opportunities:write" → "write opportunities". */
    private static String describe(String permission) {
        String[] parts = permission.split(":");
        return parts[1] + " " + parts[0].replace('_', ' ');
    }
}
