package dev.taskapi.auth;

import java.util.List;

import dev.taskapi.health.Dependency;
import dev.taskapi.health.DependencyProbe;
import dev.taskapi.health.ProbeResult;
import org.springframework.stereotype.Component;

/**
 * The identity providers whose keys we fetch. Optional: while one is unreachable its cached keys keep
 * working, so the service is degraded, not down. The built-in issuer's keys live in the database, and a
 * shared secret needs nothing remote.
 */
@Component
class IdentityProvidersProbe implements DependencyProbe {

    private final IssuerRoutingJwtDecoder issuers;

    IdentityProvidersProbe(IssuerRoutingJwtDecoder issuers) {
        this.issuers = issuers;
    }

    @Override
    public Dependency dependency() {
        return Dependency.IDENTITY_PROVIDER;
    }

    @Override
    public boolean required() {
        return false;
    }

    @Override
    public ProbeResult check() {
        List<RefreshingJwkSource> sources = issuers.remoteKeySources();
        if (sources.isEmpty()) {
            return ProbeResult.up("no remote key sets");
        }
        List<String> unreachable = sources.stream().filter(source -> !source.reachable())
                .map(RefreshingJwkSource::issuerName).toList();
        if (unreachable.isEmpty()) {
            return ProbeResult.up(sources.size() + " key sets reachable");
        }
        String names = String.join(", ", unreachable);
        return ProbeResult.down("unreachable: " + (names.length() > 200 ? names.substring(0, 200) : names));
    }
}
