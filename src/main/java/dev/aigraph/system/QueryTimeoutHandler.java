package dev.aigraph.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A question stopped at the time limit answers 504: the database, upstream of the API, did not answer in time. */
@RestControllerAdvice
class QueryTimeoutHandler {

    @ExceptionHandler(QueryTimeoutException.class)
    ProblemDetail timedOut(QueryTimeoutException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.GATEWAY_TIMEOUT, e.getMessage());
    }
}
