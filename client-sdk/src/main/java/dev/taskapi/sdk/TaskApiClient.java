package dev.taskapi.sdk;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

import dev.taskapi.client.ApiClient;
import dev.taskapi.client.api.AuthenticationApi;
import dev.taskapi.client.api.HealthApi;
import dev.taskapi.client.api.TasksApi;
import dev.taskapi.client.api.UsersApi;
import dev.taskapi.client.model.HealthReport;
import dev.taskapi.client.model.TokenPair;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * The Task API for Java: build one per base URL and identity, share it between threads.
 *
 * <pre>{@code
 * TaskApiClient client = TaskApiClient.builder()
 *         .baseUrl("https://api.taskapi.dev")
 *         .credentials("ada@example.com", "correct horse battery staple")
 *         .build();
 * Task task = client.tasks().create(new TaskCreate().title("Buy milk"));
 * }</pre>
 *
 * Every method throws a {@link TaskApiException} (unchecked) when the API refuses a request, with the
 * problem details of the answer; the subclasses name the answers worth catching on their own.
 */
public final class TaskApiClient {

    private final Tasks tasks;
    private final Users users;
    private final Auth auth;
    private final HealthApi healthApi;
    private final Calls publicCalls;

    private TaskApiClient(Builder builder) {
        HttpClient http = builder.httpClient != null ? builder.httpClient
                : HttpClient.newBuilder().connectTimeout(builder.connectTimeout).build();
        ApiClient generated = new OneHttpClient(http, builder.baseUrl);
        generated.setReadTimeout(builder.requestTimeout);

        this.publicCalls = new Calls(Authenticator.NONE, builder.retryPolicy, generated.getObjectMapper());
        AuthenticationApi authApi = new AuthenticationApi(generated);
        BuiltInSession session = null;
        Authenticator authenticator = Authenticator.NONE;
        if (builder.tokenProvider != null) {
            authenticator = Authenticator.of(builder.tokenProvider);
        }
        else if (builder.email != null || builder.refreshToken != null) {
            session = new BuiltInSession(authApi, publicCalls, builder.clock, builder.onTokens, builder.email,
                    builder.password, builder.refreshToken);
            authenticator = session;
        }
        Calls calls = new Calls(authenticator, builder.retryPolicy, generated.getObjectMapper());
        this.tasks = new Tasks(new TasksApi(generated), calls, builder.maxUpdateAttempts);
        this.users = new Users(new UsersApi(generated), calls);
        this.auth = new Auth(authApi, calls, session);
        this.healthApi = new HealthApi(generated);
    }

    /** The generated client's settings, with one HTTP client (one connection pool) for every API class. */
    private static final class OneHttpClient extends ApiClient {

        private final HttpClient http;

        OneHttpClient(HttpClient http, String baseUrl) {
            super(HttpClient.newBuilder(), ApiClient.createDefaultObjectMapper(), baseUrl);
            this.http = http;
        }

        @Override
        public HttpClient getHttpClient() {
            return http;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The caller's tasks. */
    public Tasks tasks() {
        return tasks;
    }

    /** The caller's account. */
    public Users users() {
        return users;
    }

    /** Accounts and sessions of the built-in identity provider. */
    public Auth auth() {
        return auth;
    }

    /**
     * The health of the service and its dependencies (public, never rate limited). An {@code unhealthy}
     * service answers 503 with the same report: it is returned, not thrown, and not retried.
     */
    public HealthReport health() {
        try {
            return publicCalls.send(Calls.Access.PUBLIC, Calls.Repeat.UNSAFE, healthApi::getHealthWithHttpInfo)
                    .getData();
        }
        catch (ServiceUnavailableException ex) {
            if (ex.body() != null) {
                try {
                    HealthReport report = publicCalls.mapper().readValue(ex.body(), HealthReport.class);
                    if (report.getStatus() != null) {
                        return report;
                    }
                }
                catch (JacksonException notAReport) {
                    ex.addSuppressed(notAReport);
                }
            }
            throw ex;
        }
    }

    /**
     * How to reach the API and who the caller is. Choose one way to authenticate: {@link #tokenProvider} for
     * tokens of an external identity provider, or {@link #credentials} (and/or {@link #refreshToken}) for
     * the built-in one. Without either, only the public operations work.
     */
    public static final class Builder {

        private @Nullable String baseUrl;
        private @Nullable TokenProvider tokenProvider;
        private @Nullable String email;
        private @Nullable String password;
        private @Nullable String refreshToken;
        private Consumer<TokenPair> onTokens = tokens -> { };
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private @Nullable HttpClient httpClient;
        private Clock clock = Clock.systemUTC();
        private int maxUpdateAttempts = 3;

        private Builder() {
        }

        /** Where the API is, e.g. {@code https://api.taskapi.dev} (without {@code /api/v1}). Required. */
        public Builder baseUrl(String baseUrl) {
            Objects.requireNonNull(baseUrl, "baseUrl");
            URI uri = URI.create(baseUrl);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL, was " + baseUrl);
            }
            this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
            return this;
        }

        /**
         * Tokens from an external identity provider: called before every request for the bearer token.
         * The provider renews its tokens itself.
         */
        public Builder tokenProvider(TokenProvider tokenProvider) {
            this.tokenProvider = Objects.requireNonNull(tokenProvider, "tokenProvider");
            return this;
        }

        /**
         * Signs in with the built-in identity provider when the first request needs it, refreshes the access
         * token before it expires and when the API answers 401, and signs in again when the session ends.
         */
        public Builder credentials(String email, String password) {
            this.email = Objects.requireNonNull(email, "email");
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /**
         * Resumes a session of the built-in identity provider from a refresh token kept from an earlier run
         * (see {@link #onTokens}); with {@link #credentials} too, signs in again when it no longer works.
         */
        public Builder refreshToken(String refreshToken) {
            this.refreshToken = Objects.requireNonNull(refreshToken, "refreshToken");
            return this;
        }

        /**
         * Called with every token pair the built-in identity provider issues to this client (sign-in and each
         * refresh), in order. Refresh tokens rotate: to resume the session later, keep the newest one, in a
         * place as safe as a password.
         */
        public Builder onTokens(Consumer<TokenPair> listener) {
            this.onTokens = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** When to retry 429 and 503 answers; {@link RetryPolicy#defaults()} unless set. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /** Never retry: every 429 and 503 reaches the caller as a {@link RetryableException}. */
        public Builder noRetries() {
            return retryPolicy(RetryPolicy.none());
        }

        /** How long to wait for a connection; 5 seconds unless set. Ignored with {@link #httpClient}. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /** How long to wait for each answer; 30 seconds unless set. */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout, "requestTimeout");
            return this;
        }

        /** An HTTP client of your own (a proxy, TLS settings, an executor); it keeps its own connect timeout. */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /** How often {@link Tasks#update} starts over when the task changed under it (412); 3 unless set. */
        public Builder maxUpdateAttempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("maxUpdateAttempts must be at least 1, was " + attempts);
            }
            this.maxUpdateAttempts = attempts;
            return this;
        }

        /** The clock that tells when an access token is due for renewal; the system clock unless set. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public TaskApiClient build() {
            if (baseUrl == null) {
                throw new IllegalStateException("baseUrl is required");
            }
            if (tokenProvider != null && (email != null || refreshToken != null)) {
                throw new IllegalStateException("Choose one way to authenticate: tokenProvider, or credentials/refreshToken");
            }
            return new TaskApiClient(this);
        }

        private static Duration positive(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + duration);
            }
            return duration;
        }
    }
}
