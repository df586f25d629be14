package se.styr.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.styr.it.H2Database;
import se.styr.it.TestUsers;
import se.styr.plan.PlanStore;
import se.styr.security.Grant;
import se.styr.security.Role;
import se.styr.security.UserStore;
import se.styr.version.PlanStatus;
import se.styr.version.PlanSummary;
import se.styr.version.VersionSummary;
import se.styr.version.Versions;

/**
 * The document tab, its downloads and the API's documents, for the public and for the committee.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentPagesIT {
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  @Autowired MockMvc http;
  @Autowired PlanStore plans;

  @Autowired Versions versions;
  @Autowired UserStore users;
  @Autowired PasswordEncoder encoder;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }

  @Test
  void thePublicReadsADecidedPlanAsADocumentAndDownloadsItInEveryFormat() throws Exception {
    PlanSummary plan = versions.plan("2061", "omsorgsnamnden", 2025).orElseThrow();
    String version = "/plans/" + plan.planId() + "/versions/1";

    http.perform(get(version + "/document"))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("<article class=\"plan-document\" lang=\"sv\">")))
        .andExpect(content().string(containsString("/css/document.css")))
        .andExpect(content().string(containsString("Bilaga 1: Reservation")))
        .andExpect(content().string(containsString(version + "/document.pdf")));
    http.perform(get(version))
        .andExpect(content().string(containsString(version + "/document.docx")));

    byte[] pdf =
        http.perform(get(version + "/document.pdf"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andExpect(
                header()
                    .string(
                        "Content-Disposition", containsString("2061-omsorgsnamnden-2025-v1.pdf")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(text(pdf)).contains("§ 95").contains("2024/00152").doesNotContain("Utkast");
    http.perform(get(version + "/document.docx"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", DOCX));
    http.perform(get(version + "/document.html"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<html lang=\"sv\">")));
    http.perform(get(version + "/document.odt")).andExpect(status().isNotFound());
  }

  @Test
  void printsOnlyForYearsThePlanHasSoThatNoYearForcesAFreshPrint() throws Exception {
    PlanSummary plan = versions.plan("2061", "omsorgsnamnden", 2025).orElseThrow();
    String version = "/plans/" + plan.planId() + "/versions/1";
    http.perform(get(version + "/document.html?year=2025")).andExpect(status().isOk());
    for (String year : new String[] {"1900", "2099", "-1", "2147483647"}) {
      http.perform(get(version + "/document.pdf?year=" + year))
          .andExpect(status().isNotFound())
          .andExpect(content().string(containsString("har inget år " + year)));
    }
    http.perform(get("/api" + version + "/document?format=pdf&year=3000"))
        .andExpect(status().isNotFound());
  }

  @Test
  void aDraftsDocumentIsWatermarkedAndHiddenFromThePublic() throws Exception {
    PlanSummary plan = versions.plan("1488", "omsorgsnamnden", 2024).orElseThrow();
    int draft =
        versions.versions(plan.planId()).stream()
            .filter(v -> v.status() == PlanStatus.DRAFT)
            .map(VersionSummary::number)
            .findFirst()
            .orElseGet(() -> plans.revise(plan.planId(), 1, "test").number());
    new TestUsers(users, encoder)
        .ensure(
            "document-reader", Grant.of(Role.READER, plan.municipalityCode(), plan.committeeId()));
    String document = "/plans/" + plan.planId() + "/versions/" + draft + "/document";

    http.perform(get(document + ".pdf")).andExpect(status().isNotFound());
    http.perform(get("/api" + document).param("format", "pdf")).andExpect(status().isNotFound());
    byte[] pdf =
        http.perform(get(document + ".pdf").with(user("document-reader")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(text(pdf)).contains("Utkast");
    http.perform(get(document).with(user("document-reader")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("class=\"draft-banner\"")));
  }

  @Test
  void theApiPrintsTheFormatAskedForAndRefusesAnUnknownOne() throws Exception {
    PlanSummary plan = versions.plan("0181", "omsorgsnamnden", 2025).orElseThrow();
    String document = "/api/plans/" + plan.planId() + "/versions/1/document";

    byte[] first =
        http.perform(get(document))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    byte[] again =
        http.perform(get(document).param("format", "pdf"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(again).as("a decided version's document is printed once").isEqualTo(first);
    byte[] docx =
        http.perform(get(document).param("format", "docx"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", DOCX))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(new String(docx, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("PK");
    http.perform(get(document).param("format", "odt")).andExpect(status().isBadRequest());
    http.perform(get("/v3/api-docs"))
        .andExpect(
            content().string(containsString("/api/plans/{planId}/versions/{number}/document")));
  }

  private static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
