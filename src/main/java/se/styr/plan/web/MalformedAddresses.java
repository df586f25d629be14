package se.styr.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import se.styr.security.CurrentCaller;
import se.styr.shared.Text;
import se.styr.web.ErrorPage;

/**
 * A plan page's address with a malformed part (a version number that is not a number) gets the
 * site's error page, not the API's problem JSON: ordered before Spring's problem-details handler,
 * and only for the page controllers of this package.
 */
@ControllerAdvice(basePackageClasses = MalformedAddresses.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MalformedAddresses {
  private final CurrentCaller callers;

  MalformedAddresses(CurrentCaller callers) {
    this.callers = callers;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  String malformed(
      MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
    return ErrorPage.show(
        HttpStatus.BAD_REQUEST,
        Text.of("error.malformed", e.getName()),
        callers.get(),
        model,
        response);
  }
}
