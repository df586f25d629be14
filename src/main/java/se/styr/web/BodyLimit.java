package se.styr.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import se.styr.shared.ErrorCode;
import se.styr.shared.StyrException;
import se.styr.shared.Text;

/**
 * A limit on every request's body: a plan file's upload ({@code POST /api/plans}, {@code POST
 * /import}) may be as large as the largest plan file Styr reads, anything else far less. A body
 * that says it is larger is refused at its first byte read, one that grows larger (sent in chunks)
 * when it passes the limit; either way with a {@link ErrorCode#TOO_LARGE} error (413), which the
 * API and the pages answer as they answer any other. Runs after sign-in, so that a body is never
 * read for a caller who may not send it.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class BodyLimit extends OncePerRequestFilter {
  private final long planFileBytes;
  private final long otherBytes;
  private final long ledgerBytes;

  BodyLimit(
      @Value("${styr.limits.plan-file-bytes:11534336}") long planFileBytes,
      @Value("${styr.limits.request-bytes:2097152}") long otherBytes,
      @Value("${styr.limits.ledger-bytes:2147483648}") long ledgerBytes) {
    this.planFileBytes = planFileBytes;
    this.otherBytes = otherBytes;
    this.ledgerBytes = ledgerBytes;
  }

  /**
   * The most bytes a request to this address may send: a ledger (a SIE file, read as a stream in
   * constant memory) may be a year's transactions of a whole municipality.
   */
  long limit(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean post = "POST".equals(request.getMethod());
    if (post && path.startsWith("/") && path.endsWith("/ledger")) {
      return ledgerBytes;
    }
    boolean planFile = post && (path.equals("/api/plans") || path.equals("/import"));
    return planFile ? planFileBytes : otherBytes;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(new Limited(request, limit(request)), response);
  }

  static StyrException tooLarge(long limit) {
    return new StyrException(
        ErrorCode.TOO_LARGE,
        Text.of("error.bodyTooLarge", limit / (1024 * 1024) + " MB"),
        Map.of("limitBytes", limit));
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counted(super.getInputStream(), getContentLengthLong(), limit);
      }
      return stream;
    }
  }

  /** The body, refused at its first read when it says it is too large, else once it grows so. */
  private static final class Counted extends ServletInputStream {
    private final ServletInputStream body;
    private final long declared;
    private final long limit;
    private long read;

    Counted(ServletInputStream body, long declared, long limit) {
      this.body = body;
      this.declared = declared;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      before();
      int b = body.read();
      if (b >= 0) {
        after(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      before();
      int n = body.read(buffer, offset, length);
      if (n > 0) {
        after(n);
      }
      return n;
    }

    private void before() {
      if (declared > limit) {
        throw tooLarge(limit);
      }
    }

    private void after(long n) {
      read += n;
      if (read > limit) {
        throw tooLarge(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return body.isFinished();
    }

    @Override
    public boolean isReady() {
      return body.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      body.setReadListener(listener);
    }
  }
}
