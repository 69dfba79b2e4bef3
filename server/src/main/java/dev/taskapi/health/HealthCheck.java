package dev.taskapi.health;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link DependencyProbe} in parallel and waits at most the configured timeout for them all.
 * The health endpoint and the readiness probe both ask this, so they never disagree.
 */
@Component
class HealthCheck implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(HealthCheck.class);

    /** What the report says about a dependency that no feature has contributed a probe for. */
    private static final Map<Dependency, ProbeResult> WITHOUT_PROBE = Map.of(
            Dependency.DATABASE, ProbeResult.disabled("not configured"),
            Dependency.REDIS, ProbeResult.disabled("not configured"),
            // Tokens are checked against the configured shared secret: nothing remote to reach.
            Dependency.IDENTITY_PROVIDER, ProbeResult.up("shared secret"));

    private final List<DependencyProbe> probes;
    private final long timeoutMillis;
    private final ExecutorService executor = Executors.newCachedThreadPool(daemonThreads());
    private final Map<Dependency, ProbeResult.State> lastStates = new ConcurrentHashMap<>();

    HealthCheck(List<DependencyProbe> probes, HealthProperties properties) {
        this.probes = List.copyOf(probes);
        this.timeoutMillis = properties.timeout().toMillis();
        Map<Dependency, DependencyProbe> seen = new EnumMap<>(Dependency.class);
        for (DependencyProbe probe : probes) {
            DependencyProbe other = seen.put(probe.dependency(), probe);
            if (other != null) {
                throw new IllegalStateException("Two health probes report on " + probe.dependency() + ": "
                        + other.getClass().getName() + " and " + probe.getClass().getName());
            }
        }
    }

    HealthSnapshot run() {
        List<Callable<HealthSnapshot.Service>> checks = new ArrayList<>();
        for (DependencyProbe probe : probes) {
            checks.add(() -> observe(probe));
        }
        Map<Dependency, HealthSnapshot.Service> services = new EnumMap<>(Dependency.class);
        List<Future<HealthSnapshot.Service>> results = invokeAll(checks);
        for (int i = 0; i < probes.size(); i++) {
            DependencyProbe probe = probes.get(i);
            HealthSnapshot.@Nullable Service service = results.isEmpty() ? null : outcome(results.get(i));
            if (service == null) {
                // Still running at the deadline (it has been interrupted) or never started.
                service = new HealthSnapshot.Service(ProbeResult.State.DOWN, (double) timeoutMillis, "timed out",
                        probe.required());
            }
            remember(probe.dependency(), service.state(), null);
            services.put(probe.dependency(), service);
        }
        for (Dependency dependency : Dependency.values()) {
            services.computeIfAbsent(dependency, missing -> {
                ProbeResult result = WITHOUT_PROBE.get(missing);
                return new HealthSnapshot.Service(result.state(), null, result.detail(), false);
            });
        }
        return new HealthSnapshot(verdict(services), services);
    }

    private List<Future<HealthSnapshot.Service>> invokeAll(List<Callable<HealthSnapshot.Service>> checks) {
        try {
            return executor.invokeAll(checks, timeoutMillis, TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private static HealthSnapshot.@Nullable Service outcome(Future<HealthSnapshot.Service> future) {
        if (future.isCancelled()) {
            return null;
        }
        try {
            return future.get();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return null;
        }
        catch (ExecutionException ex) {
            return null;
        }
    }

    private HealthSnapshot.Service observe(DependencyProbe probe) {
        long started = System.nanoTime();
        ProbeResult result;
        try {
            result = probe.check();
        }
        catch (Exception ex) {
            remember(probe.dependency(), ProbeResult.State.DOWN, ex);
            result = ProbeResult.down("unreachable");
        }
        Double latency = result.state() == ProbeResult.State.DISABLED ? null : millisSince(started);
        return new HealthSnapshot.Service(result.state(), latency, result.detail(), probe.required());
    }

    /** Logs a dependency going down or coming back once, not on every health request in between. */
    private void remember(Dependency dependency, ProbeResult.State state, @Nullable Exception failure) {
        ProbeResult.State previous = lastStates.put(dependency, state);
        if (previous == state) {
            return;
        }
        if (state == ProbeResult.State.DOWN) {
            // Exception types only: driver messages can carry hosts and credentials.
            log.warn("Dependency {} is down{}", dependency.reportName(),
                    failure == null ? "" : " (" + failure.getClass().getName() + ")");
        }
        else if (previous == ProbeResult.State.DOWN) {
            log.info("Dependency {} is {} again", dependency.reportName(), state.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static HealthSnapshot.Verdict verdict(Map<Dependency, HealthSnapshot.Service> services) {
        boolean requiredDown = services.values().stream().anyMatch(s -> s.isDown() && s.required());
        boolean anyDown = services.values().stream().anyMatch(HealthSnapshot.Service::isDown);
        return requiredDown ? HealthSnapshot.Verdict.UNHEALTHY
                : anyDown ? HealthSnapshot.Verdict.DEGRADED : HealthSnapshot.Verdict.HEALTHY;
    }

    private static double millisSince(long started) {
        return Math.round((System.nanoTime() - started) / 10_000.0) / 100.0;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "health-probe-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
