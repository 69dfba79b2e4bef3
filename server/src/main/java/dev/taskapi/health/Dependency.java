package dev.taskapi.health;

/** The dependencies the health report has a place for; the spec names exactly these. */
public enum Dependency {

    DATABASE("database"),
    REDIS("redis"),
    IDENTITY_PROVIDER("identity_provider");

    private final String reportName;

    Dependency(String reportName) {
        this.reportName = reportName;
    }

    /** The property name in the report ({@code identity_provider}). */
    public String reportName() {
        return reportName;
    }
}
