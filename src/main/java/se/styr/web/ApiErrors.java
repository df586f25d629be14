package se.styr.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.styr.budget.StaleTableException;
import se.styr.shared.RuleViolation;
import se.styr.shared.file.BadFileException;
import se.styr.shared.ErrorCode;
import se.styr.shared.StyrException;

/**
 * Maps domain errors to RFC 9457 problem responses: not found → 404, a conflict or a decided
 * version → 409, a write without If-Match → 428, a broken rule → 422, a bad plan file → 400 with
 * each problem's line. Ordered first, so the API answers in JSON even though the pages' advice
 * (PageSupport) also matches REST controllers.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class ApiErrors {

  /** The HTTP status of a domain error, the same for the API and the pages. */
  public static HttpStatus status(ErrorCode code) {
    return switch (code) {
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
      case CONFLICT, DECIDED_VERSION_IS_READ_ONLY -> HttpStatus.CONFLICT;
      case LOCK_VERSION_REQUIRED -> HttpStatus.PRECONDITION_REQUIRED;
      case RULE_VIOLATION -> HttpStatus.UNPROCESSABLE_CONTENT;
      case BAD_FILE -> HttpStatus.BAD_REQUEST;
    };
  }

  /** A write the database itself refused (a decided version, the audit log): SQL state P0001 from its triggers. */
  public static boolean refusedByDatabase(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql && "P0001".equals(sql.getSQLState())) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  @ExceptionHandler(org.springframework.dao.DataAccessException.class)
  ProblemDetail database(org.springframework.dao.DataAccessException e) {
    if (!refusedByDatabase(e)) {
      throw e;
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
        "The database refused the change: a decided version never changes.");
    problem.setProperty("code", ErrorCode.DECIDED_VERSION_IS_READ_ONLY.name());
    return problem;
  }

  @ExceptionHandler(StyrException.class)
  ProblemDetail domain(StyrException e) {
    HttpStatus status = status(e.code());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
    problem.setProperty("code", e.code().name());
    if (e instanceof StaleTableException stale) {
      problem.setProperty("changedBy", stale.current().changedBy());
      problem.setProperty("changedAt", stale.current().changedAt());
      problem.setProperty("change", stale.current().changeSummary());
      problem.setProperty("currentLockVersion", stale.current().lockVersion());
    }
    if (e instanceof RuleViolation violation) {
      problem.setProperty("problems", violation.problems());
    }
    return problem;
  }

  @ExceptionHandler(BadFileException.class)
  ProblemDetail badFile(BadFileException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "The plan file has " + e.problems().size() + " problem(s); nothing was stored.");
    problem.setProperty("code", "BAD_FILE");
    problem.setProperty("problems", e.problems().stream()
        .map(p -> Map.of("line", p.line(), "column", p.column(), "message", p.message()))
        .toList());
    return problem;
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail invalid(IllegalArgumentException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    problem.setProperty("code", "RULE_VIOLATION");
    problem.setProperty("problems", List.of(Map.of("message", String.valueOf(e.getMessage()))));
    return problem;
  }
}
