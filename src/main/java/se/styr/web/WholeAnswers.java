package se.styr.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A read's answer is sent when it is complete, not in pieces while a page is still being rendered
 * (the servlet container's buffer is 8 KB; pages are larger): a node that dies while it renders a
 * page has sent nothing, so a load balancer may send the read to another node, which it cannot do
 * once an answer has begun. A flush asked for on the way (the view flushes its writer when it is
 * done) is left to the container, which sends the whole answer, with its length, when the request
 * ends: flushed, its status line would go first and the rest after, and a node killed between them
 * cut a read that the balancer could no longer send elsewhere (issue 18's load run (c)). Answers
 * larger than the buffer (documents, downloads) are still sent in pieces.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class WholeAnswers extends OncePerRequestFilter {
  /** Larger than any page; a download beyond it goes out in pieces as before. */
  static final int BUFFER = 512 * 1024;

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String method = request.getMethod();
    if ("GET".equals(method) || "HEAD".equals(method)) {
      response.setBufferSize(BUFFER);
      chain.doFilter(request, new NoFlushes(response));
      return;
    }
    chain.doFilter(request, response);
  }

  /** The response with every flush before the end left to the container. */
  private static final class NoFlushes extends HttpServletResponseWrapper {
    private PrintWriter writer;
    private ServletOutputStream stream;

    NoFlushes(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void flushBuffer() {
      // sent whole when the request ends, or in pieces once the buffer is full
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (writer == null) {
        writer =
            new PrintWriter(super.getWriter(), false) {
              @Override
              public void flush() {
                // as flushBuffer
              }
            };
      }
      return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (stream == null) {
        ServletOutputStream out = super.getOutputStream();
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) throws IOException {
                out.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
              }

              @Override
              public void flush() {
                // as flushBuffer
              }

              @Override
              public void close() throws IOException {
                out.close();
              }

              @Override
              public boolean isReady() {
                return out.isReady();
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                out.setWriteListener(listener);
              }
            };
      }
      return stream;
    }
  }
}
