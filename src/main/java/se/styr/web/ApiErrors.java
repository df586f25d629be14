package se.styr.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.styr.budget.StaleTableException;
import se.styr.plan.RuleViolation;
import se.styr.plan.file.PlanFileException;
import se.styr.shared.StyrException;

/**
 * Maps domain errors to RFC 9457 problem responses: not found → 404, a conflict or a decided
 * version → 409, a write without If-Match → 428, a broken rule → 422, a bad plan file → 400 with
 * each problem's line.
 */
@RestControllerAdvice
public class ApiErrors {

  @ExceptionHandler(StyrException.class)
  ProblemDetail domain(StyrException e) {
    HttpStatus status = switch (e.code()) {
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case CONFLICT, DECIDED_VERSION_IS_READ_ONLY -> HttpStatus.CONFLICT;
      case LOCK_VERSION_REQUIRED -> HttpStatus.PRECONDITION_REQUIRED;
      case RULE_VIOLATION -> HttpStatus.UNPROCESSABLE_CONTENT;
      case BAD_FILE -> HttpStatus.BAD_REQUEST;
    };
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

  @ExceptionHandler(PlanFileException.class)
  ProblemDetail badFile(PlanFileException e) {
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
