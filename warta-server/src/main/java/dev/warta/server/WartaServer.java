package dev.warta.server;

import dev.warta.store.CorpusStore;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HTTP server over one corpus: the read-only JSON API under {@code /api} and the web UI (static files
 * of {@code /public} on the class path) on one port. It binds {@value #DEFAULT_HOST} unless told otherwise:
 * the API has no authentication, so reaching it from other machines is an explicit choice.
 */
public final class WartaServer implements AutoCloseable {
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The UI loads nothing from elsewhere and runs no inline script: a document's text can never become code. */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");
    private static final System.Logger LOG = System.getLogger(WartaServer.class.getName());
    private final Javalin app;
    private final String host;

    private WartaServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /** Starts serving {@code store} on {@code host}:{@code port} (port 0 for any free one). */
    public static WartaServer start(CorpusStore store, String host, int port) {
        byte[] openApi = openApi();
        Javalin app = Javalin.create(cfg -> configure(cfg, store, openApi));
        app.start(host, port);
        return new WartaServer(app, host);
    }

    private static void configure(JavalinConfig cfg, CorpusStore store, byte[] openApi) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/public";
            files.location = Location.CLASSPATH;
            files.headers = SECURITY_HEADERS;
        });
        cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        cfg.routes.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
        routes(store, openApi).forEach(cfg.routes::get);
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> ApiError.write(ctx, e.getStatus(), e.getMessage()));
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            LOG.log(System.Logger.Level.ERROR, ctx.method() + " " + ctx.path(), e);
            ApiError.write(ctx, 500, "internal error (logged by the server)");
        });
        cfg.routes.error(404, ctx -> {
            // a 404 an endpoint threw has its message already; this is for paths that match nothing
            if (ctx.resultInputStream() == null) {
                ApiError.write(ctx, 404, "nothing at " + ctx.path());
            }
        });
    }

    /** Every endpoint, all GET; {@code openapi.json} describes each of them. */
    static Map<String, Handler> routes(CorpusStore store, byte[] openApi) {
        SearchApi search = new SearchApi(store);
        EntityApi entities = new EntityApi(store);
        EventApi events = new EventApi(store);
        StoryApi stories = new StoryApi(store);
        Map<String, Handler> routes = new LinkedHashMap<>();
        routes.put("/api/search", search::search);
        routes.put("/api/articles/{id}", search::article);
        routes.put("/api/entities", entities::list);
        routes.put("/api/entities/{name}", entities::profile);
        routes.put("/api/events", events::list);
        routes.put("/api/stories", stories::list);
        routes.put("/api/stories/{id}", stories::story);
        routes.put("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        return routes;
    }

    private static byte[] openApi() {
        try (InputStream in = WartaServer.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return app.port();
    }

    public String host() {
        return host;
    }

    /** Waits for the server to stop (as {@code warta serve} does until it is interrupted). */
    public void join() throws InterruptedException {
        app.jettyServer().server().join();
    }

    @Override
    public void close() {
        app.stop();
    }
}
