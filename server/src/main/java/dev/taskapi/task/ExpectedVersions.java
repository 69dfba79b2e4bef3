package dev.taskapi.task;

import java.util.Set;

/**
 * The versions a conditional write accepts ({@code If-Match}). A write whose task is at another
 * version is refused and changes nothing.
 */
public record ExpectedVersions(boolean any, Set<Long> versions) {

    public static final ExpectedVersions ANY = new ExpectedVersions(true, Set.of());

    public static ExpectedVersions oneOf(Set<Long> versions) {
        return new ExpectedVersions(false, Set.copyOf(versions));
    }

    boolean accepts(long version) {
        return any || versions.contains(version);
    }
}
