package dev.taskapi.sdk;

import org.jspecify.annotations.Nullable;

/** Where the bearer token of each request comes from. */
interface Authenticator {

    /** The access token for the next request; null to send none. */
    @Nullable String accessToken();

    /**
     * The API answered 401 to a request that carried {@code rejectedToken}. True when a new token is ready
     * and the request is worth sending once more.
     */
    boolean renewAfterRejection(String rejectedToken);

    static Authenticator of(TokenProvider provider) {
        return new Authenticator() {
            @Override
            public String accessToken() {
                return provider.token();
            }

            @Override
            public boolean renewAfterRejection(String rejectedToken) {
                // The provider owns its tokens' lifecycle; asking again would most likely give the same one.
                return false;
            }
        };
    }

    Authenticator NONE = new Authenticator() {
        @Override
        public @Nullable String accessToken() {
            return null;
        }

        @Override
        public boolean renewAfterRejection(String rejectedToken) {
            return false;
        }
    };
}
