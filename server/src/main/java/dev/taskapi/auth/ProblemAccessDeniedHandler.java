package dev.taskapi.auth;

import java.io.IOException;

import dev.taskapi.api.model.ErrorCode;
import dev.taskapi.user.User;
import dev.taskapi.web.ProblemResponseWriter;
import dev.taskapi.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 403 as problem+json, saying why when the reason is the caller's own disabled account. */
@Component
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ProblemResponseWriter writer;

    ProblemAccessDeniedHandler(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean disabled = authentication != null && authentication.getPrincipal() instanceof User user
                && user.disabled();
        String detail = disabled ? "This account is disabled." : "You may not perform this operation.";
        writer.write(response, Problems.of(HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN, detail, request));
    }
}
