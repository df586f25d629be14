package se.styr.organisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Municipalities, committees and the operational areas each plan version states, in SQL. */
@Component
public class OrganisationStore {
  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  public OrganisationStore(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** A stored committee with its id. */
  public record StoredCommittee(long id, String municipalityCode, Committee committee) {}

  public List<Municipality> municipalities() {
    return jdbc.sql("select code, name from municipality order by name")
        .query((rs, n) -> new Municipality(rs.getString("code"), rs.getString("name")))
        .list();
  }

  public Optional<Municipality> municipality(String code) {
    return jdbc.sql("select code, name from municipality where code = ?")
        .param(code)
        .query((rs, n) -> new Municipality(rs.getString("code"), rs.getString("name")))
        .optional();
  }

  public List<StoredCommittee> committees(String municipalityCode) {
    return jdbc.sql(
            "select id, municipality_code, committee_key, name from committee where"
                + " municipality_code = ? order by name")
        .param(municipalityCode)
        .query(
            (rs, n) ->
                new StoredCommittee(
                    rs.getLong("id"),
                    rs.getString("municipality_code"),
                    new Committee(rs.getString("committee_key"), rs.getString("name"))))
        .list();
  }

  public Optional<StoredCommittee> committee(long id) {
    return jdbc.sql("select id, municipality_code, committee_key, name from committee where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new StoredCommittee(
                    rs.getLong("id"),
                    rs.getString("municipality_code"),
                    new Committee(rs.getString("committee_key"), rs.getString("name"))))
        .optional();
  }

  /**
   * Adds the municipality, or renames it if its name has changed; returns its stored key: its SCB
   * code, or for an organisation named only the key it was given when first stored (N001, ...),
   * found by its name.
   */
  public String saveMunicipality(Municipality municipality) {
    Optional<String> known = keyOf(municipality);
    if (known.isPresent()) {
      jdbc.sql("update municipality set name = ? where code = ?")
          .params(municipality.name(), known.get())
          .update();
      return known.get();
    }
    String key = municipality.code() != null ? municipality.code() : nextOwnKey();
    jdbc.sql("insert into municipality (code, name) values (?, ?)")
        .params(key, municipality.name())
        .update();
    return key;
  }

  /**
   * The stored key of the municipality, if stored: its code, or for an organisation named only the
   * key of the one stored under that name.
   */
  public Optional<String> keyOf(Municipality municipality) {
    if (municipality.code() != null) {
      return jdbc.sql("select code from municipality where code = ?")
          .param(municipality.code())
          .query(String.class)
          .optional();
    }
    return jdbc
        .sql(
            "select code from municipality where code between 'N000' and 'N999' and name = ?"
                + " order by code")
        .param(municipality.name())
        .query(String.class)
        .list()
        .stream()
        .findFirst();
  }

  private String nextOwnKey() {
    String last =
        jdbc.sql("select max(code) from municipality where code between 'N000' and 'N999'")
            .query(String.class)
            .optional()
            .orElse(null);
    int next = last == null ? 1 : Integer.parseInt(last.substring(1).strip()) + 1;
    if (next > 999) {
      throw new IllegalStateException("all 999 keys for organisations named only are taken");
    }
    return String.format(java.util.Locale.ROOT, "N%03d", next);
  }

  /** The id of the committee, added (or renamed) as needed. */
  public long saveCommittee(String municipalityCode, Committee committee) {
    Optional<Long> id =
        jdbc.sql("select id from committee where municipality_code = ? and committee_key = ?")
            .params(municipalityCode, committee.key())
            .query(Long.class)
            .optional();
    if (id.isPresent()) {
      jdbc.sql("update committee set name = ? where id = ?")
          .params(committee.name(), id.get())
          .update();
      return id.get();
    }
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("insert into committee (municipality_code, committee_key, name) values (?, ?, ?)")
        .params(municipalityCode, committee.key(), committee.name())
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /** Replaces a version's areas (a draft's; a decided version's refuse it in the database). */
  public void replaceAreas(long versionId, List<OperationalArea> areas) {
    jdbc.sql("delete from operational_area where plan_version_id = ?").param(versionId).update();
    insertAreas(versionId, areas);
  }

  public void insertAreas(long versionId, List<OperationalArea> areas) {
    List<Object[]> events = new ArrayList<>();
    for (int position = 0; position < areas.size(); position++) {
      OperationalArea area = areas.get(position);
      GeneratedKeyHolder keys = new GeneratedKeyHolder();
      jdbc.sql(
              """
              insert into operational_area (plan_version_id, position, area_key, name, parent_key, is_group, valid_from, valid_to)
              values (?, ?, ?, ?, ?, ?, ?, ?)\
              """)
          .params(
              versionId,
              position,
              area.key(),
              area.name(),
              area.parent(),
              area.group(),
              area.validFrom(),
              area.validTo())
          .update(keys, "id");
      long areaId = keys.getKey().longValue();
      for (int e = 0; e < area.events().size(); e++) {
        AreaEvent event = area.events().get(e);
        events.add(
            new Object[] {
              areaId,
              e,
              event.year(),
              event.type().name(),
              event.from().isEmpty() ? null : String.join(",", event.from()),
              event.formerName(),
              event.note()
            });
      }
    }
    batch.batchUpdate(
        """
        insert into area_event (area_id, position, event_year, event_type, from_keys, former_name, note)
        values (?, ?, ?, ?, ?, ?, ?)\
        """,
        events);
  }

  public List<OperationalArea> areas(long versionId) {
    Map<Long, List<AreaEvent>> events = new LinkedHashMap<>();
    jdbc.sql(
            """
            select e.area_id, e.event_year, e.event_type, e.from_keys, e.former_name, e.note
            from area_event e join operational_area a on a.id = e.area_id
            where a.plan_version_id = ? order by e.area_id, e.position\
            """)
        .param(versionId)
        .query(
            rs -> {
              String from = rs.getString("from_keys");
              events
                  .computeIfAbsent(rs.getLong("area_id"), k -> new ArrayList<>())
                  .add(
                      new AreaEvent(
                          rs.getInt("event_year"),
                          AreaEvent.Type.valueOf(rs.getString("event_type")),
                          from == null ? List.of() : Arrays.asList(from.split(",")),
                          rs.getString("former_name"),
                          rs.getString("note")));
            });
    return jdbc.sql(
            """
            select id, area_key, name, parent_key, is_group, valid_from, valid_to
            from operational_area where plan_version_id = ? order by position\
            """)
        .param(versionId)
        .query(
            (rs, n) ->
                new OperationalArea(
                    rs.getString("area_key"),
                    rs.getString("name"),
                    rs.getString("parent_key"),
                    rs.getBoolean("is_group"),
                    (Integer) rs.getObject("valid_from", Integer.class),
                    (Integer) rs.getObject("valid_to", Integer.class),
                    events.getOrDefault(rs.getLong("id"), List.of())))
        .list();
  }
}
