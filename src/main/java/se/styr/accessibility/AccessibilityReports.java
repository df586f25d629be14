package se.styr.accessibility;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reports of accessibility problems, as sent through the accessibility statement's form. */
@Component
class AccessibilityReports {
  static final int MAX_NAME = 200;
  static final int MAX_EMAIL = 320;
  static final int MAX_PAGE = 2000;
  static final int MAX_DESCRIPTION = 10_000;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));
  private final JdbcClient jdbc;

  AccessibilityReports(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A stored report; name, e-mail and page may be null. */
  record Report(
      long id, Instant receivedAt, String name, String email, String page, String description) {
    /** When it arrived, in Swedish time. */
    public String received() {
      return TIME.format(receivedAt);
    }
  }

  void add(String name, String email, String page, String description) {
    jdbc.sql(
            """
            insert into accessibility_report (received_at, reporter_name, reporter_email, page_address, description)
            values (?, ?, ?, ?, ?)\
            """)
        .params(Timestamp.from(Instant.now()), name, email, page, description)
        .update();
  }

  List<Report> latest(int limit) {
    return jdbc.sql("select * from accessibility_report order by id desc fetch first ? rows only")
        .param(limit)
        .query(
            (rs, n) ->
                new Report(
                    rs.getLong("id"),
                    rs.getTimestamp("received_at").toInstant(),
                    rs.getString("reporter_name"),
                    rs.getString("reporter_email"),
                    rs.getString("page_address"),
                    rs.getString("description")))
        .list();
  }
}
