package se.styr.documents.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;
import se.styr.shared.file.TextFiles;
import se.styr.shared.yaml.YamlFile;
import se.styr.shared.yaml.YamlMap;

/**
 * Reads a municipality's document layout file (format {@code styr-layout/1}, see
 * docs/document-layout.md), and finds the layout for a municipality: a file {@code CODE.yaml} in
 * the installation's layout folder, else the one Styr ships for it, else {@link
 * DocumentLayout#DEFAULT}. A broken file is refused with every problem by line, never half used.
 */
public final class LayoutFile {
  public static final String FORMAT = "styr-layout/1";

  /** The layouts Styr ships, one per municipality code. */
  static final String SHIPPED = "/documents/layouts/";

  private static final Set<String> FIELDS =
      Set.of(
          "format",
          "municipality",
          "contentsDepth",
          "budgetCharts",
          "indicatorCharts",
          "parts",
          "report");
  private static final Set<String> PLACEMENT_FIELDS =
      Set.of("part", "after", "heading", "level", "appendix");
  private static final Set<String> REPORT_FIELDS =
      Set.of("contentsDepth", "deviationChart", "indicatorCharts", "parts");
  private static final Set<String> REPORT_PLACEMENT_FIELDS =
      Set.of("part", "heading", "level", "appendix");

  /** Every print asks for its layout; the shipped ones never change, so each is read once. */
  private static final Map<String, Optional<DocumentLayout>> SHIPPED_LAYOUTS =
      new ConcurrentHashMap<>();

  private static final Map<Path, Installed> INSTALLED = new ConcurrentHashMap<>();

  private LayoutFile() {}

  public static DocumentLayout read(Path file) {
    return read(file.toString(), TextFiles.utf8(file));
  }

  public static DocumentLayout read(String file, String text) {
    return YamlFile.read(
        file, text, Text.of("document.layout.file"), (map, reading) -> layout(map));
  }

  /**
   * The layout for the municipality {@code code}: {@code folder/CODE.yaml} if the folder (may be
   * null) has one, else the shipped one, else the default.
   */
  public static DocumentLayout forMunicipality(String code, Path folder) {
    if (code == null) {
      return DocumentLayout.DEFAULT; // an organisation named only
    }
    if (!code.matches("\\d{4}")) {
      throw new InvalidValueException(Text.of("document.layout.code", code));
    }
    if (folder != null) {
      Path own = folder.resolve(code + ".yaml");
      if (Files.isRegularFile(own)) {
        return installed(own);
      }
    }
    return SHIPPED_LAYOUTS
        .computeIfAbsent(code, LayoutFile::shipped)
        .orElse(DocumentLayout.DEFAULT);
  }

  /** An installation's layout file, read again only when it has changed since it was last read. */
  private static DocumentLayout installed(Path file) {
    try {
      FileTime modified = Files.getLastModifiedTime(file);
      Installed known = INSTALLED.get(file);
      if (known != null && known.modified().equals(modified)) {
        return known.layout();
      }
      DocumentLayout layout = read(file);
      INSTALLED.put(file, new Installed(modified, layout));
      return layout;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Installed(FileTime modified, DocumentLayout layout) {}

  static Optional<DocumentLayout> shipped(String code) {
    String name = SHIPPED + code + ".yaml";
    try (InputStream in = LayoutFile.class.getResourceAsStream(name)) {
      return in == null
          ? Optional.empty()
          : Optional.of(read(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DocumentLayout layout(YamlMap map) {
    map.allowOnly(FIELDS);
    String format = map.text("format", true);
    if (format != null && !format.equals(FORMAT)) {
      map.problem("format", Text.of("document.layout.format", format, FORMAT));
    }
    String municipality = map.text("municipality", false);
    if (municipality != null && !municipality.matches("\\d{4}")) {
      map.problem("municipality", Text.of("document.layout.code", municipality));
    }
    Integer depth = contentsDepth(map);
    List<DocumentLayout.Placement> placements = new ArrayList<>();
    Set<DocumentLayout.Part> placed = EnumSet.noneOf(DocumentLayout.Part.class);
    for (YamlMap item : map.maps("parts", Text.of("document.layout.part"))) {
      item.allowOnly(PLACEMENT_FIELDS);
      DocumentLayout.Part part = item.word("part", true, DocumentLayout.Part.class);
      String after = item.text("after", false);
      boolean appendix = item.flag("appendix", false);
      Integer level = item.integer("level", false);
      if (level != null && (level < 1 || level > 6)) {
        item.problem("level", Text.of("document.layout.level", level));
        continue;
      }
      if (part == null) {
        continue;
      }
      if (!placed.add(part)) {
        item.problem("part", Text.of("document.layout.twice", part.fileName()));
      } else if (appendix && after != null) {
        item.problem("after", Text.of("document.layout.appendixAfter"));
      } else {
        placements.add(
            new DocumentLayout.Placement(
                part, after, item.text("heading", false), level, appendix));
      }
    }
    ReportLayout report =
        map.map("report", false).map(LayoutFile::report).orElse(ReportLayout.DEFAULT);
    return new DocumentLayout(
        municipality,
        depth == null ? DocumentLayout.DEFAULT.contentsDepth() : depth,
        placements,
        map.flag("budgetCharts", DocumentLayout.DEFAULT.budgetCharts()),
        map.flag("indicatorCharts", DocumentLayout.DEFAULT.indicatorCharts()),
        report);
  }

  /** The levels of headings listed in a table of contents, or null when absent or wrong. */
  private static Integer contentsDepth(YamlMap map) {
    Integer depth = map.integer("contentsDepth", false);
    if (depth != null && (depth < 0 || depth > 6)) {
      map.problem("contentsDepth", Text.of("document.layout.contentsDepth", depth));
      return null;
    }
    return depth;
  }

  /** The {@code report} section: how follow-up reports are arranged. */
  private static ReportLayout report(YamlMap map) {
    map.allowOnly(REPORT_FIELDS);
    Integer depth = contentsDepth(map);
    List<ReportLayout.Placement> placements = new ArrayList<>();
    Set<ReportLayout.Part> placed = EnumSet.noneOf(ReportLayout.Part.class);
    for (YamlMap item : map.maps("parts", Text.of("document.layout.reportPart"))) {
      item.allowOnly(REPORT_PLACEMENT_FIELDS);
      ReportLayout.Part part = item.word("part", true, ReportLayout.Part.class);
      Integer level = item.integer("level", false);
      if (level != null && (level < 1 || level > 6)) {
        item.problem("level", Text.of("document.layout.level", level));
        continue;
      }
      if (part == null) {
        continue;
      }
      if (!placed.add(part)) {
        item.problem("part", Text.of("document.layout.twice", part.fileName()));
      } else {
        placements.add(
            new ReportLayout.Placement(
                part, item.text("heading", false), level, item.flag("appendix", false)));
      }
    }
    return new ReportLayout(
        depth == null ? ReportLayout.DEFAULT.contentsDepth() : depth,
        map.flag("deviationChart", ReportLayout.DEFAULT.deviationChart()),
        map.flag("indicatorCharts", ReportLayout.DEFAULT.indicatorCharts()),
        placements);
  }
}
