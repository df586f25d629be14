package se.styr.documents.model;

import java.util.List;
import java.util.Objects;

/**
 * The title page: municipality, committee, the kind of document as the plan names itself
 * ("Verksamhetsplan med budget 2024"), the years it covers, and the facts a decided plan carries
 * (decision date, §, dnr, body, chair, responsible officer). Facts the plan lacks are left out,
 * never printed empty.
 */
public record TitlePage(
    String municipality, String committee, String documentType, String period, List<Fact> facts) {
  public TitlePage {
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(committee, "committee");
    Objects.requireNonNull(documentType, "document type");
    facts = List.copyOf(facts);
  }

  /** A label and its value, both as printed: "Dnr" and "2024/00152". */
  public record Fact(String label, String value) {
    public Fact {
      Objects.requireNonNull(label, "fact label");
      Objects.requireNonNull(value, "fact value");
    }
  }
}
