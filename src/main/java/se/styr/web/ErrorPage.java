package se.styr.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import se.styr.security.Caller;
import se.styr.shared.Text;

/**
 * The site's error page (template error-page) with a status and what went wrong (a keyed text,
 * shown in the visitor's language), for every page advice.
 */
public final class ErrorPage {
  private ErrorPage() {}

  public static String show(
      HttpStatus status, Text message, Caller caller, Model model, HttpServletResponse response) {
    response.setStatus(status.value());
    model.addAttribute("status", status.value());
    model.addAttribute("message", message);
    model.addAttribute("caller", caller);
    return "error-page";
  }
}
