package se.styr;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The declared order of Styr's modules and the check of it. A module is one package (never its
 * subpackages, which are modules of their own). A module may depend on modules of a lower rank
 * only; modules of the same rank (the features) know nothing of each other. See docs/adr/0010.
 */
final class Boundaries {
  private final String root;
  private final Map<String, Integer> ranks = new LinkedHashMap<>();

  private Boundaries(String root) {
    this.root = root;
  }

  /** Styr's modules, lowest first; each line is one rank. */
  static Boundaries styr() {
    return new Boundaries("se.styr")
        .rank("shared")
        .rank("shared.file")
        .rank("shared.yaml")
        .rank("cluster")
        .rank("imports.sie", "imports.excel", "imports.kolada", "imports.scb")
        .rank("security")
        .rank("web")
        .rank("organisation")
        .rank("version")
        .rank("budget", "goals", "texts", "followup", "forecast")
        .rank("imports.ledger", "national")
        .rank("checks", "charts")
        .rank("plan")
        .rank("followup.report")
        .rank("plan.web")
        .rank(
            "budget.web",
            "goals.web",
            "national.web",
            "followup.report.web",
            "texts.web",
            "charts.web",
            "forecast.web",
            "organisation.web",
            "documents.model",
            "admin",
            "installation",
            "accessibility")
        .rank("documents.html", "documents.painting", "documents.docx")
        .rank("documents.pdf")
        .rank("documents")
        .rank("documents.web")
        .rank("cli")
        .rank("");
  }

  /** Modules under {@code root}, lowest first, for checking other code (tests of this check). */
  static Boundaries of(String root) {
    return new Boundaries(root);
  }

  Boundaries rank(String... modules) {
    int rank =
        ranks.isEmpty()
            ? 0
            : ranks.values().stream().mapToInt(Integer::intValue).max().getAsInt() + 1;
    for (String module : modules) {
      ranks.put(module.isEmpty() ? root : root + "." + module, rank);
    }
    return this;
  }

  /**
   * Every dependency against the order, and every class outside a declared module, one line each.
   */
  List<String> violations(JavaClasses classes) {
    Set<String> lines = new TreeSet<>();
    for (JavaClass origin : classes) {
      String from = origin.getPackageName();
      if (!ranks.containsKey(from)) {
        lines.add(origin.getName() + " is in package " + from + ", which is no declared module");
        continue;
      }
      for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
        String to = dependency.getTargetClass().getPackageName();
        if (to.equals(from) || !(to.equals(root) || to.startsWith(root + "."))) {
          continue;
        }
        Integer target = ranks.get(to);
        if (target == null || target >= ranks.get(from)) {
          lines.add(
              short_(from)
                  + " -> "
                  + short_(to)
                  + ": "
                  + origin.getSimpleName()
                  + " uses "
                  + dependency.getTargetClass().getName()
                  + (target == null
                      ? " (no declared module)"
                      : target.equals(ranks.get(from))
                          ? " (same rank: features know nothing of each other)"
                          : " (against the order)"));
        }
      }
    }
    return new ArrayList<>(lines);
  }

  /** The groups of packages that depend on each other in a circle, each as "a, b, c". */
  List<String> cycles(JavaClasses classes) {
    Map<String, Set<String>> edges = new TreeMap<>();
    for (JavaClass origin : classes) {
      edges.computeIfAbsent(origin.getPackageName(), k -> new TreeSet<>());
      for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
        String from = origin.getPackageName();
        String to = dependency.getTargetClass().getPackageName();
        if (!to.equals(from) && (to.equals(root) || to.startsWith(root + "."))) {
          edges.get(from).add(to);
        }
      }
    }
    return new StronglyConnected(edges)
        .components().stream()
            .filter(component -> component.size() > 1)
            .map(
                component ->
                    String.join(", ", component.stream().map(this::short_).sorted().toList()))
            .sorted()
            .toList();
  }

  /** Tarjan's strongly connected components of a small graph. */
  private static final class StronglyConnected {
    private final Map<String, Set<String>> edges;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new HashSet<>();
    private final List<List<String>> components = new ArrayList<>();

    StronglyConnected(Map<String, Set<String>> edges) {
      this.edges = edges;
    }

    List<List<String>> components() {
      for (String node : edges.keySet()) {
        if (!index.containsKey(node)) {
          visit(node);
        }
      }
      return components;
    }

    private void visit(String node) {
      index.put(node, index.size());
      low.put(node, index.get(node));
      stack.push(node);
      onStack.add(node);
      for (String next : edges.getOrDefault(node, Set.of())) {
        if (!index.containsKey(next)) {
          visit(next);
          low.put(node, Math.min(low.get(node), low.get(next)));
        } else if (onStack.contains(next)) {
          low.put(node, Math.min(low.get(node), index.get(next)));
        }
      }
      if (low.get(node).equals(index.get(node))) {
        List<String> component = new ArrayList<>();
        String member;
        do {
          member = stack.pop();
          onStack.remove(member);
          component.add(member);
        } while (!member.equals(node));
        components.add(component);
      }
    }
  }

  private String short_(String packageName) {
    return packageName.equals(root) ? "(root)" : packageName.substring(root.length() + 1);
  }
}
