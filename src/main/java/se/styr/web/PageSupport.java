package se.styr.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.styr.security.Caller;
import se.styr.security.CurrentCaller;
import se.styr.shared.StyrException;
import se.styr.shared.Text;

/**
 * What every page shares: the caller (for the header and for showing only the controls they may
 * use) and the error page, in the same status codes as the API.
 */
@ControllerAdvice(annotations = Controller.class)
class PageSupport {
  private final CurrentCaller callers;

  PageSupport(CurrentCaller callers) {
    this.callers = callers;
  }

  @ModelAttribute("caller")
  Caller caller() {
    return callers.get();
  }

  @ExceptionHandler(StyrException.class)
  String domain(StyrException e, Model model, HttpServletResponse response) {
    Object retryAfter = e.details().get(ErrorStatus.RETRY_AFTER);
    if (retryAfter != null) {
      response.setHeader("Retry-After", retryAfter.toString());
    }
    return error(ErrorStatus.of(e.code()), e.text(), model, response);
  }

  @ExceptionHandler(DataAccessException.class)
  String database(DataAccessException e, Model model, HttpServletResponse response) {
    if (ErrorStatus.databaseUnavailable(e)) {
      return domain(ErrorStatus.databaseBusy(), model, response);
    }
    if (!ErrorStatus.refusedByDatabase(e)) {
      throw e;
    }
    return error(HttpStatus.CONFLICT, Text.of("error.decidedNeverChanges"), model, response);
  }

  private String error(HttpStatus status, Text message, Model model, HttpServletResponse response) {
    return ErrorPage.show(status, message, callers.get(), model, response);
  }
}
