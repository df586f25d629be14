package se.styr.accessibility;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import se.styr.security.CurrentCaller;
import se.styr.shared.ErrorCode;
import se.styr.shared.RateLimit;
import se.styr.shared.StyrException;
import se.styr.shared.Text;

/**
 * The accessibility statement (tillgänglighetsredogörelse) in the structure DIGG prescribes, with
 * the form for reporting a problem; installation administrators read the reports. The statement's
 * texts are in the message bundle; its dates are here, to be moved forward at each new assessment.
 */
@Controller
class AccessibilityStatement {
  /** When the site's accessibility was last assessed, and when this statement was last updated. */
  static final LocalDate ASSESSED = LocalDate.of(2026, 11, 23);

  static final LocalDate UPDATED = LocalDate.of(2026, 11, 23);
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private final AccessibilityReports reports;
  private final CurrentCaller callers;
  private final String organisation;
  private final RateLimit limit;

  /**
   * Anyone may report, without signing in; at most {@code perAddress} reports per client address
   * and {@code inAll} in all are stored in ten minutes, so that one client cannot fill the
   * database.
   */
  AccessibilityStatement(
      AccessibilityReports reports,
      CurrentCaller callers,
      @Value("${styr.accessibility.organisation:}") String organisation,
      @Value("${styr.limits.accessibility-reports.per-address:5}") int perAddress,
      @Value("${styr.limits.accessibility-reports.in-all:60}") int inAll) {
    this.reports = reports;
    this.callers = callers;
    this.organisation = organisation.strip();
    this.limit =
        new RateLimit(perAddress, inAll, Duration.ofMinutes(10), 10_000, Clock.systemUTC());
  }

  /** What the reporting form holds; only the description is required. */
  record ReportForm(String name, String email, String page, String description) {}

  @GetMapping("/tillganglighet")
  String statement(
      @RequestParam(name = "tack", required = false) String thanks,
      @RequestHeader(name = "Referer", required = false) String referer,
      HttpServletRequest request,
      Model model) {
    model.addAttribute("thanks", thanks != null);
    return page(new ReportForm("", "", ownPage(referer, request), ""), Map.of(), model);
  }

  @PostMapping("/tillganglighet/rapport")
  String report(
      ReportForm form, Model model, HttpServletRequest request, HttpServletResponse response) {
    ReportForm report =
        new ReportForm(
            clean(form.name()), clean(form.email()), clean(form.page()), clean(form.description()));
    Map<String, String> errors = problems(report);
    if (!errors.isEmpty()) {
      response.setStatus(422);
      model.addAttribute("thanks", false);
      return page(form, errors, model);
    }
    Optional<Duration> wait = limit.take(request.getRemoteAddr());
    if (wait.isPresent()) {
      response.setStatus(429);
      response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.get().toSeconds())));
      model.addAttribute("thanks", false);
      return page(form, Map.of("description", "a11y.error.tooMany"), model);
    }
    reports.add(report.name(), report.email(), report.page(), report.description());
    return "redirect:/tillganglighet?tack#rapport";
  }

  @GetMapping("/admin/accessibility-reports")
  String reports(Model model) {
    if (!callers.get().isAdministrator()) {
      throw new StyrException(ErrorCode.FORBIDDEN, Text.of("a11y.error.forbidden"));
    }
    model.addAttribute("reports", reports.latest(500));
    return "admin/accessibility-reports";
  }

  private String page(ReportForm form, Map<String, String> errors, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("organisation", organisation.isEmpty() ? null : organisation);
    model.addAttribute("assessed", ASSESSED);
    model.addAttribute("updated", UPDATED);
    return "accessibility/statement";
  }

  /** The field each problem belongs to, with the message key that explains it. */
  static Map<String, String> problems(ReportForm form) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (form.name() != null && form.name().length() > AccessibilityReports.MAX_NAME) {
      errors.put("name", "a11y.error.name");
    }
    if (form.email() != null
        && (form.email().length() > AccessibilityReports.MAX_EMAIL
            || !EMAIL.matcher(form.email()).matches())) {
      errors.put("email", "a11y.error.email");
    }
    if (form.page() != null && form.page().length() > AccessibilityReports.MAX_PAGE) {
      errors.put("page", "a11y.error.page");
    }
    if (form.description() == null) {
      errors.put("description", "a11y.error.descriptionRequired");
    } else if (form.description().length() > AccessibilityReports.MAX_DESCRIPTION) {
      errors.put("description", "a11y.error.descriptionTooLong");
    }
    return errors;
  }

  private static String clean(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The page the reader came from on this site, to fill in the form; empty for any other. */
  private static String ownPage(String referer, HttpServletRequest request) {
    if (referer == null) {
      return "";
    }
    try {
      URI uri = new URI(referer);
      if (!request.getServerName().equalsIgnoreCase(uri.getHost())
          || uri.getRawPath() == null
          || uri.getRawPath().startsWith(request.getContextPath() + "/tillganglighet")) {
        return "";
      }
      return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    } catch (URISyntaxException e) {
      return "";
    }
  }
}
