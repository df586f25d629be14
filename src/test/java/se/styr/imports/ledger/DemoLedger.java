package se.styr.imports.ledger;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import se.styr.followup.AreaEconomy;
import se.styr.followup.CodePattern;
import se.styr.followup.LedgerMapping;
import se.styr.followup.LedgerRule;
import se.styr.followup.report.FollowUpReport;
import se.styr.followup.report.FollowUpReportFile;
import se.styr.imports.sie.SieAmounts;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;

/**
 * Writes the demo ledger Styr ships for Lerum's delårsrapport 2024 ({@code
 * demo/ledger/lerum-2024-08.se}): invented, and said so in the file, a SIE 4 file of January to
 * August 2024 whose rows, read by the demo plan's ledger mapping, give each area exactly the
 * outcome to date the demo report states (revenue and cost as its gross figures say where it has
 * them), one voucher a month per area, and one cost on a cost centre no area takes, so the import
 * has something to list as unmapped. Run {@code main} to write it again.
 */
final class DemoLedger {
  static final Path FILE = Path.of("demo/ledger/lerum-2024-08.se");
  static final Path PLAN = Path.of("demo/lerum-stod-och-omsorgsnamnden-2024.yaml");
  static final Path REPORT = Path.of("demo/followup/lerum-delar-2024.yaml");
  static final Charset CP437 = Charset.forName("IBM437");
  private static final BigDecimal ORE_PER_MKR = new BigDecimal("100000000");

  private DemoLedger() {}

  public static void main(String[] args) throws IOException {
    Files.createDirectories(FILE.getParent());
    Files.write(FILE, text().getBytes(CP437));
  }

  static String text() throws IOException {
    PlanDocument plan = PlanFileReader.read(PLAN);
    FollowUpReport report =
        FollowUpReportFile.read(REPORT.getFileName().toString(), Files.readString(REPORT), plan);
    LedgerMapping mapping = plan.followUp().ledger();
    StringBuilder sie = new StringBuilder();
    sie.append("#FLAGGA 0\n")
        .append("#PROGRAM \"Styr demodata\" 1\n")
        .append("#FORMAT PC8\n")
        .append("#GEN 20240905\n")
        .append("#SIETYP 4\n")
        .append(
            "#PROSA \"Demodata: en påhittad huvudbok för Styrs demo, inte Lerums kommuns"
                + " bokföring\"\n")
        .append("#FNAMN \"Lerums kommun, stöd- och omsorgsnämnden (demodata)\"\n")
        .append("#RAR 0 20240101 20241231\n")
        .append("#DIM 1 \"Ansvar\"\n");
    for (LedgerRule rule : mapping.areas()) {
      sie.append("#OBJEKT 1 \"")
          .append(code(rule))
          .append("\" \"")
          .append(
              plan.areas().stream()
                  .filter(a -> a.key().equals(rule.key()))
                  .findFirst()
                  .orElseThrow()
                  .name())
          .append("\"\n");
    }
    sie.append("#OBJEKT 1 \"9100\" \"Gemensamt, ej fördelat\"\n")
        .append("#KONTO 1930 \"Bank\"\n")
        .append("#KONTO 3010 \"Avgifter och ersättningar\"\n")
        .append("#KONTO 4010 \"Köp av huvudverksamhet\"\n")
        .append("#KONTO 5010 \"Löner\"\n");
    int number = 0;
    for (int month = 1; month <= 8; month++) {
      for (LedgerRule rule : mapping.areas()) {
        AreaEconomy area =
            report.economy().stream()
                .filter(a -> a.area().equals(rule.key()))
                .findFirst()
                .orElse(null);
        if (area == null || area.outcomeToDate() == null) {
          continue;
        }
        // Lerum states net results, costs negative; the ledger debits costs and credits revenue
        long net = ore(area.outcomeToDate().negate());
        long revenue =
            area.gross() != null && area.gross().revenue().outcomeToDate() != null
                ? -ore(area.gross().revenue().outcomeToDate())
                : 0;
        long cost = net - revenue;
        number++;
        String date = String.format("2024%02d25", month);
        sie.append("#VER A ")
            .append(number)
            .append(' ')
            .append(date)
            .append(" \"Månadens utfall ")
            .append(month)
            .append("\"\n{\n");
        long monthRevenue = share(revenue, month);
        long monthCost = share(cost, month);
        long wages = monthCost * 7 / 10;
        row(sie, "3010", code(rule), monthRevenue);
        row(sie, "5010", code(rule), wages);
        row(sie, "4010", code(rule), monthCost - wages);
        row(sie, "1930", null, -(monthRevenue + monthCost));
        sie.append("}\n");
      }
    }
    sie.append("#VER A ").append(++number).append(" 20240830 \"Gemensamma kostnader\"\n{\n");
    row(sie, "5010", "9100", 1250000);
    row(sie, "1930", null, -1250000);
    sie.append("}\n");
    return sie.toString();
  }

  /** The cost centre the demo gives an area: its pattern, a beginning filled out. */
  static String code(LedgerRule rule) {
    CodePattern pattern = rule.objects().get(1).get(0);
    return pattern instanceof CodePattern.Prefix prefix
        ? prefix.prefix() + "10"
        : pattern.written();
  }

  /** A month's part of a sum over January to August, the rounding in August. */
  private static long share(long total, int month) {
    long part = total / 8;
    return month < 8 ? part : total - part * 7;
  }

  private static long ore(BigDecimal mkr) {
    return mkr.multiply(ORE_PER_MKR).longValueExact();
  }

  private static void row(StringBuilder sie, String account, String costCentre, long ore) {
    if (ore == 0) {
      return;
    }
    sie.append("#TRANS ")
        .append(account)
        .append(costCentre == null ? " {} " : " {1 \"" + costCentre + "\"} ")
        .append(SieAmounts.written(ore))
        .append('\n');
  }
}
