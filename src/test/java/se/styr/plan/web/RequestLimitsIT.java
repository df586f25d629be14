package se.styr.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.styr.it.H2Database;
import se.styr.it.TestUsers;
import se.styr.organisation.Municipality;
import se.styr.organisation.OrganisationStore;
import se.styr.plan.PlanFiles;
import se.styr.security.Grant;
import se.styr.security.Role;
import se.styr.security.UserStore;

/**
 * What one request may make Styr read: rights are checked before a plan file's body is read, every
 * body has a size limit, and a plan file that is not UTF-8 is refused at its first bad byte.
 */
@SpringBootTest(properties = "styr.demo.load=false")
@AutoConfigureMockMvc
class RequestLimitsIT {
  private static final MediaType YAML = MediaType.parseMediaType("application/yaml");
  @Autowired MockMvc http;
  @Autowired UserStore users;
  @Autowired PasswordEncoder encoder;
  @Autowired JdbcClient jdbc;
  @Autowired OrganisationStore organisation;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }

  @BeforeEach
  void people() {
    organisation.saveMunicipality(new Municipality("1488", "Trollhättan"));
    TestUsers accounts = new TestUsers(users, encoder);
    accounts.ensure("limits-admin", Grant.administrator());
    accounts.ensure("limits-reader", Grant.of(Role.READER, "1488"));
    accounts.ensure("limits-nobody");
  }

  private int plans() {
    return jdbc.sql("select count(*) from plan").query(Integer.class).single();
  }

  private static byte[] comments(int bytes) {
    byte[] body = new byte[bytes];
    Arrays.fill(body, (byte) '#');
    return body;
  }

  @Test
  void refusesAnImportByACallerWhoMayImportNothingBeforeReadingTheFile() throws Exception {
    byte[] tooLarge = comments(12 * 1024 * 1024);
    for (String caller : new String[] {"limits-nobody", "limits-reader"}) {
      http.perform(
              post("/api/plans").contentType(YAML).with(TestUsers.basic(caller)).content(tooLarge))
          .andExpect(status().isForbidden())
          .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }
    // the same body from someone who may import: it is read, and it is too large
    http.perform(
            post("/api/plans")
                .contentType(YAML)
                .with(TestUsers.basic("limits-admin"))
                .content(tooLarge))
        .andExpect(status().isContentTooLarge())
        .andExpect(jsonPath("$.code").value("TOO_LARGE"))
        .andExpect(jsonPath("$.limitBytes").value(11 * 1024 * 1024));
  }

  @Test
  void limitsTheBodyOfEveryOtherRequestToTwoMegabytes() throws Exception {
    http.perform(
            put("/api/plans/1/versions/1/tables/drift/cells/sabo/b2024")
                .with(TestUsers.basic("limits-admin"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\": 1, \"note\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}"))
        .andExpect(status().isContentTooLarge())
        .andExpect(jsonPath("$.code").value("TOO_LARGE"));
  }

  @Test
  void refusesALatin1PlanFileAtItsFirstBadByteAndStoresNothing() throws Exception {
    int before = plans();
    byte[] latin1 =
        PlanFiles.VALID
            .replace("\"1488\"", "\"0428\"")
            .replace("Trollhättan", "Trollhättan")
            .getBytes(StandardCharsets.ISO_8859_1);
    int firstBad = new String(latin1, StandardCharsets.ISO_8859_1).indexOf('ä') + 1;
    http.perform(
            post("/api/plans")
                .contentType(YAML)
                .with(TestUsers.basic("limits-admin"))
                .content(latin1))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("BAD_FILE"))
        .andExpect(jsonPath("$.problems[0].line").value(2))
        .andExpect(
            jsonPath("$.problems[0].message")
                .value(
                    "the file is not UTF-8 text (byte "
                        + firstBad
                        + "); save it as UTF-8 or"
                        + " check that it is the right file"));
    assertThat(plans()).isEqualTo(before);
  }
}
