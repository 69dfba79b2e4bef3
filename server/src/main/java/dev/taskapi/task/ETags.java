package dev.taskapi.task;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A task's entity tag is its version, quoted: {@code "3"}. Strong, because two representations of
 * one version are byte-identical.
 */
final class ETags {

    private static final Pattern TAG = Pattern.compile("(W/)?\"([^\"]*)\"");

    private ETags() {
    }

    static String of(Task task) {
        return "\"" + task.version() + "\"";
    }

    /**
     * What {@code If-Match} accepts. Absent or {@code *} accepts any version; weak tags never match
     * (RFC 9110 uses the strong comparison here), nor do tags this server did not make.
     */
    static ExpectedVersions ifMatch(@Nullable String header) {
        if (header == null || header.trim().equals("*")) {
            return ExpectedVersions.ANY;
        }
        Set<Long> versions = new HashSet<>();
        Matcher matcher = TAG.matcher(header);
        while (matcher.find()) {
            if (matcher.group(1) == null) {
                parseVersion(matcher.group(2), versions);
            }
        }
        return ExpectedVersions.oneOf(versions);
    }

    /** Whether {@code If-None-Match} names the task's current version (weak comparison). */
    static boolean noneMatchHits(@Nullable String header, Task task) {
        if (header == null) {
            return false;
        }
        if (header.trim().equals("*")) {
            return true;
        }
        Matcher matcher = TAG.matcher(header);
        while (matcher.find()) {
            if (matcher.group(2).equals(String.valueOf(task.version()))) {
                return true;
            }
        }
        return false;
    }

    private static void parseVersion(String opaque, Set<Long> versions) {
        try {
            versions.add(Long.parseLong(opaque));
        }
        catch (NumberFormatException ignored) {
            // Not a tag of ours: it matches no version, which is what the caller's write must hear.
        }
    }
}
