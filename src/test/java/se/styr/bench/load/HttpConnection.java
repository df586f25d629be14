package se.styr.bench.load;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * One keep-alive HTTP/1.1 connection on a plain socket. A raw socket rather than
 * java.net.http.HttpClient so that the generator holds exactly one connection per worker, costs
 * little CPU on a machine it shares with the server, and sees every reconnect the server forces.
 */
public final class HttpConnection implements AutoCloseable {
  private static final int MAX_LINE = 64 * 1024;

  /**
   * A whole response: its status, the length of its body, and whether the server closes the
   * connection.
   */
  public record Response(int status, long bodyBytes, boolean close) {}

  private final InetSocketAddress address;
  private final int timeoutMillis;
  private final byte[] scratch = new byte[16 * 1024];
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private int connects;

  public HttpConnection(String host, int port, int timeoutMillis) {
    this.address = new InetSocketAddress(host, port);
    this.timeoutMillis = timeoutMillis;
  }

  /** The bytes of a GET request for {@code uri}, with extra header lines such as "Cookie: a=b". */
  public static byte[] get(URI uri, List<String> headers) {
    return request("GET", uri, headers, null);
  }

  /**
   * The bytes of a request with {@code method} for {@code uri}, extra header lines, and a body
   * (none if null; with a body its Content-Length is added).
   */
  public static byte[] request(String method, URI uri, List<String> headers, byte[] body) {
    String target = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (uri.getRawQuery() != null) {
      target += "?" + uri.getRawQuery();
    }
    StringBuilder request =
        new StringBuilder(method)
            .append(' ')
            .append(target)
            .append(" HTTP/1.1\r\n")
            .append("Host: ")
            .append(uri.getRawAuthority())
            .append("\r\n")
            .append("User-Agent: styr-load\r\n")
            .append("Accept: */*\r\n");
    for (String header : headers) {
      request.append(header).append("\r\n");
    }
    if (body != null) {
      request.append("Content-Length: ").append(body.length).append("\r\n");
    }
    byte[] head = request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    if (body == null || body.length == 0) {
      return head;
    }
    byte[] whole = java.util.Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, whole, head.length, body.length);
    return whole;
  }

  /** Opens the socket unless it is open; a failure here is left for the first request to report. */
  public void open() throws IOException {
    if (socket == null) {
      Socket s = new Socket();
      try {
        s.setTcpNoDelay(true);
        s.connect(address, timeoutMillis);
        s.setSoTimeout(timeoutMillis);
      } catch (IOException e) {
        s.close();
        throw e;
      }
      socket = s;
      in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
      out = s.getOutputStream();
      connects++;
    }
  }

  /** Sends a request and reads its whole response; on any failure the connection is closed. */
  public Response send(byte[] request) throws IOException {
    return send(request, NO_HEADERS);
  }

  /**
   * Sends a request and reads its whole response, giving each header of the final response to
   * {@code headers} (its name in lower case, its value trimmed); on any failure the connection is
   * closed.
   */
  public Response send(byte[] request, BiConsumer<String, String> headers) throws IOException {
    open();
    try {
      out.write(request);
      out.flush();
      Response response = read(in, scratch, headers);
      if (response.close()) {
        close();
      }
      return response;
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  /** How many times this connection was opened: more than once when the server closed it. */
  public int connects() {
    return connects;
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // Closing is all that was wanted.
      }
      socket = null;
    }
  }

  /**
   * Reads one response (skipping interim 1xx ones) and its body by Content-Length, chunks or until
   * the end.
   */
  public static Response read(InputStream in, byte[] scratch) throws IOException {
    return read(in, scratch, NO_HEADERS);
  }

  private static final BiConsumer<String, String> NO_HEADERS = (name, value) -> {};

  /**
   * Reads one response as {@link #read(InputStream, byte[])} does, giving the final response's
   * headers to {@code headers} (name in lower case, value trimmed).
   */
  public static Response read(InputStream in, byte[] scratch, BiConsumer<String, String> headers)
      throws IOException {
    while (true) {
      String statusLine = line(in);
      if (statusLine == null) {
        throw new EOFException("connection closed before a response");
      }
      if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
        throw new IOException("not an HTTP/1.x status line: " + statusLine);
      }
      int status = Integer.parseInt(statusLine.substring(9, 12));
      boolean close = statusLine.startsWith("HTTP/1.0");
      long length = -1;
      boolean chunked = false;
      for (String header = line(in); ; header = line(in)) {
        if (header == null) {
          throw new EOFException("connection closed in the headers");
        }
        if (header.isEmpty()) {
          break;
        }
        int colon = header.indexOf(':');
        if (colon <= 0) {
          throw new IOException("malformed header: " + header);
        }
        String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String raw = header.substring(colon + 1).trim();
        String value = raw.toLowerCase(Locale.ROOT);
        if (status >= 200) {
          headers.accept(name, raw);
        }
        if (name.equals("content-length")) {
          length = Long.parseLong(value);
        } else if (name.equals("transfer-encoding")) {
          chunked = value.endsWith("chunked");
        } else if (name.equals("connection")) {
          close = value.contains("close") || (close && !value.contains("keep-alive"));
        }
      }
      if (status >= 100 && status < 200) {
        continue;
      }
      long body;
      if (status == 204 || status == 304) {
        body = 0;
      } else if (chunked) {
        body = chunks(in, scratch);
      } else if (length >= 0) {
        body = skip(in, length, scratch);
      } else {
        body = skipToEnd(in, scratch);
        close = true;
      }
      return new Response(status, body, close);
    }
  }

  private static long chunks(InputStream in, byte[] scratch) throws IOException {
    long total = 0;
    while (true) {
      String sizeLine = line(in);
      if (sizeLine == null) {
        throw new EOFException("connection closed before a chunk");
      }
      int extension = sizeLine.indexOf(';');
      long size =
          Long.parseLong((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim(), 16);
      if (size == 0) {
        // Trailer fields, if any, up to the empty line.
        for (String trailer = line(in); trailer == null || !trailer.isEmpty(); trailer = line(in)) {
          if (trailer == null) {
            throw new EOFException("connection closed in the trailer");
          }
        }
        return total;
      }
      total += skip(in, size, scratch);
      String end = line(in);
      if (end == null || !end.isEmpty()) {
        throw new IOException("chunk not followed by CRLF");
      }
    }
  }

  private static long skip(InputStream in, long length, byte[] scratch) throws IOException {
    long left = length;
    while (left > 0) {
      int n = in.read(scratch, 0, (int) Math.min(scratch.length, left));
      if (n < 0) {
        throw new EOFException("connection closed " + left + " bytes before the end of the body");
      }
      left -= n;
    }
    return length;
  }

  private static long skipToEnd(InputStream in, byte[] scratch) throws IOException {
    long total = 0;
    for (int n = in.read(scratch); n >= 0; n = in.read(scratch)) {
      total += n;
    }
    return total;
  }

  /** One line without its CRLF (or bare LF); null if the stream ends before its first byte. */
  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        if (line.length() == 0) {
          return null;
        }
        throw new EOFException("connection closed within a line");
      }
      if (line.length() >= MAX_LINE) {
        throw new IOException("line longer than " + MAX_LINE + " bytes");
      }
      line.append((char) b);
    }
    int end = line.length();
    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
  }
}
