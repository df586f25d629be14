package se.styr.budget;

import java.util.Arrays;
import java.util.Optional;

/** New investment, reinvestment or a yearly grant (löpande investeringsanslag, årsanslag). */
public enum InvestmentKind {
  NEW, REINVESTMENT, YEARLY_GRANT;

  public String fileName() {
    return name().toLowerCase();
  }

  public static Optional<InvestmentKind> fromFileName(String name) {
    return Arrays.stream(values()).filter(k -> k.fileName().equals(name)).findFirst();
  }
}
