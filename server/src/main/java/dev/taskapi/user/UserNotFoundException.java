package dev.taskapi.user;

import dev.taskapi.api.model.ErrorCode;
import dev.taskapi.web.ProblemException;
import org.springframework.http.HttpStatus;

/** No account has this id. */
public class UserNotFoundException extends ProblemException {

    public UserNotFoundException() {
        super(HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND, "There is no such user.");
    }
}
