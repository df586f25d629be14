package se.styr.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import se.styr.security.AuditLog;
import se.styr.security.Caller;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.version.VersionSummary;
import se.styr.version.Versions;

/**
 * The municipalities' templates for new plans ({@link PlanTemplate}): one per municipality, made
 * from one of its plans by whoever manages the whole municipality, kept as a plan file's text and
 * read by the plan file's reader when a plan is started from it. Saving is audited.
 */
@Component
public class PlanTemplates {
  /** The change log's word for a template saved. */
  public static final String SAVED = "TEMPLATE_SAVED";

  private final JdbcClient jdbc;
  private final PlanStore plans;
  private final Versions versions;
  private final AuditLog audit;
  private final TransactionOperations transactions;

  public PlanTemplates(
      JdbcClient jdbc,
      PlanStore plans,
      Versions versions,
      AuditLog audit,
      TransactionOperations transactions) {
    this.jdbc = jdbc;
    this.plans = plans;
    this.versions = versions;
    this.audit = audit;
    this.transactions = transactions;
  }

  /** A municipality's template as kept: the plan it holds, what it was made from, by whom, when. */
  public record Stored(PlanDocument template, String madeFrom, String savedBy, Instant savedAt) {}

  /** Makes version {@code number} of plan {@code planId} its municipality's template. */
  public Stored save(long planId, int number, Caller caller) {
    return transactions.execute(
        status -> {
          VersionSummary version =
              versions
                  .version(planId, number)
                  .orElseThrow(
                      () ->
                          StyrException.notFound(
                              Text.of("versions.error.noVersion", planId, number)));
          PlanDocument plan = plans.load(version.versionId());
          String code = plan.municipality().code();
          if (code == null || !caller.managesMunicipality(code)) {
            throw StyrException.forbidden(Text.of("plan.template.forbidden"));
          }
          PlanDocument template = PlanTemplate.of(plan);
          String text = PlanFileWriter.write(template);
          String madeFrom = plan.displayName() + ", version " + number;
          Instant now = Instant.now();
          String before =
              jdbc.sql("select made_from from plan_template where municipality_code = ?")
                  .param(code)
                  .query(String.class)
                  .optional()
                  .orElse(null);
          jdbc.sql("delete from plan_template where municipality_code = ?").param(code).update();
          jdbc.sql(
                  "insert into plan_template (municipality_code, document, made_from, saved_by,"
                      + " saved_at) values (?, ?, ?, ?, ?)")
              .params(code, text, madeFrom, caller.actor(), Timestamp.from(now))
              .update();
          audit.record(
              caller.actor(), planId, number, SAVED, plan.municipality().name(), before, madeFrom);
          return new Stored(template, madeFrom, caller.actor(), now);
        });
  }

  /** What the municipality's template was made from, if it has one. */
  public Optional<String> madeFrom(String municipalityCode) {
    return jdbc.sql("select made_from from plan_template where municipality_code = ?")
        .param(municipalityCode)
        .query(String.class)
        .optional();
  }

  /** The municipality's template, if it has one. */
  public Optional<Stored> of(String municipalityCode) {
    if (municipalityCode == null) {
      return Optional.empty();
    }
    return jdbc.sql(
            "select document, made_from, saved_by, saved_at from plan_template where"
                + " municipality_code = ?")
        .param(municipalityCode)
        .query(
            (rs, n) ->
                new Stored(
                    PlanFileReader.read(
                        "template of " + municipalityCode, rs.getString("document")),
                    rs.getString("made_from"),
                    rs.getString("saved_by"),
                    rs.getTimestamp("saved_at").toInstant()))
        .optional();
  }
}
