package dev.aigraph.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The one way the API reports an error a user can fix: an RFC 9457 problem whose detail says what and where. */
public final class ApiProblem {

    private ApiProblem() {
    }

    public static ErrorResponseException of(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
