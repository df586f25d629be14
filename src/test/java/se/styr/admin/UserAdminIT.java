package se.styr.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.FlashMap;
import se.styr.it.H2Database;
import se.styr.it.HostileInput;
import se.styr.it.SessionCookies;
import se.styr.organisation.OrganisationStore;
import se.styr.security.Grant;
import se.styr.security.Role;
import se.styr.security.UserStore;

/**
 * User administration at /admin/users and the administration log at /admin/audit, on the demo
 * plans' organisation.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UserAdminIT {
  private static final AtomicInteger NEXT = new AtomicInteger();
  @Autowired MockMvc http;
  @Autowired UserStore users;
  @Autowired OrganisationStore organisation;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder encoder;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }

  private String person(String prefix, Grant... grants) {
    String username = prefix + "-" + NEXT.incrementAndGet();
    long id = users.create(username, "Person " + username, null, false);
    for (Grant grant : grants) {
      users.grant(id, grant);
    }
    return username;
  }

  private String administrator() {
    return person("admin", Grant.administrator());
  }

  private long omsorgsnamnden() {
    return organisation.committees("1488").stream()
        .filter(c -> c.committee().key().equals("omsorgsnamnden"))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private long id(String username) {
    return users.byUsername(username).orElseThrow().id();
  }

  private List<String> auditActions(String subject) {
    return jdbc.sql(
            "select action from audit_entry where plan_id is null and subject = ? order by id")
        .param(subject)
        .query(String.class)
        .list();
  }

  private MvcResult create(String admin, String username, String displayName) throws Exception {
    return http.perform(
            post("/admin/users")
                .with(user(admin))
                .with(csrf())
                .param("username", username)
                .param("displayName", displayName))
        .andReturn();
  }

  @Test
  void refusesTheAdministrationPagesToAnyoneButAdministrators() throws Exception {
    String controller = person("controller", Grant.of(Role.CONTROLLER, "1488"));
    for (String page :
        List.of("/admin/users", "/admin/audit", "/admin/accessibility-reports", "/admin/users/1")) {
      http.perform(get(page).with(user(controller))).andExpect(status().isForbidden());
    }
    http.perform(
            post("/admin/users")
                .with(user(controller))
                .with(csrf())
                .param("username", "x")
                .param("displayName", "X"))
        .andExpect(status().isForbidden());
    http.perform(get("/admin/users").accept(MediaType.TEXT_HTML))
        .andExpect(status().is3xxRedirection());
    assertThat(users.byUsername("x")).isEmpty();
  }

  @Test
  void listsUsersWithTheirGrantsInWords() throws Exception {
    String reader =
        person(
            "reader",
            Grant.of(Role.CONTROLLER, "1488", omsorgsnamnden()),
            Grant.editorOfArea("1488", omsorgsnamnden(), "hemtjanst"));
    String page =
        http.perform(get("/admin/users").with(user(administrator())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains(
            reader,
            "Controller för Omsorgsnämnden, Trollhättan",
            "Redigerare för området hemtjanst i Omsorgsnämnden, Trollhättan",
            "Administratör för hela installationen");
  }

  @Test
  void createsAUserWhoseOneTimePasswordIsShownOnceAndMustBeChangedAtFirstSignIn() throws Exception {
    String admin = administrator();
    MvcResult created = create(admin, "nyanvandare", "Ny Användare");
    assertThat(created.getResponse().getStatus()).isEqualTo(302);
    long id = id("nyanvandare");
    assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/users/" + id);
    FlashMap flash = created.getFlashMap();
    UserAdministration.OneTimePassword oneTime =
        (UserAdministration.OneTimePassword) flash.get("oneTime");
    UserStore.StoredUser stored = users.byId(id).orElseThrow();
    assertThat(stored.mustChangePassword()).isTrue();
    assertThat(encoder.matches(oneTime.password(), stored.passwordHash())).isTrue();

    String shown =
        http.perform(get("/admin/users/" + id).with(user(admin)).with(SessionCookies.of(created)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(shown).contains("role=\"status\"", oneTime.password());
    String again =
        http.perform(get("/admin/users/" + id).with(user(admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(again).doesNotContain(oneTime.password());
    assertThat(auditActions("nyanvandare")).containsExactly("USER_CREATED");
    assertThat(
            jdbc.sql("select count(*) from audit_entry where new_value like ? or old_value like ?")
                .params("%" + oneTime.password() + "%", "%" + oneTime.password() + "%")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void showsWhatIsWrongAtTheFieldsAndCreatesNothing() throws Exception {
    String admin = administrator();
    MvcResult result = create(admin, "has space", "");
    assertThat(result.getResponse().getStatus()).isEqualTo(422);
    String page = result.getResponse().getContentAsString();
    assertThat(page)
        .contains(
            "id=\"username-error\"",
            "aria-invalid=\"true\"",
            "value=\"has space\"",
            "Ett användarnamn har 1–100 tecken");
    assertThat(users.byUsername("has space")).isEmpty();

    MvcResult noName = create(admin, "utannamn", " ");
    assertThat(noName.getResponse().getContentAsString()).contains("id=\"displayName-error\"");
    MvcResult taken = create(admin, admin, "Någon");
    assertThat(taken.getResponse().getStatus()).isEqualTo(422);
    assertThat(taken.getResponse().getContentAsString())
        .contains("Det finns redan en användare med det användarnamnet.");
  }

  @Test
  void resetsAPasswordToANewOneTimePassword() throws Exception {
    String admin = administrator();
    String someone = person("someone", Grant.of(Role.READER, "1488"));
    MvcResult result =
        http.perform(
                post("/admin/users/" + id(someone) + "/password").with(user(admin)).with(csrf()))
            .andExpect(status().isFound())
            .andReturn();
    var oneTime = (UserAdministration.OneTimePassword) result.getFlashMap().get("oneTime");
    UserStore.StoredUser stored = users.byUsername(someone).orElseThrow();
    assertThat(stored.mustChangePassword()).isTrue();
    assertThat(encoder.matches(oneTime.password(), stored.passwordHash())).isTrue();
    assertThat(auditActions(someone)).containsExactly("PASSWORD_RESET");
  }

  @Test
  void disablesAndEnablesAUserSoThatADisabledOneIsNobody() throws Exception {
    String admin = administrator();
    String otherAdmin = administrator();
    http.perform(
            post("/admin/users/" + id(otherAdmin) + "/enabled")
                .with(user(admin))
                .with(csrf())
                .param("enabled", "false"))
        .andExpect(status().isFound());
    assertThat(users.byUsername(otherAdmin).orElseThrow().enabled()).isFalse();
    http.perform(get("/admin/users").with(user(otherAdmin))).andExpect(status().isForbidden());
    http.perform(
            post("/admin/users/" + id(otherAdmin) + "/enabled")
                .with(user(admin))
                .with(csrf())
                .param("enabled", "true"))
        .andExpect(status().isFound());
    http.perform(get("/admin/users").with(user(otherAdmin))).andExpect(status().isOk());
    assertThat(auditActions(otherAdmin)).containsExactly("USER_DISABLED", "USER_ENABLED");
  }

  @Test
  void anAdministratorCannotDisableThemselves() throws Exception {
    String admin = administrator();
    MvcResult result =
        http.perform(
                post("/admin/users/" + id(admin) + "/enabled")
                    .with(user(admin))
                    .with(csrf())
                    .param("enabled", "false"))
            .andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(422);
    assertThat(result.getResponse().getContentAsString())
        .contains("role=\"alert\"", "Du kan inte stänga av ditt eget konto.");
    assertThat(users.byUsername(admin).orElseThrow().enabled()).isTrue();
  }

  @Test
  void addsAGrantAndRevokesItBothInTheAuditLog() throws Exception {
    String admin = administrator();
    String anna = person("anna");
    long committee = omsorgsnamnden();
    http.perform(
            post("/admin/users/" + id(anna) + "/grants")
                .with(user(admin))
                .with(csrf())
                .param("role", "CONTROLLER")
                .param("municipality", "1488")
                .param("committee", String.valueOf(committee)))
        .andExpect(status().isFound());
    assertThat(users.grants(id(anna)))
        .containsExactly(Grant.of(Role.CONTROLLER, "1488", committee));
    http.perform(get("/admin/users/" + id(anna)).with(user(admin)))
        .andExpect(content().string(containsString("Controller för Omsorgsnämnden, Trollhättan")));

    long grantId = users.storedGrants(id(anna)).get(0).id();
    http.perform(
            post("/admin/users/" + id(anna) + "/grants/" + grantId + "/revoke")
                .with(user(admin))
                .with(csrf()))
        .andExpect(status().isFound());
    assertThat(users.grants(id(anna))).isEmpty();
    assertThat(auditActions(anna)).containsExactly("GRANT_ADDED", "GRANT_REVOKED");
    assertThat(
            jdbc.sql(
                    "select new_value from audit_entry where action = 'GRANT_ADDED' and subject ="
                        + " ?")
                .param(anna)
                .query(String.class)
                .single())
        .isEqualTo("CONTROLLER 1488/omsorgsnamnden");
  }

  @Test
  void addsAnEditorOfAnAreaOfTheCommitteesLatestVersion() throws Exception {
    String admin = administrator();
    String editor = person("editor");
    String form =
        http.perform(
                get("/admin/users/" + id(editor))
                    .with(user(admin))
                    .param("municipality", "1488")
                    .param("committee", String.valueOf(omsorgsnamnden())))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(form).contains("<option value=\"hemtjanst\">Hemtjänst (hemtjanst)</option>");
    http.perform(
            post("/admin/users/" + id(editor) + "/grants")
                .with(user(admin))
                .with(csrf())
                .param("role", "EDITOR")
                .param("municipality", "1488")
                .param("committee", String.valueOf(omsorgsnamnden()))
                .param("area", "hemtjanst")
                .param("goal", ""))
        .andExpect(status().isFound());
    assertThat(users.grants(id(editor)))
        .containsExactly(Grant.editorOfArea("1488", omsorgsnamnden(), "hemtjanst"));
  }

  @Test
  void refusesAGrantThatBreaksARuleAtItsField() throws Exception {
    String admin = administrator();
    String editor = person("editor");
    MvcResult noArea =
        http.perform(
                post("/admin/users/" + id(editor) + "/grants")
                    .with(user(admin))
                    .with(csrf())
                    .param("role", "EDITOR")
                    .param("municipality", "1488")
                    .param("committee", String.valueOf(omsorgsnamnden())))
            .andReturn();
    assertThat(noArea.getResponse().getStatus()).isEqualTo(422);
    assertThat(noArea.getResponse().getContentAsString())
        .contains(
            "id=\"area-error\"", "En redigerare behöver ett verksamhetsområde eller ett mål.");
    MvcResult controllerOfArea =
        http.perform(
                post("/admin/users/" + id(editor) + "/grants")
                    .with(user(admin))
                    .with(csrf())
                    .param("role", "CONTROLLER")
                    .param("municipality", "1488")
                    .param("committee", String.valueOf(omsorgsnamnden()))
                    .param("area", "hemtjanst"))
            .andReturn();
    assertThat(controllerOfArea.getResponse().getContentAsString()).contains("id=\"area-error\"");
    MvcResult readerOfAll =
        http.perform(
                post("/admin/users/" + id(editor) + "/grants")
                    .with(user(admin))
                    .with(csrf())
                    .param("role", "READER")
                    .param("municipality", ""))
            .andReturn();
    assertThat(readerOfAll.getResponse().getContentAsString())
        .contains("id=\"municipality-error\"");
    MvcResult adminOfCommittee =
        http.perform(
                post("/admin/users/" + id(editor) + "/grants")
                    .with(user(admin))
                    .with(csrf())
                    .param("role", "ADMINISTRATOR")
                    .param("municipality", "1488")
                    .param("committee", String.valueOf(omsorgsnamnden())))
            .andReturn();
    assertThat(adminOfCommittee.getResponse().getContentAsString())
        .contains("id=\"committee-error\"");
    assertThat(users.grants(id(editor))).isEmpty();
    assertThat(auditActions(editor)).isEmpty();
  }

  @Test
  void anAdministratorCannotRevokeTheirOwnLastInstallationAdministratorGrant() throws Exception {
    String admin = administrator();
    long grantId = users.storedGrants(id(admin)).get(0).id();
    MvcResult result =
        http.perform(
                post("/admin/users/" + id(admin) + "/grants/" + grantId + "/revoke")
                    .with(user(admin))
                    .with(csrf()))
            .andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(422);
    assertThat(result.getResponse().getContentAsString())
        .contains("role=\"alert\"", "låser ute dig själv");
    assertThat(users.grants(id(admin))).containsExactly(Grant.administrator());

    String other = administrator();
    http.perform(
            post("/admin/users/"
                    + id(other)
                    + "/grants/"
                    + users.storedGrants(id(other)).get(0).id()
                    + "/revoke")
                .with(user(admin))
                .with(csrf()))
        .andExpect(status().isFound());
    assertThat(users.grants(id(other))).isEmpty();
  }

  @Test
  void aMunicipalityAdministratorManagesOnlyWithinItsMunicipality() throws Exception {
    String municipalAdmin = person("kommunadmin", Grant.of(Role.ADMINISTRATOR, "1488"));
    String ours = person("ours", Grant.of(Role.READER, "1488"));
    String theirs = person("theirs", Grant.of(Role.READER, "1440"));
    String both = person("both", Grant.of(Role.READER, "1488"), Grant.of(Role.CONTROLLER, "1440"));
    String fresh = "fresh-" + NEXT.incrementAndGet();
    assertThat(create(municipalAdmin, fresh, "Ny i kommunen").getResponse().getStatus())
        .isEqualTo(302);

    String list =
        http.perform(get("/admin/users").with(user(municipalAdmin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(list).contains(ours, both, fresh, "och 1 i andra kommuner").doesNotContain(theirs);
    assertThat(
            http.perform(get("/").with(user(municipalAdmin)))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("<a href=\"/admin/users\">Användare</a>");
    assertThat(
            http.perform(get("/").with(user(ours))).andReturn().getResponse().getContentAsString())
        .doesNotContain("<a href=\"/admin/users\">");
    http.perform(get("/admin/users/" + id(theirs)).with(user(municipalAdmin)))
        .andExpect(status().isNotFound());
    http.perform(get("/admin/audit").with(user(municipalAdmin))).andExpect(status().isForbidden());

    http.perform(
            post("/admin/users/" + id(fresh) + "/grants")
                .with(user(municipalAdmin))
                .with(csrf())
                .param("role", "CONTROLLER")
                .param("municipality", "1440"))
        .andExpect(status().isForbidden());
    http.perform(
            post("/admin/users/" + id(fresh) + "/grants")
                .with(user(municipalAdmin))
                .with(csrf())
                .param("role", "ADMINISTRATOR")
                .param("municipality", ""))
        .andExpect(status().isForbidden());
    http.perform(
            post("/admin/users/" + id(fresh) + "/grants")
                .with(user(municipalAdmin))
                .with(csrf())
                .param("role", "CONTROLLER")
                .param("municipality", "1488"))
        .andExpect(status().isFound());
    assertThat(users.grants(id(fresh))).containsExactly(Grant.of(Role.CONTROLLER, "1488"));

    http.perform(
            post("/admin/users/" + id(both) + "/password").with(user(municipalAdmin)).with(csrf()))
        .andExpect(status().isForbidden());
    http.perform(
            post("/admin/users/" + id(ours) + "/password").with(user(municipalAdmin)).with(csrf()))
        .andExpect(status().isFound());
    long otherMunicipality =
        users.storedGrants(id(both)).stream()
            .filter(g -> "1440".equals(g.grant().municipalityCode()))
            .findFirst()
            .orElseThrow()
            .id();
    http.perform(
            post("/admin/users/" + id(both) + "/grants/" + otherMunicipality + "/revoke")
                .with(user(municipalAdmin))
                .with(csrf()))
        .andExpect(status().isNotFound());
    assertThat(users.grants(id(both))).hasSize(2);
  }

  @Test
  void aMunicipalityAdministratorCannotTakeOverAGrantlessUserSomeoneElseCreated() throws Exception {
    String installationAdmin = administrator();
    String municipalAdmin = person("kommunadmin", Grant.of(Role.ADMINISTRATOR, "1488"));
    String victim = "victim-" + NEXT.incrementAndGet();
    assertThat(create(installationAdmin, victim, "Blivande").getResponse().getStatus())
        .isEqualTo(302);
    long victimId = id(victim);

    assertThat(
            http.perform(get("/admin/users").with(user(municipalAdmin)))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .doesNotContain(victim);
    http.perform(get("/admin/users/" + victimId).with(user(municipalAdmin)))
        .andExpect(status().isNotFound());
    http.perform(
            post("/admin/users/" + victimId + "/password").with(user(municipalAdmin)).with(csrf()))
        .andExpect(status().isNotFound());
    http.perform(
            post("/admin/users/" + victimId + "/grants")
                .with(user(municipalAdmin))
                .with(csrf())
                .param("role", "READER")
                .param("municipality", "1488"))
        .andExpect(status().isNotFound());
    http.perform(
            post("/admin/users/" + victimId + "/enabled")
                .with(user(municipalAdmin))
                .with(csrf())
                .param("enabled", "false"))
        .andExpect(status().isNotFound());
    assertThat(users.grants(victimId)).isEmpty();
    assertThat(auditActions(victim)).containsExactly("USER_CREATED");
  }

  @Test
  void aPasswordResetByAnAdministratorIsShownToTheUserWhenTheyChooseTheirNewOne() throws Exception {
    String admin = administrator();
    String someone = person("someone", Grant.of(Role.READER, "1488"));
    MvcResult result =
        http.perform(
                post("/admin/users/" + id(someone) + "/password").with(user(admin)).with(csrf()))
            .andExpect(status().isFound())
            .andReturn();
    var oneTime = (UserAdministration.OneTimePassword) result.getFlashMap().get("oneTime");
    assertThat(users.byUsername(someone).orElseThrow().passwordResetBy()).isEqualTo(admin);

    MvcResult changed =
        http.perform(
                post("/konto/losenord")
                    .with(csrf())
                    .param("username", someone)
                    .param("current", oneTime.password())
                    .param("password", "ett långt nytt lösenord")
                    .param("repeat", "ett långt nytt lösenord"))
            .andExpect(status().isFound())
            .andReturn();
    String login =
        http.perform(get("/login?bytt").with(SessionCookies.of(changed)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(login).contains("Ditt lösenord återställdes av administratören " + admin);
    assertThat(users.byUsername(someone).orElseThrow().mustChangePassword()).isFalse();
  }

  @Test
  void refusesALookAlikeOfAnExistingUsername() throws Exception {
    String admin = administrator();
    String original = "olle-" + NEXT.incrementAndGet();
    assertThat(create(admin, original, "Olle").getResponse().getStatus()).isEqualTo(302);
    for (String lookAlike :
        new String[] {
          original.toUpperCase(java.util.Locale.ROOT),
          "\u043e" + original.substring(1), // Cyrillic о
          "\uff4f" + original.substring(1) // full-width o
        }) {
      MvcResult refused = create(admin, lookAlike, "Efterapare");
      assertThat(refused.getResponse().getStatus()).as(lookAlike).isEqualTo(422);
    }
    assertThat(
            jdbc.sql("select count(*) from app_user where username_key = ?")
                .param(original)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(
            users.byUsername(original.toUpperCase(java.util.Locale.ROOT)).orElseThrow().username())
        .isEqualTo(original);
  }

  @Test
  void theAdministrationLogListsChangesNewestFirstWithoutControlsToChangeThem() throws Exception {
    String admin = administrator();
    create(admin, "forst-skapad", "Först");
    create(admin, "sist-skapad", "Sist");
    String log =
        http.perform(get("/admin/audit").with(user(admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(log)
        .contains("<caption>Ändringar av användare och behörigheter</caption>", "Användare skapad");
    assertThat(log.indexOf("sist-skapad")).isPositive().isLessThan(log.indexOf("forst-skapad"));
    String main = log.substring(log.indexOf("<main"), log.indexOf("</main>"));
    assertThat(main).doesNotContain("<form", "<button");
  }

  @Test
  void rendersHostileNamesAsText() throws Exception {
    String admin = administrator();
    for (String payload : HostileInput.all()) {
      MvcResult refused = create(admin, payload, payload);
      assertThat(refused.getResponse().getStatus()).isEqualTo(422);
      HostileInput.assertInert(refused.getResponse().getContentAsString());
    }
    int n = 0;
    for (String payload : HostileInput.all()) {
      MvcResult created = create(admin, "hostile" + (++n), payload);
      assertThat(created.getResponse().getStatus()).isEqualTo(302);
      String page =
          http.perform(get(created.getResponse().getRedirectedUrl()).with(user(admin)))
              .andReturn()
              .getResponse()
              .getContentAsString();
      HostileInput.assertInert(page);
    }
    String list =
        http.perform(get("/admin/users").with(user(admin)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    HostileInput.assertInert(list);
    assertThat(list)
        .contains(
            "&lt;script&gt;alert(1)&lt;/script&gt;", "X{{7*7}}Y", "X[[${7*7}]]Y", "X__${7*7}__Y");
    HostileInput.assertInert(
        http.perform(get("/admin/audit").with(user(admin)))
            .andReturn()
            .getResponse()
            .getContentAsString());
  }
}
