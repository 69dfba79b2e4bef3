package dev.taskapi.spec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.ComposedChanged;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The compatibility rule of the API: a spec may break what clients of the last released spec rely on
 * only together with a new major {@code info.version}.
 * <p>
 * What breaks is decided by openapi-diff with its default rules: for example, removing an operation, a
 * response field, a response status or a request enum value; a request field becoming required (or a new
 * required one); a smaller {@code maxLength} or numeric range for requests; a changed type; and a new value
 * in a response enum (a generated client with that enum cannot read it). New operations, new optional
 * request fields and new response fields are compatible.
 * <p>
 * One rule is added to openapi-diff's: removing a field from a request body breaks clients. openapi-diff
 * assumes a server ignores fields it does not know, but this API refuses them (422), so a client that
 * still sends a removed field would fail.
 */
final class CompatibilityCheck {

    private static final Pattern MAJOR = Pattern.compile("^(\\d+)\\.\\d+\\.\\d+(?:[-+].*)?$");

    private CompatibilityCheck() {
    }

    /** Compares {@code current} with {@code released}, both OpenAPI documents in YAML or JSON. */
    static Verdict compare(String released, String current) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(released, current);
        List<String> removedRequestFields = removedRequestFields(diff);
        String changes = markdown(diff);
        if (!removedRequestFields.isEmpty()) {
            changes += "\n#### Removed from request bodies (clients that send them get a 422)\n\n* "
                    + String.join("\n* ", removedRequestFields) + "\n";
        }
        return new Verdict(version(diff.getOldSpecOpenApi()), version(diff.getNewSpecOpenApi()),
                diff.isIncompatible() || !removedRequestFields.isEmpty(), changes);
    }

    private static List<String> removedRequestFields(ChangedOpenApi diff) {
        List<String> removed = new ArrayList<>();
        for (ChangedOperation operation : diff.getChangedOperations()) {
            if (operation.getRequestBody() == null) {
                continue;
            }
            String where = operation.getHttpMethod() + " " + operation.getPathUrl() + ": ";
            Set<Changed> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            collectRemovedFields(operation.getRequestBody(), where, removed, seen);
        }
        return removed;
    }

    private static void collectRemovedFields(Changed changed, String where, List<String> removed, Set<Changed> seen) {
        if (changed == null || !seen.add(changed)) {
            return;
        }
        if (changed instanceof ChangedSchema schema && schema.getContext().isRequest()) {
            for (Map.Entry<String, Schema<?>> field : schema.getMissingProperties().entrySet()) {
                if (!Boolean.TRUE.equals(field.getValue().getReadOnly())) {
                    removed.add(where + "`" + field.getKey() + "`");
                }
            }
        }
        if (changed instanceof ComposedChanged composed) {
            for (Changed element : composed.getChangedElements()) {
                collectRemovedFields(element, where, removed, seen);
            }
        }
    }

    /**
     * The outcome of one comparison.
     *
     * @param releasedVersion {@code info.version} of the released spec
     * @param currentVersion  {@code info.version} of the spec under change
     * @param breaking        whether a client of the released spec could break
     * @param changes         every difference, as Markdown
     */
    record Verdict(String releasedVersion, String currentVersion, boolean breaking, String changes) {

        boolean newMajorVersion() {
            return major(currentVersion) > major(releasedVersion);
        }

        /** Breaking changes are fine in a new major version, and only there. */
        boolean acceptable() {
            return !breaking || newMajorVersion();
        }
    }

    static int major(String version) {
        Matcher matcher = MAJOR.matcher(version);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("info.version must be MAJOR.MINOR.PATCH, not '" + version + "'");
        }
        return Integer.parseInt(matcher.group(1));
    }

    private static String version(OpenAPI spec) {
        if (spec == null || spec.getInfo() == null || spec.getInfo().getVersion() == null) {
            throw new IllegalArgumentException("A spec that cannot be read, or has no info.version");
        }
        return spec.getInfo().getVersion();
    }

    private static String markdown(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
