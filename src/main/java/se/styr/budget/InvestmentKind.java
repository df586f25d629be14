package se.styr.budget;

import java.util.Optional;
import se.styr.shared.FileWords;

/** New investment, reinvestment or a yearly grant (löpande investeringsanslag, årsanslag). */
public enum InvestmentKind {
  NEW,
  REINVESTMENT,
  YEARLY_GRANT;

  public String fileName() {
    return FileWords.of(this);
  }

  public static Optional<InvestmentKind> fromFileName(String name) {
    return FileWords.parse(InvestmentKind.class, name);
  }
}
