package se.styr.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * A sum and difference of references, as written in a plan file: {@code costs - revenue}, {@code
 * pop_65_79 + pop_80}, {@code other_table.row}. Operators stand between spaces, because keys may
 * hold hyphens ({@code nya-malgruppsbehov}).
 */
public record Formula(List<Term> terms) {

  /** One reference with its sign; a reference is one to three dot-separated keys. */
  public record Term(boolean negative, List<String> reference) {
    public Term {
      reference = List.copyOf(reference);
    }

    public String referenceText() {
      return String.join(".", reference);
    }
  }

  public Formula {
    terms = List.copyOf(terms);
    if (terms.isEmpty()) {
      throw new InvalidValueException(Text.of("budget.formula.noTerm"));
    }
  }

  /** Parses a formula; the message of the exception says what is wrong with it. */
  /**
   * The same formula with every reference to a column of the same row (a single key) renamed by
   * {@code rename}; references to other cells stay.
   */
  public Formula withColumnsRenamed(java.util.function.UnaryOperator<String> rename) {
    return new Formula(
        terms.stream()
            .map(
                t ->
                    t.reference().size() == 1
                        ? new Term(t.negative(), List.of(rename.apply(t.reference().get(0))))
                        : t)
            .toList());
  }

  public static Formula parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidValueException(Text.of("budget.formula.empty"));
    }
    String[] tokens = text.strip().split("\\s+");
    List<Term> terms = new ArrayList<>();
    boolean negative = false;
    boolean expectReference = true;
    for (String token : tokens) {
      if (token.equals("+") || token.equals("-")) {
        if (expectReference && !terms.isEmpty()) {
          throw new InvalidValueException(Text.of("budget.formula.twoOperators", text));
        }
        negative = token.equals("-");
        expectReference = true;
        continue;
      }
      if (!expectReference) {
        throw new InvalidValueException(Text.of("budget.formula.missingOperator", token, text));
      }
      String[] parts = token.split("\\.", -1);
      if (parts.length > 3) {
        throw new InvalidValueException(Text.of("budget.formula.longReference", token));
      }
      for (String part : parts) {
        if (!part.matches("[A-Za-z0-9_][A-Za-z0-9_\\-]*")) {
          throw new InvalidValueException(Text.of("budget.formula.notReference", token));
        }
      }
      terms.add(new Term(negative, List.of(parts)));
      negative = false;
      expectReference = false;
    }
    if (expectReference) {
      throw new InvalidValueException(Text.of("budget.formula.endsWithOperator", text));
    }
    return new Formula(terms);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < terms.size(); i++) {
      Term term = terms.get(i);
      if (i == 0) {
        text.append(term.negative() ? "- " : "");
      } else {
        text.append(term.negative() ? " - " : " + ");
      }
      text.append(term.referenceText());
    }
    return text.toString();
  }

  public String references() {
    return terms.stream().map(Term::referenceText).collect(Collectors.joining(", "));
  }
}
