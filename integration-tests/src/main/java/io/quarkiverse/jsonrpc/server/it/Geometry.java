package io.quarkiverse.jsonrpc.server.it;

import java.util.Optional;

import io.quarkiverse.jsonrpc.server.JsonRpc;

/** Records as params and results, and an optional param. */
public class Geometry {

    @JsonRpc
    public Point translate(Point point, int dx, int dy) {
        return new Point(point.x() + dx, point.y() + dy);
    }

    /** The distance between two points; {@code to} may be omitted or null, and is then the origin. */
    @JsonRpc(summary = "The distance between two points")
    public double distance(Point from, Optional<Point> to) {
        Point other = to.orElse(new Point(0, 0));
        return Math.hypot(from.x() - other.x(), from.y() - other.y());
    }
}
