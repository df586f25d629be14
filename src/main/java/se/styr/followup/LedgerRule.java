package se.styr.followup;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Which rows of the ledger belong to one operational area or investment project ({@code key}):
 * those on an account {@code accounts} names (empty: any account the mapping takes as outcome) and,
 * for each dimension in {@code objects}, with an object of that dimension that one of its patterns
 * names (say cost centres 1100-1199 of dimension 1, ansvar).
 */
public record LedgerRule(
    String key, List<CodePattern> accounts, Map<Integer, List<CodePattern>> objects) {
  public LedgerRule {
    Objects.requireNonNull(key, "key");
    accounts = List.copyOf(accounts);
    TreeMap<Integer, List<CodePattern>> copy = new TreeMap<>();
    objects.forEach((d, p) -> copy.put(d, List.copyOf(p)));
    objects = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Whether a row on {@code account} whose object of each dimension {@code objectOf} gives (null
   * for none) belongs here.
   */
  public boolean matches(String account, IntFunction<String> objectOf) {
    if (!accounts.isEmpty() && !CodePattern.any(accounts, account)) {
      return false;
    }
    for (Map.Entry<Integer, List<CodePattern>> entry : objects.entrySet()) {
      String code = objectOf.apply(entry.getKey());
      if (code == null || !CodePattern.any(entry.getValue(), code)) {
        return false;
      }
    }
    return true;
  }
}
