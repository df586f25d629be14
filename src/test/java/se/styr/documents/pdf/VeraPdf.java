package se.styr.documents.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * veraPDF's validation of a PDF against flavours (PDF/UA-1, PDF/A-3a, ...), run in-process by its
 * library from Maven Central: the same rules as the veraPDF application, nothing downloaded.
 */
final class VeraPdf {
  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private VeraPdf() {}

  /** A rule the PDF breaks: its clause and test number, what it requires, and how often. */
  record FailedRule(String clause, int test, String description, int count) {
    @Override
    public String toString() {
      return "%s-%d (%d×): %s".formatted(clause, test, count, description);
    }
  }

  /**
   * The rules of each flavour that {@code pdf} breaks, by clause; an empty list for a flavour it
   * conforms to. The PDF is parsed once for all of them, as the veraPDF application does, which
   * takes about a third less time than a parse per flavour.
   */
  static Map<PDFAFlavour, List<FailedRule>> failedRules(byte[] pdf, PDFAFlavour... flavours) {
    List<ValidationResult> results;
    try (VeraPDFFoundry foundry = Foundries.defaultInstance();
        PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), flavours[0]);
        PDFAValidator validator = foundry.createValidator(List.of(flavours))) {
      results = validator.validateAll(parser);
    } catch (Exception e) {
      throw new IllegalStateException("veraPDF could not validate the PDF: " + e, e);
    }
    Map<PDFAFlavour, List<FailedRule>> failed = new LinkedHashMap<>();
    for (ValidationResult result : results) {
      failed.put(result.getPDFAFlavour(), failedRules(result));
    }
    return failed;
  }

  private static List<FailedRule> failedRules(ValidationResult result) {
    List<FailedRule> failed = new ArrayList<>();
    for (Map.Entry<RuleId, Integer> check : result.getFailedChecks().entrySet()) {
      RuleId id = check.getKey();
      Rule rule = result.getValidationProfile().getRuleByRuleId(id);
      failed.add(
          new FailedRule(
              id.getClause(),
              id.getTestNumber(),
              rule == null ? "" : rule.getDescription(),
              check.getValue()));
    }
    failed.sort(Comparator.comparing(FailedRule::clause).thenComparing(FailedRule::test));
    return failed;
  }
}
