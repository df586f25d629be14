package se.styr.plan.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import se.styr.budget.FigureChanges.FigureChange;
import se.styr.budget.FigureChanges.TableChange;
import se.styr.plan.VersionComparison.Comparison;
import se.styr.shared.SwedishNumbers;
import se.styr.shared.Text;
import se.styr.texts.SectionChanges.TextChange;
import se.styr.texts.TextDiff;
import se.styr.version.Changes.ChangeKind;
import se.styr.version.Changes.FieldChange;

/**
 * A {@link Comparison} as the page shows it: each text split into the old side (kept and deleted
 * words) and the new side (kept and inserted words), figures in Swedish format with their
 * difference, and goals, indicators and commitments with their changed fields; a field's enum
 * values (a unit, a status) in the reader's words.
 */
record ComparisonView(
    List<FieldRow> header,
    List<SectionRow> sections,
    List<TableChange> tables,
    List<FigureRow> figures,
    List<ItemRow> goals,
    List<ItemRow> indicators,
    List<ItemRow> commitments) {

  /** A piece of one side of a text: kept ("same"), deleted ("del") or inserted ("ins"). */
  record Piece(String kind, String text) {
    public boolean deleted() {
      return "del".equals(kind);
    }

    public boolean inserted() {
      return "ins".equals(kind);
    }
  }

  /**
   * One changed field; {@code field} names its label in the bundle, {@code qualifier} the year,
   * period or number.
   */
  record FieldRow(
      String field,
      String qualifier,
      boolean hadOld,
      boolean hasNew,
      List<Piece> oldSide,
      List<Piece> newSide) {}

  record SectionRow(
      ChangeKind kind,
      String key,
      String title,
      String oldTitle,
      String newTitle,
      boolean hadOld,
      boolean hasNew,
      List<Piece> oldSide,
      List<Piece> newSide) {}

  record FigureRow(
      ChangeKind kind,
      String table,
      String row,
      String column,
      String unit,
      String oldValue,
      String newValue,
      String difference) {}

  /**
   * A goal, indicator, activity or assignment; {@code type} is ACTIVITY or ASSIGNMENT for
   * commitments, else null.
   */
  record ItemRow(
      ChangeKind kind, String type, String label, String context, List<FieldRow> fields) {}

  /**
   * The view of {@code comparison}, enum values put into words by {@code words} (the reader's
   * language).
   */
  static ComparisonView of(Comparison comparison, Function<Text, String> words) {
    return new ComparisonView(
        comparison.header().stream().map(c -> field(c, words)).toList(),
        comparison.sections().stream().map(ComparisonView::section).toList(),
        comparison.tables(),
        comparison.figures().stream().map(ComparisonView::figure).toList(),
        comparison.goals().stream()
            .map(
                g ->
                    new ItemRow(
                        g.kind(),
                        null,
                        g.number() == null ? g.title() : g.number() + " " + g.title(),
                        null,
                        fields(g.fields(), words)))
            .toList(),
        comparison.indicators().stream()
            .map(i -> new ItemRow(i.kind(), null, i.name(), i.goal(), fields(i.fields(), words)))
            .toList(),
        comparison.commitments().stream()
            .map(
                c ->
                    new ItemRow(
                        c.kind(), c.type().name(), c.title(), null, fields(c.fields(), words)))
            .toList());
  }

  public boolean isEmpty() {
    return header.isEmpty()
        && sections.isEmpty()
        && tables.isEmpty()
        && figures.isEmpty()
        && goals.isEmpty()
        && indicators.isEmpty()
        && commitments.isEmpty();
  }

  private static List<FieldRow> fields(List<FieldChange> changes, Function<Text, String> words) {
    return changes.stream().map(c -> field(c, words)).toList();
  }

  private static FieldRow field(FieldChange change, Function<Text, String> words) {
    List<TextDiff.Segment> diff =
        TextDiff.words(
            shown(change, change.oldValue(), words), shown(change, change.newValue(), words));
    return new FieldRow(
        change.field().name(),
        change.qualifier(),
        change.oldValue() != null,
        change.newValue() != null,
        side(diff, TextDiff.Kind.DELETED),
        side(diff, TextDiff.Kind.INSERTED));
  }

  /**
   * A value as it stands, or an enum's plan-file word in the reader's words ("percent": "%",
   * "decided": "Beslutad").
   */
  private static String shown(FieldChange change, String value, Function<Text, String> words) {
    if (value == null || change.words() == null) {
      return value;
    }
    return words.apply(Text.of(change.words() + value.toUpperCase(Locale.ROOT)));
  }

  private static SectionRow section(TextChange change) {
    return new SectionRow(
        change.kind(),
        change.key(),
        change.title(),
        change.oldTitle(),
        change.newTitle(),
        change.kind() != ChangeKind.ADDED,
        change.kind() != ChangeKind.REMOVED,
        side(change.diff(), TextDiff.Kind.DELETED),
        side(change.diff(), TextDiff.Kind.INSERTED));
  }

  private static FigureRow figure(FigureChange change) {
    BigDecimal difference =
        change.oldValue() != null && change.newValue() != null
            ? change.newValue().subtract(change.oldValue())
            : null;
    return new FigureRow(
        change.kind(),
        change.tableTitle(),
        change.rowLabel(),
        change.columnLabel(),
        change.unit(),
        number(change.oldValue()),
        number(change.newValue()),
        difference == null ? null : signed(difference));
  }

  /**
   * One side of a diff: the kept segments and those of {@code own} kind (deleted on the old side,
   * inserted on the new).
   */
  static List<Piece> side(List<TextDiff.Segment> diff, TextDiff.Kind own) {
    List<Piece> pieces = new ArrayList<>();
    for (TextDiff.Segment segment : diff) {
      if (segment.kind() == TextDiff.Kind.EQUAL) {
        pieces.add(new Piece("same", segment.text()));
      } else if (segment.kind() == own) {
        pieces.add(new Piece(own == TextDiff.Kind.DELETED ? "del" : "ins", segment.text()));
      }
    }
    return pieces;
  }

  private static String number(BigDecimal value) {
    return value == null ? null : SwedishNumbers.format(value);
  }

  private static String signed(BigDecimal difference) {
    String text = SwedishNumbers.format(difference);
    return difference.signum() > 0 ? "+" + text : text;
  }
}
