package se.styr.installation;

import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.styr.followup.report.FollowUpReportFile;
import se.styr.followup.report.FollowUpStore;
import se.styr.followup.report.PlanReference;
import se.styr.plan.PlanFileWriter;
import se.styr.plan.PlanStore;

/**
 * The installation's content in Styr's own file formats, beside its rows: every plan version as its
 * plan file, every follow-up occasion as its follow-up file, every ledger mapping version and every
 * plan template as the YAML they are kept as. Read through the application's stores, so inside a
 * transaction they see what it holds.
 */
@Component
class Views {
  static final String PLANS = "plans";
  static final String FOLLOW_UPS = "follow-ups";
  static final String LEDGER_MAPPINGS = "ledger-mappings";
  static final String TEMPLATES = "templates";

  private final JdbcClient jdbc;
  private final PlanStore plans;
  private final FollowUpStore followUps;

  Views(JdbcClient jdbc, PlanStore plans, FollowUpStore followUps) {
    this.jdbc = jdbc;
    this.plans = plans;
    this.followUps = followUps;
  }

  /** Receives each file: its path in the export and its text. */
  interface Sink {
    void file(String kind, String path, String text);
  }

  void write(Sink sink) {
    Set<String> paths = new HashSet<>();
    Sink once =
        (kind, path, text) -> {
          if (!paths.add(path)) {
            throw new IllegalStateException("two files would be written to " + path);
          }
          sink.file(kind, path, text);
        };
    planFiles(once);
    followUpFiles(once);
    ledgerMappings(once);
    templates(once);
  }

  private void planFiles(Sink sink) {
    record Version(long id, String code, String committee, int year, int number) {}
    jdbc.sql(
            "select v.id, c.municipality_code, c.committee_key, p.budget_year, v.version_number"
                + " from plan_version v join plan p on p.id = v.plan_id"
                + " join committee c on c.id = p.committee_id order by v.id")
        .query(
            (rs, n) ->
                new Version(
                    rs.getLong(1),
                    rs.getString(2).trim(),
                    rs.getString(3),
                    rs.getInt(4),
                    rs.getInt(5)))
        .list()
        .forEach(
            v ->
                sink.file(
                    PLANS,
                    folder(PLANS, v.code(), v.committee(), v.year())
                        + "/version-"
                        + v.number()
                        + ".yaml",
                    PlanFileWriter.write(plans.stored(v.id()))));
  }

  private void followUpFiles(Sink sink) {
    record Occasion(
        long id, String key, int report, String code, String committee, int year, int number) {}
    jdbc.sql(
            "select o.id, o.occasion_key, o.report_version, c.municipality_code, c.committee_key,"
                + " p.budget_year, v.version_number from follow_up_occasion o"
                + " join plan_version v on v.id = o.plan_version_id join plan p on p.id = v.plan_id"
                + " join committee c on c.id = p.committee_id order by o.id")
        .query(
            (rs, n) ->
                new Occasion(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getString(4).trim(),
                    rs.getString(5),
                    rs.getInt(6),
                    rs.getInt(7)))
        .list()
        .forEach(
            o ->
                sink.file(
                    FOLLOW_UPS,
                    folder(FOLLOW_UPS, o.code(), o.committee(), o.year())
                        + "/version-"
                        + o.number()
                        + "/"
                        + segment(o.key())
                        + "-"
                        + o.report()
                        + ".yaml",
                    FollowUpReportFile.write(
                        followUps.load(
                            o.id(),
                            new PlanReference(o.code(), o.committee(), o.year(), o.number())))));
  }

  private void ledgerMappings(Sink sink) {
    jdbc.sql(
            "select c.municipality_code, c.committee_key, p.budget_year, m.version, m.mapping"
                + " from ledger_mapping m join plan p on p.id = m.plan_id"
                + " join committee c on c.id = p.committee_id order by m.plan_id, m.version")
        .query(
            (rs, n) -> {
              sink.file(
                  LEDGER_MAPPINGS,
                  folder(LEDGER_MAPPINGS, rs.getString(1).trim(), rs.getString(2), rs.getInt(3))
                      + "/mapping-"
                      + rs.getInt(4)
                      + ".yaml",
                  rs.getString(5));
              return n;
            })
        .list();
  }

  private void templates(Sink sink) {
    jdbc.sql("select municipality_code, document from plan_template order by municipality_code")
        .query(
            (rs, n) -> {
              sink.file(
                  TEMPLATES,
                  TEMPLATES + "/" + segment(rs.getString(1).trim()) + ".yaml",
                  rs.getString(2));
              return n;
            })
        .list();
  }

  private static String folder(String kind, String code, String committee, int year) {
    return kind + "/" + segment(code) + "/" + segment(committee) + "/" + year;
  }

  /** A key as a folder or file name: only letters, digits, - and _ (anything else becomes _). */
  static String segment(String key) {
    String safe = key.replaceAll("[^A-Za-z0-9_-]", "_");
    return safe.isEmpty() ? "_" : safe;
  }
}
