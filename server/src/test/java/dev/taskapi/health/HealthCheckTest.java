package dev.taskapi.health;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The verdict a load balancer acts on, from whatever probes the features contribute. */
class HealthCheckTest {

    private final CountDownLatch neverReleased = new CountDownLatch(1);
    private HealthCheck healthCheck;

    @AfterEach
    void stopProbes() {
        neverReleased.countDown();
        if (healthCheck != null) {
            healthCheck.destroy();
        }
    }

    @Test
    void everythingUpIsHealthyAndTheDependenciesWithoutAProbeKeepTheirDefaults() {
        HealthSnapshot snapshot = run(Duration.ofSeconds(2), probe(Dependency.DATABASE, true, ProbeResult::up));

        assertThat(snapshot.verdict()).isEqualTo(HealthSnapshot.Verdict.HEALTHY);
        HealthSnapshot.Service database = snapshot.services().get(Dependency.DATABASE);
        assertThat(database.state()).isEqualTo(ProbeResult.State.UP);
        assertThat(database.latencyMs()).isNotNull().isGreaterThanOrEqualTo(0.0);
        assertThat(snapshot.services().get(Dependency.REDIS))
                .isEqualTo(new HealthSnapshot.Service(ProbeResult.State.DISABLED, null, "not configured", false));
        assertThat(snapshot.services().get(Dependency.IDENTITY_PROVIDER))
                .isEqualTo(new HealthSnapshot.Service(ProbeResult.State.UP, null, "shared secret", false));
    }

    @Test
    void anOptionalDependencyDownDegradesTheServiceAndARequiredOneMakesItUnhealthy() {
        DependencyProbe database = probe(Dependency.DATABASE, true, ProbeResult::up);
        DependencyProbe redisFailing = probe(Dependency.REDIS, false, () -> {
            throw new java.net.ConnectException("Connection refused");
        });
        HealthSnapshot degraded = run(Duration.ofSeconds(2), database, redisFailing);
        assertThat(degraded.verdict()).isEqualTo(HealthSnapshot.Verdict.DEGRADED);
        assertThat(degraded.services().get(Dependency.REDIS).state()).isEqualTo(ProbeResult.State.DOWN);
        assertThat(degraded.services().get(Dependency.REDIS).detail()).isEqualTo("unreachable");
        healthCheck.destroy();

        DependencyProbe databaseDown = probe(Dependency.DATABASE, true, () -> ProbeResult.down("unreachable"));
        HealthSnapshot unhealthy = run(Duration.ofSeconds(2), databaseDown, redisFailing);
        assertThat(unhealthy.verdict()).isEqualTo(HealthSnapshot.Verdict.UNHEALTHY);
    }

    @Test
    void aHangingProbeIsCutOffAtTheTimeoutAndReportedDown() {
        DependencyProbe database = probe(Dependency.DATABASE, true, ProbeResult::up);
        DependencyProbe hanging = probe(Dependency.IDENTITY_PROVIDER, false, () -> {
            neverReleased.await();
            return ProbeResult.up();
        });

        long started = System.nanoTime();
        HealthSnapshot snapshot = run(Duration.ofMillis(200), database, hanging);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isLessThan(Duration.ofSeconds(1));
        assertThat(snapshot.verdict()).isEqualTo(HealthSnapshot.Verdict.DEGRADED);
        assertThat(snapshot.services().get(Dependency.IDENTITY_PROVIDER))
                .isEqualTo(new HealthSnapshot.Service(ProbeResult.State.DOWN, 200.0, "timed out", false));
        assertThat(snapshot.services().get(Dependency.DATABASE).state()).isEqualTo(ProbeResult.State.UP);
    }

    @Test
    void probesRunInParallel() {
        // Each probe waits for the other at a barrier: both can only pass if they run at the same time.
        CyclicBarrier together = new CyclicBarrier(2);
        DependencyProbe database = probe(Dependency.DATABASE, true, () -> meet(together));
        DependencyProbe redis = probe(Dependency.REDIS, false, () -> meet(together));

        HealthSnapshot snapshot = run(Duration.ofSeconds(2), database, redis);

        assertThat(snapshot.verdict()).isEqualTo(HealthSnapshot.Verdict.HEALTHY);
        assertThat(snapshot.services().get(Dependency.REDIS).state()).isEqualTo(ProbeResult.State.UP);
    }

    @Test
    void twoProbesForOneDependencyAreAMistakeFoundAtStartup() {
        DependencyProbe one = probe(Dependency.REDIS, false, ProbeResult::up);
        DependencyProbe two = probe(Dependency.REDIS, false, ProbeResult::up);
        assertThatThrownBy(() -> new HealthCheck(List.of(one, two), new HealthProperties(Duration.ofSeconds(1))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("REDIS");
    }

    private static ProbeResult meet(CyclicBarrier barrier) throws Exception {
        barrier.await(1, TimeUnit.SECONDS);
        return ProbeResult.up();
    }

    private HealthSnapshot run(Duration timeout, DependencyProbe... probes) {
        healthCheck = new HealthCheck(List.of(probes), new HealthProperties(timeout));
        return healthCheck.run();
    }

    private interface Check {
        ProbeResult check() throws Exception;
    }

    private static DependencyProbe probe(Dependency dependency, boolean required, Check check) {
        return new DependencyProbe() {
            @Override
            public Dependency dependency() {
                return dependency;
            }

            @Override
            public boolean required() {
                return required;
            }

            @Override
            public ProbeResult check() throws Exception {
                return check.check();
            }
        };
    }
}
