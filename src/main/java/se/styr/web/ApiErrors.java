package se.styr.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.styr.shared.ErrorCode;
import se.styr.shared.StyrException;
import se.styr.shared.Text;

/**
 * Answers the API's errors as RFC 9457 problems: the status for the error's code ({@link
 * ErrorStatus}), its summary, its code, and each of its details as a property (a bad file's
 * problems with their lines, who changed a stale table ...). Ordered first, so the API answers in
 * JSON even though the pages' advice (PageSupport) also matches REST controllers.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

  @ExceptionHandler(StyrException.class)
  ResponseEntity<ProblemDetail> domain(StyrException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(ErrorStatus.of(e.code()), e.summary());
    problem.setProperty("code", e.code().name());
    e.details().forEach(problem::setProperty);
    ResponseEntity.BodyBuilder response = ResponseEntity.status(ErrorStatus.of(e.code()));
    Object retryAfter = e.details().get(ErrorStatus.RETRY_AFTER);
    if (retryAfter != null) {
      response.header("Retry-After", retryAfter.toString());
    }
    return response.body(problem);
  }

  @ExceptionHandler(DataAccessException.class)
  ResponseEntity<ProblemDetail> database(DataAccessException e) {
    if (ErrorStatus.databaseUnavailable(e)) {
      return domain(ErrorStatus.databaseBusy());
    }
    if (!ErrorStatus.refusedByDatabase(e)) {
      throw e;
    }
    return domain(
        new StyrException(
            ErrorCode.DECIDED_VERSION_IS_READ_ONLY, Text.of("error.databaseRefused")));
  }
}
