package se.styr.shared.file;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that gives at most so many characters, comments and blank lines included, then throws
 * {@link TooLong}: a file reader stops there instead of working through whatever it was sent.
 */
public final class LimitedReader extends FilterReader {
  private final long most;
  private long read;

  /** More characters than the limit allows. */
  public static final class TooLong extends IOException {
    private final long most;

    TooLong(long most) {
      super("more than " + most + " characters");
      this.most = most;
    }

    public long most() {
      return most;
    }
  }

  public LimitedReader(Reader reader, long most) {
    super(reader);
    this.most = most;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      count(1);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  private void count(long n) throws TooLong {
    read += n;
    if (read > most) {
      throw new TooLong(most);
    }
  }
}
