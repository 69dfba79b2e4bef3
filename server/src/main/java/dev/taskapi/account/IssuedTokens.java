package dev.taskapi.account;

import java.time.Duration;

/** An access token and the refresh token that gets the next one. */
record IssuedTokens(String accessToken, Duration accessLifetime, String refreshToken, Duration refreshLifetime) {

    @Override
    public String toString() {
        return "IssuedTokens[accessLifetime=" + accessLifetime + "]";
    }
}
