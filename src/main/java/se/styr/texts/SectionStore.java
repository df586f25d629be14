package se.styr.texts;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The text sections of a stored version, read and written one at a time for editing. */
@Component
public class SectionStore {
  private final JdbcClient jdbc;

  public SectionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The section, locked until the transaction ends so that two saves cannot both pass the stale
   * check.
   */
  public Optional<Section> lock(long versionId, String sectionKey) {
    return jdbc.sql(
            """
            select block_key, title, heading_level, body from content_block
            where plan_version_id = ? and block_key = ? and block_type = 'SECTION' for update\
            """)
        .params(versionId, sectionKey)
        .query(
            (rs, n) ->
                new Section(
                    rs.getString("block_key"),
                    rs.getString("title"),
                    rs.getInt("heading_level"),
                    rs.getString("body")))
        .optional();
  }

  public void writeText(long versionId, String sectionKey, String text) {
    jdbc.sql(
            "update content_block set body = ? where plan_version_id = ? and block_key = ? and"
                + " block_type = 'SECTION'")
        .params(text, versionId, sectionKey)
        .update();
  }
}
