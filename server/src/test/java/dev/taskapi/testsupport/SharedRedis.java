package dev.taskapi.testsupport;

/**
 * One real Redis for the test JVM: {@code REDIS_URL} when it is set, otherwise an embedded redis-server
 * started on first use and stopped when the JVM exits. Tests that need to stop Redis start their own
 * {@link EmbeddedRedis} instead.
 */
public final class SharedRedis {

    private static String url;

    private SharedRedis() {
    }

    public static synchronized String url() {
        if (url == null) {
            String configured = System.getenv("REDIS_URL");
            if (configured != null && !configured.isBlank()) {
                url = configured;
            }
            else {
                EmbeddedRedis redis = EmbeddedRedis.start();
                Runtime.getRuntime().addShutdownHook(new Thread(redis::close));
                url = redis.url();
            }
        }
        return url;
    }
}
