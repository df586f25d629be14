package se.styr.plan.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import se.styr.security.CurrentCaller;

/**
 * A file larger than spring.servlet.multipart.max-file-size is refused before any controller runs,
 * so this advice has no selector (one with a selector does not apply without a handler); the only
 * upload is the plan file, so the answer is the import page saying how large a file may be.
 */
@ControllerAdvice
class UploadLimit {
  private final CurrentCaller callers;
  private final DataSize limit;

  UploadLimit(CurrentCaller callers, @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize limit) {
    this.callers = callers;
    this.limit = limit;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  String tooLarge(Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
    model.addAttribute("caller", callers.get());
    model.addAttribute("refusal", new TransferPages.Refusal("versions.import.error.tooLarge",
        List.of(String.valueOf(limit.toMegabytes()))));
    return "versions/import";
  }
}
