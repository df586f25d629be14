package se.styr.admin;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.styr.organisation.OperationalArea;
import se.styr.organisation.OrganisationStore;

/**
 * The operational areas an editor's grant may name: those of the committee's latest plan version.
 */
@Component
class CommitteeAreas {
  private final JdbcClient jdbc;
  private final OrganisationStore organisation;

  CommitteeAreas(JdbcClient jdbc, OrganisationStore organisation) {
    this.jdbc = jdbc;
    this.organisation = organisation;
  }

  List<OperationalArea> latest(long committeeId) {
    return jdbc.sql(
            """
            select v.id from plan_version v join plan p on p.id = v.plan_id where p.committee_id = ?
            order by p.budget_year desc, v.version_number desc fetch first 1 rows only\
            """)
        .param(committeeId)
        .query(Long.class)
        .optional()
        .map(organisation::areas)
        .orElse(List.of());
  }
}
