package dev.taskapi.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import dev.taskapi.auth.AuthProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Issues and delivers reset tokens: by SMTP when {@code spring.mail.host} is set, otherwise to the log of
 * the {@code taskapi.mail} category, so a development setup without a mail server can still reset. Both
 * happen after the answer, so the time of the answer does not tell whether an account exists.
 */
@Component
class PasswordResetMail {

    private static final Logger mailLog = LoggerFactory.getLogger("taskapi.mail");
    private static final Logger log = LoggerFactory.getLogger(PasswordResetMail.class);

    private final @Nullable JavaMailSender smtp;
    private final Executor executor;
    private final AuthProperties.BuiltIn settings;

    PasswordResetMail(ObjectProvider<JavaMailSender> smtp, @Qualifier("applicationTaskExecutor") Executor executor,
                      AuthProperties properties) {
        this.smtp = smtp.getIfAvailable();
        this.executor = executor;
        this.settings = properties.builtIn();
    }

    /**
     * Issues the token and mails it, both after the answer: only an existing account gets a token, and
     * neither the insert nor the mail may show in how long the answer took.
     */
    void issueAndSend(String email, Supplier<String> issueToken) {
        executor.execute(() -> {
            String token;
            try {
                token = issueToken.get();
            }
            catch (RuntimeException ex) {
                log.warn("Could not issue a password reset token ({})", ex.getClass().getSimpleName());
                return;
            }
            deliver(email, body(token));
        });
    }

    private void deliver(String email, String text) {
        if (smtp == null) {
            mailLog.info("No SMTP server is configured; the password reset mail for {} follows.\n{}", email, text);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.mailFrom());
        message.setTo(email);
        message.setSubject("Reset your Task API password");
        message.setText(text);
        try {
            smtp.send(message);
        }
        catch (MailException ex) {
            log.warn("Could not send a password reset mail ({})", ex.getClass().getSimpleName());
        }
    }

    private String body(String token) {
        String minutes = String.valueOf(settings.resetTokenTtl().toMinutes());
        String resetUrl = settings.resetUrl();
        String action = resetUrl == null || resetUrl.isBlank()
                ? "Your reset token is:\n\n    " + token + "\n"
                : "Set a new password here:\n\n    " + resetUrl + (resetUrl.contains("?") ? "&" : "?") + "token="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8) + "\n";
        return "Someone asked to reset the password of your Task API account.\n\n" + action
                + "\nIt works once, for " + minutes + " minutes. If it was not you, ignore this mail;"
                + " your password stays as it is.\n";
    }
}
