package dev.warta.server;

import io.javalin.http.Context;
import java.util.Map;

/** The one shape of every error the server sends: {@code {"error":{"status":N,"message":"..."}}}, never a stack trace. */
final class ApiError {
    private ApiError() {
    }

    static void write(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", Map.of("status", status, "message", message == null ? "" : message)));
    }
}
