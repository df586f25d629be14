package se.styr.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a SIE 4 file of {@code rows} #TRANS rows in vouchers of ten (CP437, as the standard says),
 * like a municipality's ledger for a year: a chart of 400 accounts, 200 cost centres (dimension 1,
 * coded as the demo plan of Lerum maps them to its areas: 1000, and 11xx, 21xx ... 26xx) and 50
 * activities (dimension 6), and vouchers through the year whose rows balance, each row naming a
 * cost centre and an activity. The same seed writes the same file. Run {@code java ...
 * se.styr.bench.SieFiles FILE ROWS} to write one by hand.
 */
public final class SieFiles {
  private static final Charset CP437 = Charset.forName("IBM437");

  private SieFiles() {}

  public static void main(String[] args) throws IOException {
    write(Path.of(args[0]), Integer.parseInt(args[1]), 2024);
  }

  /** Writes the file for financial year {@code year} and returns it. */
  public static Path write(Path file, int rows, int year) throws IOException {
    Random random = new Random(15);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      StringBuilder line = new StringBuilder(256);
      line.append("#FLAGGA 0\n#PROGRAM \"Styr SieFiles\" 1\n#FORMAT PC8\n")
          .append("#GEN ")
          .append(year)
          .append("0905\n#SIETYP 4\n#FNAMN \"Exempelkommun (genererad)\"\n")
          .append("#RAR 0 ")
          .append(year)
          .append("0101 ")
          .append(year)
          .append("1231\n#DIM 1 \"Ansvar\"\n#DIM 6 \"Verksamhet\"\n");
      for (int a = 0; a < 400; a++) {
        line.append("#KONTO ")
            .append(account(a))
            .append(" \"Konto nummer ")
            .append(a)
            .append("\"\n");
      }
      for (int o = 0; o < 200; o++) {
        line.append("#OBJEKT 1 \"")
            .append(costCentre(o))
            .append("\" \"Enhet ")
            .append(o)
            .append("\"\n");
      }
      for (int o = 0; o < 50; o++) {
        line.append("#OBJEKT 6 \"")
            .append(500 + o)
            .append("\" \"Verksamhet ")
            .append(o)
            .append("\"\n");
      }
      out.write(line.toString().getBytes(CP437));
      int written = 0;
      int voucher = 0;
      while (written < rows) {
        voucher++;
        int inVoucher = Math.min(10, rows - written);
        int month = 1 + (voucher * 12 / Math.max(1, rows / 10 + 1)) % 12;
        String date = String.format("%d%02d%02d", year, month, 1 + voucher % 28);
        line.setLength(0);
        line.append("#VER A ")
            .append(voucher)
            .append(' ')
            .append(date)
            .append(" \"Leverantörsfaktura ")
            .append(voucher)
            .append("\"\n{\n");
        long balance = 0;
        for (int r = 0; r < inVoucher; r++) {
          long ore;
          String account;
          if (r == inVoucher - 1) {
            ore = -balance;
            account = "2440";
          } else {
            ore = (random.nextInt(2_000_000) - 500_000);
            account = account(random.nextInt(400));
          }
          balance += ore;
          line.append("#TRANS ")
              .append(account)
              .append(" {1 \"")
              .append(costCentre(random.nextInt(200)))
              .append("\" 6 \"")
              .append(500 + random.nextInt(50))
              .append("\"} ");
          amount(line, ore);
          line.append(' ').append(date).append(" \"Rad ").append(r).append("\"\n");
        }
        line.append("}\n");
        out.write(line.toString().getBytes(CP437));
        written += inVoucher;
      }
    }
    return file;
  }

  private static final String[] PREFIXES = {"11", "21", "22", "23", "24", "25", "26"};

  /** Cost centre {@code o} of 200: 1000, then 11xx, 21xx ... 26xx. */
  static String costCentre(int o) {
    return o == 0 ? "1000" : PREFIXES[o % 7] + String.format("%02d", o / 7);
  }

  private static String account(int a) {
    return Integer.toString(3000 + a * 10);
  }

  private static void amount(StringBuilder line, long ore) {
    if (ore < 0) {
      line.append('-');
      ore = -ore;
    }
    line.append(ore / 100).append('.');
    long cents = ore % 100;
    if (cents < 10) {
      line.append('0');
    }
    line.append(cents);
  }
}
