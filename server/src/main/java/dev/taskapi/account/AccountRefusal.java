package dev.taskapi.account;

import dev.taskapi.api.model.ErrorCode;
import dev.taskapi.web.ProblemException;
import org.springframework.http.HttpStatus;

/** Why the built-in identity provider said no, in the words the caller reads. */
final class AccountRefusal extends ProblemException {

    private AccountRefusal(HttpStatus status, ErrorCode error, String detail) {
        super(status, error, detail);
    }

    /** Deliberately the same for an unknown email and a wrong password. */
    static AccountRefusal invalidCredentials() {
        return new AccountRefusal(HttpStatus.UNAUTHORIZED, ErrorCode.INVALID_CREDENTIALS,
                "The email or the password is wrong.");
    }

    static AccountRefusal wrongCurrentPassword() {
        return new AccountRefusal(HttpStatus.FORBIDDEN, ErrorCode.INVALID_CREDENTIALS, "The current password is wrong.");
    }

    static AccountRefusal noPassword() {
        return new AccountRefusal(HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN,
                "This account signs in through an external identity provider; it has no password here.");
    }

    static AccountRefusal disabled() {
        return new AccountRefusal(HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN, "This account is disabled.");
    }

    static AccountRefusal emailTaken() {
        return new AccountRefusal(HttpStatus.CONFLICT, ErrorCode.EMAIL_TAKEN,
                "An account with this email exists already; sign in or reset the password.");
    }

    static AccountRefusal invalidRefreshToken() {
        return new AccountRefusal(HttpStatus.UNAUTHORIZED, ErrorCode.INVALID_TOKEN,
                "The refresh token is unknown, expired or revoked; sign in again.");
    }

    static AccountRefusal invalidResetToken() {
        return new AccountRefusal(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_RESET_TOKEN,
                "The reset token is unknown, used or expired; request a new one.");
    }

    static AccountRefusal issuerSwitchedOff() {
        return new AccountRefusal(HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND,
                "The built-in identity provider is switched off; sign in with your identity provider.");
    }
}
