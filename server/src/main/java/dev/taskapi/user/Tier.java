package dev.taskapi.user;

/** The plan a user is on; it sets the user's rate limit. */
public enum Tier {
    FREE, PRO
}
