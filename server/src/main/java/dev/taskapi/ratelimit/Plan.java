package dev.taskapi.ratelimit;

import java.util.Locale;

import dev.taskapi.user.Tier;

/** Which quota a request counts against; its name is the policy name in the headers and the metric tag. */
enum Plan {

    FREE, PRO, ANONYMOUS, CREDENTIALS;

    private final String policyName = name().toLowerCase(Locale.ROOT);

    String policyName() {
        return policyName;
    }

    static Plan of(Tier tier) {
        return switch (tier) {
            case FREE -> FREE;
            case PRO -> PRO;
        };
    }
}
