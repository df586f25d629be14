package se.styr.followup.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.styr.followup.report.FollowUps;
import se.styr.it.H2Database;
import se.styr.it.TestUsers;
import se.styr.plan.PlanFileReader;
import se.styr.plan.PlanStore;
import se.styr.security.Grant;
import se.styr.security.Role;
import se.styr.security.UserStore;
import se.styr.version.PlanSummary;
import se.styr.version.Versions;

/**
 * The ledger mapping changed during the year on its page and through the API (ADR 0015): a
 * controller adds a rule for a cost centre the mapping missed and the next ledger import takes it;
 * a wrong pattern or area is named at its field; a stale change is refused; others only read it.
 * Its own database (the mapping of Lerum's year changes here), hence its own context.
 */
@SpringBootTest(properties = {"styr.demo.load=false", "spring.application.name=styr-mapping-it"})
@AutoConfigureMockMvc
class LedgerMappingPagesIT {
  @Autowired MockMvc http;
  @Autowired PlanStore plans;
  @Autowired Versions versions;
  @Autowired FollowUps followUps;
  @Autowired UserStore users;
  @Autowired PasswordEncoder encoder;

  private PlanSummary lerum;
  private long versionId;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }

  @BeforeEach
  void lerum() {
    if (versions.plan("1441", "stod-och-omsorgsnamnden", 2024).isEmpty()) {
      plans.store(
          PlanFileReader.read(Path.of("demo/lerum-stod-och-omsorgsnamnden-2024.yaml")), "test");
    }
    lerum = versions.plan("1441", "stod-och-omsorgsnamnden", 2024).orElseThrow();
    versionId = versions.version(lerum.planId(), 2).orElseThrow().versionId();
    TestUsers accounts = new TestUsers(users, encoder);
    accounts.ensure("frida", Grant.of(Role.CONTROLLER, "1441", lerum.committeeId()));
    accounts.ensure("maja", Grant.editorOfArea("1441", lerum.committeeId(), "myndighet"));
  }

  @Test
  void aControllerAddsARuleForAMissedCostCentreAndTheNextLedgerImportTakesItsRow()
      throws Exception {
    String file =
        Files.readString(Path.of("demo/followup/lerum-delar-2024.yaml"), StandardCharsets.UTF_8)
            .replace("key: delar-2024", "key: delar-koppling");
    long id =
        followUps
            .importReport(lerum.planId(), versionId, true, "delar-koppling", file, "test")
            .id();
    String occasion = "/plans/" + lerum.planId() + "/versions/2/followup/" + id;
    String mapping = "/plans/" + lerum.planId() + "/versions/2/ledger-mapping";
    http.perform(get(occasion).with(user("frida")))
        .andExpect(content().string(containsString(mapping)))
        .andExpect(content().string(containsString("id=\"forecast-area\"")));
    http.perform(get(occasion + "/forecast.xlsx").param("area", "myndighet").with(user("frida")))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", containsString("-myndighet-prognos")));
    http.perform(get(mapping).with(user("frida")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Koppling till huvudboken 2024")))
        .andExpect(content().string(containsString("Kopplingen kommer från planfilen")))
        .andExpect(content().string(containsString("value=\"1: 22*\"")));
    // the demo mapping has eight rules; row 8 is the first blank one
    http.perform(
            post(mapping)
                .with(user("frida"))
                .with(csrf())
                .params(rules())
                .param("area.8.key", "ledning")
                .param("area.8.objects", "ansvar 9100"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("Kopplingen sparades inte")))
        .andExpect(content().string(containsString("href=\"#area.8.objects\"")))
        .andExpect(content().string(containsString("value=\"ansvar 9100\"")));
    http.perform(
            post(mapping)
                .with(user("frida"))
                .with(csrf())
                .params(rules())
                .param("area.8.key", "ledning")
                .param("area.8.objects", "1: 9100")
                .param("reason", "Nytt ansvar 9100 för kvalitetsarbetet"))
        .andExpect(status().is3xxRedirection());
    http.perform(get(mapping).with(user("frida")))
        .andExpect(content().string(containsString("Version 1, ändrad")))
        .andExpect(content().string(containsString("Nytt ansvar 9100 för kvalitetsarbetet")))
        .andExpect(content().string(containsString("value=\"1: 9100\"")));
    // the row the plan file's mapping left unmapped now goes to Ledning
    byte[] ledger = Files.readAllBytes(Path.of("demo/ledger/lerum-2024-08.se"));
    var imported =
        followUps.importLedger(
            versionId,
            id,
            new java.io.ByteArrayInputStream(ledger),
            "lerum-2024-08.se",
            se.styr.imports.ledger.LedgerImport.Year.CURRENT,
            0,
            "frida");
    assertThat(imported.result().unmapped()).isEmpty();
    assertThat(imported.result().changes())
        .anySatisfy(c -> assertThat(c.subject()).isEqualTo("ledning"));
    // the editor of one area reads the mapping but cannot change it
    http.perform(get(mapping).with(user("maja")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("name=\"area.0.key\""))))
        .andExpect(content().string(containsString("1: 9100")));
    http.perform(post(mapping).with(user("maja")).with(csrf()).params(rules()))
        .andExpect(status().isForbidden());
    http.perform(get(mapping + ".yaml").with(user("maja")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("- {area: ledning, objects: {'1': ['9100']}}")));
    http.perform(get(mapping)).andExpect(status().isForbidden());
  }

  /** The demo mapping's eight rules as the form posts them, read from version 0. */
  private static org.springframework.util.MultiValueMap<String, String> rules() {
    var fields = new org.springframework.util.LinkedMultiValueMap<String, String>();
    fields.add("read", "0");
    String[][] rules = {
      {"politisk", "1: 1000"},
      {"ledning", "1: 11*"},
      {"aldreboende", "1: 21*"},
      {"hemtjanst", "1: 22*"},
      {"funktionsstod", "1: 23*"},
      {"halsa", "1: 24*"},
      {"myndighet", "1: 25*"},
      {"arbetsliv", "1: 26*"},
    };
    for (int i = 0; i < rules.length; i++) {
      fields.add("area." + i + ".key", rules[i][0]);
      fields.add("area." + i + ".objects", rules[i][1]);
      fields.add("area." + i + ".order", String.valueOf(i + 1));
    }
    fields.add("area.8.order", "9");
    fields.add("demo", "on");
    return fields;
  }

  @Test
  void theApiGivesTheMappingWithItsVersionAndTakesAWholeChangeNamingTheVersionItRead()
      throws Exception {
    if (versions.plan("0181", "omsorgsnamnden", 2025).isEmpty()) {
      plans.store(PlanFileReader.read(Path.of("demo/sodertalje-omsorgsnamnden-2025.yaml")), "test");
    }
    PlanSummary sodertalje = versions.plan("0181", "omsorgsnamnden", 2025).orElseThrow();
    new TestUsers(users, encoder)
        .ensure("sara", Grant.of(Role.CONTROLLER, "0181", sodertalje.committeeId()));
    String address = "/api/plans/" + sodertalje.planId() + "/versions/1/ledger-mapping";
    // Södertälje's plan file has no mapping: version 0, no rules
    String current =
        http.perform(get(address).with(TestUsers.basic("sara")))
            .andExpect(status().isOk())
            .andExpect(header().string("ETag", "\"0\""))
            .andExpect(jsonPath("$.source").value("plan_file"))
            .andExpect(jsonPath("$.areas").isEmpty())
            .andExpect(jsonPath("$.accounts[0]").value("3000-8999"))
            .andReturn()
            .getResponse()
            .getHeader("ETag");
    int read = 0;
    http.perform(
            put(address)
                .with(TestUsers.basic("sara"))
                .header("If-Match", current)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"areas\": [{\"key\": \"skola\", \"objects\": {\"1\": [\"30*\"]}}]}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail", containsString("skola")));
    http.perform(
            put(address)
                .with(TestUsers.basic("sara"))
                .header("If-Match", current)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"areas\": [{\"key\": \"lss\", \"accounts\": [\"4999-4000\"]}]}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail", containsString("areas[0].accounts")));
    http.perform(
            put(address)
                .with(TestUsers.basic("sara"))
                .header("If-Match", current)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"revenue\": [\"3000-3499\"], \"areas\": [{\"key\": \"lss\", \"objects\":"
                        + " {\"1\": [\"41*\", \"4290\"]}}], \"projects\": [{\"key\":"
                        + " \"teknisk\", \"accounts\": [\"1200-1299\"]}], \"reason\":"
                        + " \"Kontoplanen 2025\"}"))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"" + (read + 1) + "\""))
        .andExpect(jsonPath("$.source").value("changed"))
        .andExpect(jsonPath("$.changedBy").value("sara"))
        .andExpect(jsonPath("$.revenue[0]").value("3000-3499"))
        .andExpect(jsonPath("$.projects[0].accounts[0]").value("1200-1299"));
    http.perform(get(address).with(TestUsers.basic("sara")))
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.reason").value("Kontoplanen 2025"))
        .andExpect(jsonPath("$.areas[0].objects.1[1]").value("4290"));
    http.perform(
            put(address)
                .with(TestUsers.basic("sara"))
                .header("If-Match", current)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"areas\": []}"))
        .andExpect(status().isConflict());
    http.perform(
            put(address)
                .with(TestUsers.basic("frida"))
                .header("If-Match", "\"" + (read + 1) + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"areas\": []}"))
        .andExpect(status().isForbidden());
  }

  @Test
  void aNewYearsMappingStartsFromTheYearBeforesOrFromAFileAndAWrongFileIsNamedByLine()
      throws Exception {
    if (versions.plan("1441", "stod-och-omsorgsnamnden", 2025).isEmpty()) {
      plans.store(
          PlanFileReader.read(Path.of("src/test/resources/plans/lerum-2025-without-mapping.yaml")),
          "test");
    }
    PlanSummary next = versions.plan("1441", "stod-och-omsorgsnamnden", 2025).orElseThrow();
    String mapping = "/plans/" + next.planId() + "/versions/1/ledger-mapping";
    http.perform(get(mapping).with(user("frida")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Fyll i kopplingen från 2024")))
        .andExpect(content().string(not(containsString("value=\"1: 22*\""))));
    http.perform(post(mapping + "/earlier").with(user("frida")).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Kopplingen från 2024")))
        .andExpect(content().string(containsString("Inget är sparat")))
        .andExpect(content().string(containsString("value=\"1: 22*\"")));
    String file =
        http.perform(
                get("/plans/" + lerum.planId() + "/versions/2/ledger-mapping.yaml")
                    .with(user("frida")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    http.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                    mapping + "/file")
                .file(
                    new org.springframework.mock.web.MockMultipartFile(
                        "file",
                        "koppling.yaml",
                        "application/yaml",
                        file.replace("[24*]", "[24*, 9999-1000]").getBytes(StandardCharsets.UTF_8)))
                .with(user("frida"))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Filen koppling.yaml lästes inte")))
        .andExpect(content().string(containsString("9999-1000")));
    http.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                    mapping + "/file")
                .file(
                    new org.springframework.mock.web.MockMultipartFile(
                        "file",
                        "koppling.yaml",
                        "application/yaml",
                        file.getBytes(StandardCharsets.UTF_8)))
                .with(user("frida"))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Kopplingen ur koppling.yaml är ifylld")))
        .andExpect(content().string(containsString("value=\"1: 24*\"")));
    http.perform(post(mapping + "/earlier").with(user("maja")).with(csrf()))
        .andExpect(status().isForbidden());
  }
}
