package se.styr.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The sessions kept in the database (Spring Session JDBC), written only when something in them
 * changed. Spring Session notes every request's time in its session row, so every signed-in page
 * read wrote a row (a transaction, and its WAL shipped to the replica). Here the time of last
 * access is written when it is at least {@link #touchEvery} after the stored one; a session's
 * attributes, id, or lifetime changed are written at once, as before. A session therefore expires
 * at most that long before its last request plus its lifetime (at most a minute of the default 30).
 *
 * <p>Spring Session's filter also reads a session back right after writing it, to compare its id
 * with the one asked for. Within one request ({@link #within}, run by {@link OneRequest} around
 * Spring Session's filter) a session this request wrote is found as written, not read again.
 */
public final class SparingSessions
    implements FindByIndexNameSessionRepository<SparingSessions.Kept> {
  private static final Duration AT_MOST = Duration.ofMinutes(1);

  /** The sessions the current request wrote, by id; none outside a request. */
  private static final ThreadLocal<Map<String, Kept>> WRITTEN = new ThreadLocal<>();

  private final JdbcIndexedSessionRepository jdbc;
  private final FindByIndexNameSessionRepository<Session> stored;

  @SuppressWarnings("unchecked")
  public SparingSessions(JdbcIndexedSessionRepository jdbc) {
    this.jdbc = jdbc;
    // its sessions are of a type of its own, not public: used here as sessions
    this.stored = (FindByIndexNameSessionRepository<Session>) (Object) jdbc;
  }

  /**
   * How long after the stored time of last access a request's time is written: a minute, or a tenth
   * of the session's lifetime when that is shorter.
   */
  static Duration touchEvery(Duration lifetime) {
    if (lifetime.isNegative() || lifetime.isZero()) {
      return Duration.ZERO;
    }
    Duration tenth = lifetime.dividedBy(10);
    return tenth.compareTo(AT_MOST) < 0 ? tenth : AT_MOST;
  }

  /** Removes every expired session from the database. */
  public void removeExpired() {
    jdbc.cleanUpExpiredSessions();
  }

  @Override
  public Kept createSession() {
    return new Kept(stored.createSession(), true);
  }

  @Override
  public void save(Kept session) {
    if (session.mustBeWritten()) {
      session.noteAccess();
      stored.save(session.stored);
      session.written();
    }
    Map<String, Kept> written = WRITTEN.get();
    if (written != null) {
      written.put(session.getId(), session);
    }
  }

  /** A request's work, which may throw what a filter chain throws. */
  public interface Request {
    void run() throws java.io.IOException, jakarta.servlet.ServletException;
  }

  /** Runs one request's {@code work}, in which a session written is found again as written. */
  public static void within(Request work)
      throws java.io.IOException, jakarta.servlet.ServletException {
    Map<String, Kept> outer = WRITTEN.get();
    WRITTEN.set(new java.util.HashMap<>());
    try {
      work.run();
    } finally {
      if (outer == null) {
        WRITTEN.remove();
      } else {
        WRITTEN.set(outer);
      }
    }
  }

  @Override
  public Kept findById(String id) {
    Map<String, Kept> written = WRITTEN.get();
    Kept own = written == null ? null : written.get(id);
    if (own != null) {
      return own;
    }
    Session found = stored.findById(id);
    return found == null ? null : new Kept(found, false);
  }

  @Override
  public void deleteById(String id) {
    Map<String, Kept> written = WRITTEN.get();
    if (written != null) {
      written.remove(id);
    }
    stored.deleteById(id);
  }

  @Override
  public Map<String, Kept> findByIndexNameAndIndexValue(String indexName, String indexValue) {
    Map<String, Kept> found = new LinkedHashMap<>();
    stored
        .findByIndexNameAndIndexValue(indexName, indexValue)
        .forEach((id, session) -> found.put(id, new Kept(session, false)));
    return found;
  }

  /** A session as stored, and whether this request changed anything that must be written. */
  public static final class Kept implements Session {
    private final Session stored;
    private boolean changed;
    private Instant accessed;

    Kept(Session stored, boolean isNew) {
      this.stored = stored;
      this.changed = isNew;
    }

    boolean mustBeWritten() {
      return changed;
    }

    /** The request's time, kept here, goes along when something else is written anyway. */
    void noteAccess() {
      if (accessed != null) {
        stored.setLastAccessedTime(accessed);
      }
    }

    void written() {
      changed = false;
      accessed = null;
    }

    @Override
    public String getId() {
      return stored.getId();
    }

    @Override
    public String changeSessionId() {
      changed = true;
      return stored.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String name) {
      return stored.getAttribute(name);
    }

    @Override
    public Set<String> getAttributeNames() {
      return stored.getAttributeNames();
    }

    @Override
    public void setAttribute(String name, Object value) {
      if (value == null && stored.getAttribute(name) == null) {
        return;
      }
      changed = true;
      stored.setAttribute(name, value);
    }

    @Override
    public void removeAttribute(String name) {
      setAttribute(name, null);
    }

    @Override
    public Instant getCreationTime() {
      return stored.getCreationTime();
    }

    /**
     * Noted in the stored session (and so written) only when it is {@link #touchEvery} or more
     * after the time stored; otherwise kept here.
     */
    @Override
    public void setLastAccessedTime(Instant time) {
      Instant before = stored.getLastAccessedTime();
      if (changed || !time.isBefore(before.plus(touchEvery(stored.getMaxInactiveInterval())))) {
        stored.setLastAccessedTime(time);
        changed = true;
        accessed = null;
      } else {
        accessed = time;
      }
    }

    @Override
    public Instant getLastAccessedTime() {
      return accessed != null ? accessed : stored.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
      changed = true;
      stored.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
      return stored.getMaxInactiveInterval();
    }

    /** Expired by the time stored (the database removes it by that time too). */
    @Override
    public boolean isExpired() {
      return stored.isExpired();
    }
  }
}
