package dev.taskapi.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.contract.spec.internal.RegexPatterns;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of {@code openapi.yaml} has a contract for its success status and for every error status
 * it documents, so consumers get a stub for each answer the spec promises and the server is proven to give
 * it. A contract belongs to the operation whose method and path template its URL matches; every contract
 * under {@code src/test/resources/contracts} is read, through the stub the build makes of it.
 * <p>
 * The only statuses without a contract are those in {@link #NO_CONTRACT_POSSIBLE}, each with its reason.
 */
class ContractCoverageTest {

    /** Why the answers of a deployment without the built-in identity provider have no contract. */
    private static final String BUILT_IN_ISSUER_ON = "Answered only when the built-in identity provider is switched "
            + "off, and the server the contracts are verified against runs with it on (the server's "
            + "BuiltInIssuerSwitchedOffTest checks a deployment with it off).";

    /**
     * Statuses that no contract can provoke, with the reason. Anything not listed here needs a contract.
     * Keys are a status ({@code "500"}) for every operation, or {@code "operationId status"} for one.
     */
    private static final Map<String, String> NO_CONTRACT_POSSIBLE = Map.ofEntries(
            Map.entry("500", "An unexpected failure: no valid or invalid request causes one on purpose; if one "
                    + "did, that would be a bug to fix, not an answer to promise."),
            Map.entry("503", "The database is unreachable: the contract tests share one running database, and "
                    + "stopping it would fail every other test running beside them."),
            Map.entry("429", "Every contract runs from the same address against one server, in any order, so "
                    + "their quotas are set out of reach; the server's RateLimitTest and SharedLimitsTest "
                    + "provoke the 429 for real, with default quotas, and check it against the spec."),
            Map.entry("register 404", BUILT_IN_ISSUER_ON),
            Map.entry("login 404", BUILT_IN_ISSUER_ON),
            Map.entry("refreshTokens 404", BUILT_IN_ISSUER_ON),
            Map.entry("logout 404", BUILT_IN_ISSUER_ON),
            Map.entry("logoutAll 404", BUILT_IN_ISSUER_ON),
            Map.entry("changePassword 404", BUILT_IN_ISSUER_ON),
            Map.entry("requestPasswordReset 404", BUILT_IN_ISSUER_ON),
            Map.entry("confirmPasswordReset 404", BUILT_IN_ISSUER_ON),
            Map.entry("getJsonWebKeySet 404", BUILT_IN_ISSUER_ON));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    /** What a contract's consumer-side URL regex stands for, to find the path it addresses. */
    private static final Map<String, String> SAMPLE_VALUES = Map.of(
            RegexPatterns.uuid().pattern(), "0b9f5a52-3c0e-4c47-9a35-6b8f2d4e1a77",
            // A legacy path's user_id, which is any segment but v1 (that is the v1 API).
            "(?!v1/)[^/]+", "user_2NNEqL2nrIRdJ194ndJqAHwEfxC");

    @Test
    void everyDocumentedStatusOfEveryOperationHasAContract() {
        List<Operation> operations = operations();
        List<Covered> contracts = contracts(operations);

        List<String> missing = new ArrayList<>();
        for (Operation operation : operations) {
            for (String status : operation.statuses()) {
                boolean covered = contracts.stream().anyMatch(contract -> contract.operation() == operation
                        && contract.status().equals(status));
                if (!covered && reasonNoContractIsPossible(operation, status).isEmpty()) {
                    missing.add(operation.id() + " " + status + " (" + operation.method().toUpperCase(Locale.ROOT)
                            + " " + operation.path() + ")");
                }
            }
        }
        assertThat(missing).as("documented answers without a contract; add one under src/test/resources/contracts, "
                + "or, if no test can provoke the status, list it with the reason in NO_CONTRACT_POSSIBLE").isEmpty();
    }

    @Test
    void everyContractAnswersAsItsOperationDocuments() {
        List<Operation> operations = operations();
        for (Covered contract : contracts(operations)) {
            assertThat(contract.operation().statuses()).as("statuses documented for %s, answered by %s",
                    contract.operation().id(), contract.file()).contains(contract.status());
        }
    }

    @Test
    void theAllowlistNamesOnlyDocumentedStatuses() {
        List<Operation> operations = operations();
        for (String entry : NO_CONTRACT_POSSIBLE.keySet()) {
            String[] parts = entry.split(" ");
            String status = parts[parts.length - 1];
            assertThat(operations).as("an operation documenting " + entry)
                    .anyMatch(operation -> operation.statuses().contains(status)
                            && (parts.length == 1 || operation.id().equals(parts[0])));
        }
    }

    private static Optional<String> reasonNoContractIsPossible(Operation operation, String status) {
        return Optional.ofNullable(NO_CONTRACT_POSSIBLE.getOrDefault(operation.id() + " " + status,
                NO_CONTRACT_POSSIBLE.get(status)));
    }

    /** An operation of the spec: its method, path template, id and documented statuses. */
    record Operation(String method, String path, String id, Set<String> statuses, Pattern matcher, int literals) {

        static Operation of(String method, String path, String id, Set<String> statuses) {
            StringBuilder regex = new StringBuilder();
            int literals = 0;
            for (String segment : path.substring(1).split("/", -1)) {
                regex.append('/');
                if (segment.startsWith("{") && segment.endsWith("}")) {
                    regex.append("[^/]+");
                }
                else {
                    regex.append(Pattern.quote(segment));
                    literals++;
                }
            }
            return new Operation(method, path, id, statuses, Pattern.compile(regex.toString()), literals);
        }
    }

    /** A contract and the operation and status it is for. */
    record Covered(String file, Operation operation, String status) {
    }

    @SuppressWarnings("unchecked")
    private static List<Operation> operations() {
        Map<String, Object> spec;
        try (InputStream in = ContractCoverageTest.class.getClassLoader().getResourceAsStream("openapi.yaml")) {
            assertThat(in).as("openapi.yaml on the test classpath").isNotNull();
            spec = new Yaml(new LoaderOptions()).load(in);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        List<Operation> operations = new ArrayList<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) spec.get("paths");
        paths.forEach((path, item) -> item.forEach((method, value) -> {
            if (METHODS.contains(method)) {
                Map<String, Object> operation = (Map<String, Object>) value;
                Set<String> statuses = new TreeSet<>();
                ((Map<Object, Object>) operation.get("responses")).keySet()
                        .forEach(status -> statuses.add(String.valueOf(status)));
                operations.add(Operation.of(method, path, (String) operation.get("operationId"), statuses));
            }
        }));
        assertThat(operations).as("operations in openapi.yaml").isNotEmpty();
        return operations;
    }

    /**
     * Every contract, read from the stub the build made of it (the same request and response, already
     * evaluated: much faster than evaluating each Groovy contract again).
     */
    private static List<Covered> contracts(List<Operation> operations) {
        Path contracts = Path.of("src/test/resources/contracts");
        Path stubs = Path.of(System.getProperty("taskapi.stubs.dir", "target/stubs"));
        List<Path> files = files(contracts, ".groovy");
        assertThat(files).as("contracts under " + contracts).isNotEmpty();
        Map<String, Path> mappings = new TreeMap<>();
        for (Path mapping : files(stubs, ".json")) {
            if (mapping.getParent().toString().contains("mappings")) {
                String relative = mappingsRoot(mapping).relativize(mapping).toString();
                mappings.put(relative.substring(0, relative.length() - ".json".length()), mapping);
            }
        }
        List<Covered> covered = new ArrayList<>();
        for (Path file : files) {
            String relative = contracts.relativize(file).toString();
            String name = relative.substring(0, relative.length() - ".groovy".length());
            assertThat(mappings).as("the stub of contract " + relative + " (is the build up to date?)")
                    .containsKey(name);
            JsonNode mapping = JSON.readTree(mappings.get(name).toFile());
            JsonNode request = mapping.get("request");
            String method = request.get("method").asString().toLowerCase(Locale.ROOT);
            String path = path(request, relative);
            Operation operation = operations.stream()
                    .filter(candidate -> candidate.method().equals(method)
                            && candidate.matcher().matcher(path).matches())
                    // A literal segment beats a template parameter: /api/v1/tasks is not /api/{user_id}/tasks.
                    .max(Comparator.comparingInt(Operation::literals))
                    .orElseThrow(() -> new AssertionError(relative + " is for " + method.toUpperCase(Locale.ROOT)
                            + " " + path + ", which openapi.yaml does not document"));
            covered.add(new Covered(relative, operation, String.valueOf(mapping.get("response").get("status").asInt())));
        }
        return covered;
    }

    /** The path a contract's request goes to, with the regexes consumers may send filled in with examples. */
    private static String path(JsonNode request, String name) {
        String path = null;
        for (String field : List.of("url", "urlPath", "urlPattern", "urlPathPattern")) {
            if (request.has(field)) {
                path = request.get(field).asString();
            }
        }
        assertThat(path).as("the URL of " + name).isNotNull();
        for (Map.Entry<String, String> sample : SAMPLE_VALUES.entrySet()) {
            path = path.replace(sample.getKey(), sample.getValue());
        }
        int query = path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        assertThat(path).as("a path to match with openapi.yaml, from " + name + " (a regex this test cannot read? "
                + "add what it stands for to SAMPLE_VALUES)").matches("/[A-Za-z0-9._~/%-]*");
        return path;
    }

    private static Path mappingsRoot(Path mapping) {
        Path root = mapping;
        while (!root.getFileName().toString().equals("mappings")) {
            root = root.getParent();
        }
        return root;
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
