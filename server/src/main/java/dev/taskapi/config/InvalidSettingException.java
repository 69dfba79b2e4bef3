package dev.taskapi.config;

/**
 * A setting the server cannot start with. Its message is one sentence for the operator that names the
 * setting as they set it (an environment variable such as {@code DATABASE_URL}) and never repeats its
 * value, which may be a secret. {@link InvalidSettingFailureAnalyzer} prints it instead of a stack trace.
 */
public class InvalidSettingException extends IllegalArgumentException {

    private final String setting;

    public InvalidSettingException(String setting, String sentence) {
        super(sentence);
        this.setting = setting;
    }

    public InvalidSettingException(String setting, String sentence, Throwable cause) {
        super(sentence, cause);
        this.setting = setting;
    }

    /** The environment variable (or property) to fix. */
    public String setting() {
        return setting;
    }
}
