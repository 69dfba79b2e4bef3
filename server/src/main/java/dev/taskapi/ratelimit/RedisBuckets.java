package dev.taskapi.ratelimit;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buckets in Redis, shared by every instance: bucket4j's compare-and-swap over one Lettuce connection.
 * <p>
 * Redis is optional at every moment. The connection is opened in the background, so the server starts
 * while Redis is down; until it is open, and whenever it drops, {@link #tryConsume} answers {@code null}
 * at once (commands are rejected while disconnected, not queued) and the caller counts in memory. A
 * command that hangs gives up after the command timeout, and Redis is then left alone for a moment so
 * that a stalled Redis costs one request a delay, not every request. Lettuce reconnects by itself.
 */
final class RedisBuckets implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisBuckets.class);

    /** How long Redis is skipped after a command failed while the connection looked open. */
    private static final long PAUSE_AFTER_FAILURE_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final Duration FIRST_CONNECT_RETRY = Duration.ofSeconds(1);
    /** Keys outlive the moment their bucket is full again by this much (then a new bucket is the same). */
    private static final Duration KEEP_AFTER_REFILL = Duration.ofSeconds(5);

    private final RedisClient client;
    private final ClientResources resources;
    private final Duration commandTimeout;
    private final String keyPrefix;
    private final ScheduledExecutorService connector = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rate-limit-redis-connect");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean available = new AtomicBoolean(true);

    private volatile @Nullable StatefulRedisConnection<String, byte[]> connection;
    private volatile @Nullable ProxyManager<String> buckets;
    private volatile long pausedUntilNanos;
    private volatile boolean closed;

    RedisBuckets(RedisURI uri, Duration commandTimeout, Duration connectTimeout, String keyPrefix) {
        this.commandTimeout = commandTimeout;
        this.keyPrefix = keyPrefix;
        this.pausedUntilNanos = System.nanoTime();
        uri.setTimeout(commandTimeout);
        this.resources = ClientResources.builder()
                // Back within about a second of Redis returning, without hammering it while it is away.
                .reconnectDelay(Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
                .build();
        this.client = RedisClient.create(resources, uri);
        this.client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
                .socketOptions(SocketOptions.builder().connectTimeout(connectTimeout).keepAlive(true).build())
                .build());
        connector.execute(this::connect);
    }

    private void connect() {
        if (closed) {
            return;
        }
        try {
            StatefulRedisConnection<String, byte[]> opened =
                    client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
            opened.setTimeout(commandTimeout);
            buckets = Bucket4jLettuce.casBasedBuilder(opened)
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_AFTER_REFILL))
                    .clientClock(RequestClock.INSTANCE)
                    .requestTimeout(commandTimeout)
                    .build();
            connection = opened;
            log.info("Rate limits: connected to Redis, counters are shared by all instances");
            available.set(true);
        }
        catch (RuntimeException ex) {
            if (available.compareAndSet(true, false)) {
                log.warn("Rate limits: cannot reach Redis ({}), counting in memory until it is reachable",
                        ex.getClass().getName());
            }
            if (!closed) {
                connector.schedule(this::connect, FIRST_CONNECT_RETRY.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    /** Counts one request in Redis; {@code null} when Redis cannot answer now (count it elsewhere). */
    @Nullable ConsumptionProbe tryConsume(String key, Policy policy) {
        ProxyManager<String> manager = buckets;
        StatefulRedisConnection<String, byte[]> open = connection;
        if (manager == null || open == null || !open.isOpen() || System.nanoTime() - pausedUntilNanos < 0) {
            unavailable(null);
            return null;
        }
        try {
            ConsumptionProbe probe = manager.builder()
                    .build(keyPrefix + key, policy::configuration)
                    .tryConsumeAndReturnRemaining(1);
            if (available.compareAndSet(false, true)) {
                log.info("Rate limits: Redis is back, counters are shared again");
            }
            return probe;
        }
        catch (RuntimeException ex) {
            pausedUntilNanos = System.nanoTime() + PAUSE_AFTER_FAILURE_NANOS;
            unavailable(ex);
            return null;
        }
    }

    private void unavailable(@Nullable RuntimeException failure) {
        if (available.compareAndSet(true, false)) {
            // Exception types only: Lettuce's messages can name hosts.
            log.warn("Rate limits: Redis unavailable{}, counting in memory until it is back",
                    failure == null ? "" : " (" + failure.getClass().getName() + ")");
        }
    }

    /** Whether Redis answers a PING within the command timeout; for the health check. */
    boolean ping() {
        StatefulRedisConnection<String, byte[]> open = connection;
        if (open == null || !open.isOpen()) {
            return false;
        }
        try {
            return "PONG".equals(open.async().ping().get(commandTimeout.toMillis(), TimeUnit.MILLISECONDS));
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
        catch (Exception ex) {
            return false;
        }
    }

    @Override
    public void close() {
        closed = true;
        connector.shutdownNow();
        StatefulRedisConnection<String, byte[]> open = connection;
        if (open != null) {
            open.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }
}
