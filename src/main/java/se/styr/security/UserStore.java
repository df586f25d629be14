package se.styr.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import se.styr.shared.ErrorCode;
import se.styr.shared.StyrException;
import se.styr.shared.Text;

/** Users and their grants in the database. */
@Component
public class UserStore {
  private final JdbcClient jdbc;

  public UserStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A stored user; {@code passwordHash} is null for one who signs in through OIDC only. */
  public record StoredUser(
      long id,
      String username,
      String displayName,
      String passwordHash,
      boolean enabled,
      boolean mustChangePassword,
      String createdBy,
      String passwordResetBy,
      Instant passwordResetAt,
      Instant lockedUntil) {

    /** A user as before, without creator or reset (for tests and callers that need neither). */
    public StoredUser(
        long id,
        String username,
        String displayName,
        String passwordHash,
        boolean enabled,
        boolean mustChangePassword) {
      this(
          id,
          username,
          displayName,
          passwordHash,
          enabled,
          mustChangePassword,
          null,
          null,
          null,
          null);
    }

    /** Whether too many wrong passwords have locked the account at {@code now}. */
    public boolean lockedAt(Instant now) {
      return lockedUntil != null && now.isBefore(lockedUntil);
    }
  }

  /** A grant as stored, with its id for revoking it. */
  public record StoredGrant(long id, Grant grant) {}

  /**
   * Whether {@code name} is acceptable as a new user's name: 1–100 Latin letters, digits or . _ @ -
   * in its compatibility form ({@link Usernames}).
   */
  public static boolean isUsername(String name) {
    return Usernames.acceptable(name);
  }

  public boolean isEmpty() {
    return jdbc.sql("select count(*) from app_user").query(Integer.class).single() == 0;
  }

  /**
   * The user of this name, whatever its case or compatibility form ("ANNA" finds "anna"); where two
   * such users are stored from before names were compared so, the one of exactly this name.
   */
  public Optional<StoredUser> byUsername(String username) {
    if (username == null) {
      return Optional.empty();
    }
    return jdbc
        .sql(
            "select * from app_user where username_key = ? or username = ? order by case when"
                + " username = ? then 0 else 1 end, id")
        .params(Usernames.key(username), username, username)
        .query(UserStore::user)
        .list()
        .stream()
        .findFirst();
  }

  public Optional<StoredUser> byId(long id) {
    return jdbc.sql("select * from app_user where id = ?")
        .param(id)
        .query(UserStore::user)
        .optional();
  }

  public List<StoredUser> all() {
    return jdbc.sql("select * from app_user order by username").query(UserStore::user).list();
  }

  /** Adds a user; the username must be new and plain (letters, digits, . _ @ -). */
  public long create(
      String username, String displayName, String passwordHash, boolean mustChangePassword) {
    return create(username, displayName, passwordHash, mustChangePassword, null);
  }

  /**
   * Adds a user created by an administrator ({@code createdBy}, their username; null for the
   * installation itself or an OIDC provider).
   */
  public long create(
      String username,
      String displayName,
      String passwordHash,
      boolean mustChangePassword,
      String createdBy) {
    username = Usernames.normalised(username);
    if (!isUsername(username)) {
      throw StyrException.rule(Text.of("security.error.username"));
    }
    if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
      throw StyrException.rule(Text.of("security.error.displayName"));
    }
    if (byUsername(username).isPresent()) {
      throw new StyrException(
          ErrorCode.CONFLICT,
          Text.of("security.error.usernameTaken", username),
          Map.of("user", username));
    }
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into app_user (username, username_key, display_name, password_hash, enabled,"
                + " created_at, must_change_password, created_by) values (?, ?, ?, ?, true, ?, ?,"
                + " ?)")
        .params(
            username,
            Usernames.key(username),
            displayName.strip(),
            passwordHash,
            Timestamp.from(Instant.now()),
            mustChangePassword,
            createdBy)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public void setPassword(long userId, String passwordHash, boolean mustChange) {
    jdbc.sql("update app_user set password_hash = ?, must_change_password = ? where id = ?")
        .params(passwordHash, mustChange, userId)
        .update();
  }

  /**
   * An administrator's reset: a one-time password that must be changed at the next sign-in, and who
   * reset it when, for the user to see.
   */
  public void resetPassword(long userId, String passwordHash, String by, Instant at) {
    jdbc.sql(
            "update app_user set password_hash = ?, must_change_password = true,"
                + " password_reset_by = ?, password_reset_at = ? where id = ?")
        .params(passwordHash, by, Timestamp.from(at), userId)
        .update();
  }

  /** Locks the account of {@code username}, if there is one, until {@code until}. */
  public boolean lock(String username, Instant until) {
    return jdbc.sql("update app_user set locked_until = ? where username = ?")
            .params(Timestamp.from(until), username)
            .update()
        > 0;
  }

  /** Lifts an account's lock. */
  public void unlock(long userId) {
    jdbc.sql("update app_user set locked_until = null where id = ?").param(userId).update();
  }

  public void setEnabled(long userId, boolean enabled) {
    jdbc.sql("update app_user set enabled = ? where id = ?").params(enabled, userId).update();
  }

  public List<Grant> grants(long userId) {
    return storedGrants(userId).stream().map(StoredGrant::grant).toList();
  }

  public List<StoredGrant> storedGrants(long userId) {
    return jdbc.sql("select * from role_grant where user_id = ? order by id")
        .param(userId)
        .query(
            (rs, n) ->
                new StoredGrant(
                    rs.getLong("id"),
                    new Grant(
                        Role.valueOf(rs.getString("role")),
                        trimmed(rs.getString("municipality_code")),
                        rs.getObject("committee_id", Long.class),
                        rs.getString("area_key"),
                        rs.getString("goal_key"))))
        .list();
  }

  public long grant(long userId, Grant grant) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into role_grant (user_id, role, municipality_code, committee_id, area_key,"
                + " goal_key) values (?, ?, ?, ?, ?, ?)")
        .params(
            userId,
            grant.role().name(),
            grant.municipalityCode(),
            grant.committeeId(),
            grant.areaKey(),
            grant.goalKey())
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public Optional<StoredGrant> grantById(long grantId) {
    return jdbc.sql("select user_id from role_grant where id = ?")
        .param(grantId)
        .query(Long.class)
        .optional()
        .flatMap(user -> storedGrants(user).stream().filter(g -> g.id() == grantId).findFirst());
  }

  public void revoke(long grantId) {
    jdbc.sql("delete from role_grant where id = ?").param(grantId).update();
  }

  private static String trimmed(String code) {
    return code == null ? null : code.strip();
  }

  private static StoredUser user(ResultSet rs, int n) throws SQLException {
    return new StoredUser(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("password_hash"),
        rs.getBoolean("enabled"),
        rs.getBoolean("must_change_password"),
        rs.getString("created_by"),
        rs.getString("password_reset_by"),
        instant(rs.getTimestamp("password_reset_at")),
        instant(rs.getTimestamp("locked_until")));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
