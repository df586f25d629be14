package se.styr.imports.sie;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import se.styr.shared.Text;
import se.styr.shared.file.BadFileException;
import se.styr.shared.file.FileProblem;

/**
 * Reads a SIE 4 file (4E with balances, or 4I with vouchers only) in constant memory, whatever its
 * size, and hands every record to a {@link SieHandler} as it goes. It checks the file as it reads:
 * the syntax of each line, every field of every record the standard defines (dates YYYYMMDD,
 * amounts exact in öre, object lists), that each voucher's rows balance, the {@code #KSUMMA}
 * checksum where the file has one ({@link SieChecksum}), and that the balances agree with the
 * transactions where the file has both ({@link SieLedgerCheck}). Every problem is collected with
 * its line and column (the first thousand, then a count); if there is any, the file is refused at
 * the end with a {@link BadFileException} naming them all. Records the standard does not define are
 * handed on as {@link SieRecord.Unknown} and otherwise ignored, as the standard says.
 */
public final class SieReader {
  static final int MOST_PROBLEMS = 1000;

  private static final Set<String> IDENTIFICATION =
      Set.of(
          "#FLAGGA",
          "#PROGRAM",
          "#FORMAT",
          "#GEN",
          "#SIETYP",
          "#PROSA",
          "#FTYP",
          "#FNR",
          "#ORGNR",
          "#BKOD",
          "#ADRESS",
          "#FNAMN",
          "#TAXAR",
          "#OMFATTN",
          "#KPTYP",
          "#VALUTA");

  private final String file;
  private final SieHandler handler;
  private final SieLine line = new SieLine();
  private final List<FileProblem> problems = new ArrayList<>();
  private final SieChecksum checksum = new SieChecksum();
  private final SieLedgerCheck ledger = new SieLedgerCheck();
  private final Set<String> unknown = new TreeSet<>();
  private final List<SieRecord.FinancialYear> years = new ArrayList<>();
  private final List<Text> notes = new ArrayList<>();
  private int moreProblems;
  private SieLineReader reader;

  private SieVoucher voucher;
  private boolean awaitingOpen;
  private boolean inVoucher;
  private long voucherSum;
  private boolean firstRecord = true;

  private String format;
  private String program;
  private String company;
  private String organisationNumber;
  private Integer type;
  private int accounts;
  private int balances;
  private int vouchers;
  private int transactions;
  private int unknownRecords;
  private int listless;

  private SieReader(String file, SieHandler handler) {
    this.file = file;
    this.handler = handler;
  }

  /** Reads the file at {@code path}, named by its file name in problems. */
  public static SieSummary read(Path path, SieHandler handler) {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.getFileName().toString(), handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a SIE file from {@code in}, naming it {@code file} in problems; the stream is read to its
   * end but not closed.
   */
  public static SieSummary read(InputStream in, String file, SieHandler handler) {
    SieReader reader = new SieReader(file, handler);
    try {
      return reader.read(
          in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SieSummary read(InputStream in) throws IOException {
    reader = new SieLineReader(in);
    int lines = 0;
    while (reader.next(line)) {
      lines = line.number;
      if (reader.tooLong()) {
        problem(1, Text.of("sie.tooLong", SieLineReader.LONGEST_LINE));
        continue;
      }
      if (reader.invalidUtf8()) {
        problem(1, Text.of("sie.notUtf8"));
      }
      if (!line.split()) {
        continue;
      }
      if (!lineRead() && firstRecord) {
        break; // not a SIE file at all: one problem says so
      }
      firstRecord = false;
    }
    if (lines == 0) {
      problems.add(new FileProblem(file, 1, 1, Text.of("sie.empty")));
    }
    if (inVoucher || awaitingOpen) {
      problems.add(
          new FileProblem(
              file,
              voucher.line(),
              1,
              Text.of("sie.unclosed", voucher.series(), voucher.number())));
    }
    checksum.atEnd().ifPresent(p -> problems.add(new FileProblem(file, p.line(), 1, p.text())));
    if (problems.size() < MOST_PROBLEMS) {
      for (SieLedgerCheck.Mismatch mismatch : ledger.mismatches()) {
        add(mismatch.line(), 1, mismatch.text());
      }
    }
    if (!problems.isEmpty()) {
      problems.sort(java.util.Comparator.comparingInt(FileProblem::line));
      if (moreProblems > 0) {
        problems.add(new FileProblem(file, lines, 1, Text.of("sie.moreProblems", moreProblems)));
      }
      throw new BadFileException(problems);
    }
    SieEncoding encoding = reader.encoding() == null ? SieEncoding.CP437 : reader.encoding();
    if (reader.encoding() != null && reader.encoding() != SieEncoding.declared(format)) {
      notes.add(
          Text.of(
              "sie.note.encoding", format == null ? "" : format, encoding.charset().displayName()));
    }
    if (listless > 0) {
      notes.add(Text.of("sie.note.listless", listless));
    }
    if (!unknown.isEmpty()) {
      notes.add(Text.of("sie.note.unknown", unknownRecords, String.join(", ", unknown)));
    }
    return new SieSummary(
        encoding,
        program,
        company,
        organisationNumber,
        type,
        years,
        lines,
        accounts,
        balances,
        vouchers,
        transactions,
        checksum.checked(),
        notes);
  }

  /** Reads one line with something on it; false if it is not a record at all. */
  private boolean lineRead() {
    if (line.brokenAt != 0) {
      problem(line.brokenAt, Text.of(line.broken));
      return true;
    }
    if (line.labelIs("{")) {
      opened();
      return true;
    }
    if (line.labelIs("}")) {
      closed();
      return true;
    }
    String label = line.label();
    if (label.charAt(0) != '#') {
      problem(line.labelColumn(), Text.of("sie.notLabel", shortened(label)));
      return false;
    }
    if (firstRecord && !label.equals("#FLAGGA")) {
      problem(line.labelColumn(), Text.of("sie.notFirst", shortened(label)));
    }
    if (awaitingOpen) {
      awaitingOpen = false;
      problem(line.labelColumn(), Text.of("sie.noOpen", voucher.series(), voucher.number()));
    }
    if (label.equals("#KSUMMA")) {
      checksum(label);
      return true;
    }
    checksum.add(label, line, reader.encoding());
    switch (label) {
      case "#TRANS", "#RTRANS", "#BTRANS" -> transaction(label);
      case "#VER" -> voucher();
      case "#KONTO" -> account();
      case "#KTYP", "#ENHET", "#SRU" -> accountFact(label);
      case "#DIM" -> dimension(false);
      case "#UNDERDIM" -> dimension(true);
      case "#OBJEKT" -> object();
      case "#IB", "#UB", "#RES" -> balance(label, false, false);
      case "#OIB", "#OUB" -> balance(label, true, false);
      case "#PSALDO", "#PBUDGET" -> balance(label, true, true);
      case "#RAR" -> financialYear();
      default -> {
        if (IDENTIFICATION.contains(label)) {
          identification(label);
        } else {
          unknownRecords++;
          if (unknown.size() < 20) {
            unknown.add(shortened(label));
          }
          handler.record(new SieRecord.Unknown(label, texts(), line.number));
        }
      }
    }
    return true;
  }

  private void opened() {
    if (!awaitingOpen) {
      problem(line.labelColumn(), Text.of(inVoucher ? "sie.openTwice" : "sie.openWithout"));
      return;
    }
    awaitingOpen = false;
    inVoucher = true;
    voucherSum = 0;
  }

  private void closed() {
    if (!inVoucher) {
      problem(line.labelColumn(), Text.of("sie.closeWithout"));
      return;
    }
    inVoucher = false;
    if (voucherSum != 0) {
      add(
          voucher.line(),
          1,
          Text.of(
              "sie.unbalanced",
              voucher.series(),
              voucher.number(),
              SieRecord.kronor(voucherSum).toPlainString()));
    }
    handler.voucherEnd(voucher);
  }

  private void voucher() {
    if (inVoucher) {
      problem(line.labelColumn(), Text.of("sie.voucherInVoucher"));
      inVoucher = false;
    }
    String series = optional(0);
    String number = optional(1);
    LocalDate date = date(2, "verdatum", true);
    String text = optional(3);
    LocalDate registered = date(4, "regdatum", false);
    String signature = optional(5);
    voucher =
        new SieVoucher(
            series == null ? "" : series,
            number == null ? "" : number,
            date,
            text,
            registered,
            signature,
            line.number);
    vouchers++;
    awaitingOpen = true;
    handler.voucher(voucher);
  }

  private void transaction(String label) {
    if (!inVoucher) {
      problem(line.labelColumn(), Text.of("sie.rowOutside", label));
      return;
    }
    String account = required(0, "kontonr");
    List<SieObject> objects = objects(1);
    long ore = amount(2, "belopp");
    LocalDate date = date(3, "transdat", false);
    String text = optional(4);
    BigDecimal quantity = quantity(5);
    String signature = optional(6);
    if (account == null || objects == null || ore == NO_AMOUNT) {
      return;
    }
    SieTransaction.Kind kind =
        switch (label) {
          case "#RTRANS" -> SieTransaction.Kind.RTRANS;
          case "#BTRANS" -> SieTransaction.Kind.BTRANS;
          default -> SieTransaction.Kind.TRANS;
        };
    LocalDate when = date != null ? date : voucher.date();
    if (kind == SieTransaction.Kind.TRANS) {
      try {
        voucherSum = Math.addExact(voucherSum, ore);
      } catch (ArithmeticException e) {
        problem(line.column(2), Text.of("sie.sumTooLarge", voucher.series(), voucher.number()));
        voucherSum = 0;
      }
      transactions++;
      ledger.transaction(account, when, ore);
    }
    handler.transaction(
        voucher,
        new SieTransaction(
            kind, account, objects, ore, when, text, quantity, signature, line.number));
  }

  private void account() {
    String number = required(0, "kontonr");
    String name = optional(1);
    if (number != null) {
      accounts++;
      handler.record(new SieRecord.Account(number, name == null ? "" : name, line.number));
    }
  }

  private void accountFact(String label) {
    String account = required(0, "kontonr");
    String value =
        required(
            1, label.equals("#KTYP") ? "kontotyp" : label.equals("#ENHET") ? "enhet" : "SRU-kod");
    if (account == null || value == null) {
      return;
    }
    if (label.equals("#KTYP") && !Set.of("T", "S", "K", "I").contains(value)) {
      problem(line.column(1), Text.of("sie.accountType", shortened(value)));
      return;
    }
    handler.record(new SieRecord.AccountFact(label, account, value, line.number));
  }

  private void dimension(boolean sub) {
    Integer number = integer(0, "dimensionsnr");
    String name = optional(1);
    Integer parent = sub ? integer(2, "superdimension") : Integer.valueOf(0);
    if (number != null && parent != null) {
      handler.record(
          new SieRecord.Dimension(number, name == null ? "" : name, parent, line.number));
    }
  }

  private void object() {
    Integer dimension = integer(0, "dimensionsnr");
    String code = required(1, "objektnr");
    String name = optional(2);
    if (dimension != null && code != null) {
      handler.record(
          new SieRecord.ObjectName(dimension, code, name == null ? "" : name, line.number));
    }
  }

  private void balance(String label, boolean withObjects, boolean withPeriod) {
    int field = 0;
    Integer year = year(field++);
    int period = withPeriod ? period(field++) : 0;
    String account = required(field++, "konto");
    List<SieObject> objects = List.of();
    if (withObjects) {
      if (field < line.fields() && line.kind(field) != SieLine.LIST) {
        listless++; // programs of older SIE versions leave the list out: read as none
      } else {
        objects = objects(field++);
      }
    }
    long ore = amount(field++, "saldo");
    BigDecimal quantity = quantity(field);
    if (year == null || period < 0 || account == null || objects == null || ore == NO_AMOUNT) {
      return;
    }
    SieRecord.Balance balance =
        new SieRecord.Balance(
            SieRecord.Balance.Kind.valueOf(label.substring(1)),
            year,
            period,
            account,
            objects,
            ore,
            quantity,
            line.number);
    balances++;
    ledger.balance(balance);
    handler.record(balance);
  }

  private void financialYear() {
    Integer year = year(0);
    LocalDate start = date(1, "start", true);
    LocalDate end = date(2, "slut", true);
    if (year == null || start == null || end == null) {
      return;
    }
    if (end.isBefore(start)) {
      problem(line.column(2), Text.of("sie.yearOrder", start, end));
      return;
    }
    SieRecord.FinancialYear financialYear =
        new SieRecord.FinancialYear(year, start, end, line.number);
    years.add(financialYear);
    ledger.financialYear(financialYear);
    handler.record(financialYear);
  }

  private void identification(String label) {
    List<String> fields = texts();
    switch (label) {
      case "#FORMAT" -> format = fields.isEmpty() ? null : fields.get(0);
      case "#PROGRAM" -> program = String.join(" ", fields);
      case "#FNAMN" -> company = fields.isEmpty() ? null : fields.get(0);
      case "#ORGNR" -> organisationNumber = fields.isEmpty() ? null : fields.get(0);
      case "#SIETYP" -> {
        type = integer(0, "typnr");
        if (type != null && (type < 1 || type > 4)) {
          problem(line.column(0), Text.of("sie.type", type));
        }
      }
      case "#GEN" -> date(0, "datum", true);
      case "#FLAGGA" -> integer(0, "x");
      default -> {
        // kept as written
      }
    }
    handler.record(new SieRecord.Identification(label, fields, line.number));
  }

  private void checksum(String label) {
    if (line.fields() == 0) {
      checksum.start(line.number).ifPresent(t -> problem(line.labelColumn(), t));
      return;
    }
    String value = line.text(0);
    long stated;
    try {
      stated = Long.parseLong(value);
    } catch (NumberFormatException e) {
      problem(line.column(0), Text.of("sie.notNumber", shortened(value)));
      return;
    }
    checksum.end(stated, line.number).ifPresent(t -> problem(line.column(0), t));
  }

  // --- fields

  private static final long NO_AMOUNT = Long.MIN_VALUE;

  private String required(int field, String name) {
    if (field >= line.fields()) {
      problem(line.length + 1, Text.of("sie.missingField", line.label(), name));
      return null;
    }
    if (line.kind(field) == SieLine.LIST) {
      problem(line.column(field), Text.of("sie.unexpectedList", line.label(), name));
      return null;
    }
    if (line.empty(field)) {
      problem(line.column(field), Text.of("sie.missingField", line.label(), name));
      return null;
    }
    return line.text(field);
  }

  private String optional(int field) {
    if (field >= line.fields() || line.kind(field) == SieLine.LIST || line.empty(field)) {
      return null;
    }
    return line.text(field);
  }

  private List<String> texts() {
    List<String> texts = new ArrayList<>(line.fields());
    for (int f = 0; f < line.fields(); f++) {
      texts.add(line.text(f));
    }
    return texts;
  }

  private List<SieObject> objects(int field) {
    if (field >= line.fields()) {
      problem(line.length + 1, Text.of("sie.missingField", line.label(), "objektlista"));
      return null;
    }
    if (line.kind(field) != SieLine.LIST) {
      problem(
          line.column(field), Text.of("sie.notList", line.label(), shortened(line.text(field))));
      return null;
    }
    int items = line.items(field);
    if (items == 0) {
      return List.of();
    }
    if (items % 2 != 0) {
      problem(line.column(field), Text.of("sie.oddList", items));
      return null;
    }
    List<SieObject> objects = new ArrayList<>(items / 2);
    for (int k = 0; k < items; k += 2) {
      String dimension = line.item(field, k);
      int number;
      try {
        number = Integer.parseInt(dimension);
      } catch (NumberFormatException e) {
        problem(line.itemColumn(field, k), Text.of("sie.notDimension", shortened(dimension)));
        return null;
      }
      objects.add(new SieObject(number, line.item(field, k + 1)));
    }
    return objects;
  }

  /** An amount in öre: digits with an optional sign and at most two decimals after a point. */
  private long amount(int field, String name) {
    if (field >= line.fields()) {
      problem(line.length + 1, Text.of("sie.missingField", line.label(), name));
      return NO_AMOUNT;
    }
    char[] c = line.chars;
    int i = line.start(field);
    int end = line.end(field);
    boolean negative = false;
    if (i < end && (c[i] == '-' || c[i] == '+')) {
      negative = c[i] == '-';
      i++;
    }
    long value = 0;
    int digits = 0;
    while (i < end && c[i] >= '0' && c[i] <= '9') {
      if (++digits > 16) {
        problem(line.column(field), Text.of("sie.amountTooLarge", shortened(line.text(field))));
        return NO_AMOUNT;
      }
      value = value * 10 + (c[i++] - '0');
    }
    int decimals = 0;
    if (i < end && c[i] == '.') {
      i++;
      while (i < end && c[i] >= '0' && c[i] <= '9') {
        int digit = c[i++] - '0';
        if (decimals < 2) {
          value = value * 10 + digit;
          decimals++;
        } else if (digit != 0) {
          problem(line.column(field), Text.of("sie.tooManyDecimals", shortened(line.text(field))));
          return NO_AMOUNT;
        }
      }
    }
    if (i != end || (digits == 0 && decimals == 0) || line.kind(field) == SieLine.LIST) {
      problem(line.column(field), Text.of("sie.notAmount", shortened(line.text(field))));
      return NO_AMOUNT;
    }
    for (; decimals < 2; decimals++) {
      value *= 10;
    }
    return negative ? -value : value;
  }

  private BigDecimal quantity(int field) {
    String text = optional(field);
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      problem(line.column(field), Text.of("sie.notQuantity", shortened(text)));
      return null;
    }
  }

  private LocalDate date(int field, String name, boolean required) {
    if (field >= line.fields() || line.empty(field)) {
      if (required) {
        required(field, name);
      }
      return null;
    }
    int value = digits(field, 8);
    if (value >= 0) {
      try {
        return LocalDate.of(value / 10000, value / 100 % 100, value % 100);
      } catch (DateTimeException e) {
        // named below
      }
    }
    problem(line.column(field), Text.of("sie.notDate", shortened(line.text(field))));
    return null;
  }

  /** A period YYYYMM, or -1 after naming what is wrong with it. */
  private int period(int field) {
    if (required(field, "period") == null) {
      return -1;
    }
    int value = digits(field, 6);
    if (value < 0 || value % 100 < 1 || value % 100 > 12) {
      problem(line.column(field), Text.of("sie.notPeriod", shortened(line.text(field))));
      return -1;
    }
    return value;
  }

  /** The field as a number of exactly {@code count} digits, or -1. */
  private int digits(int field, int count) {
    int start = line.start(field);
    if (line.end(field) - start != count || line.kind(field) == SieLine.LIST) {
      return -1;
    }
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = line.chars[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** A financial year's number: 0 for the current, -1 for the one before and so on. */
  private Integer year(int field) {
    Integer year = integer(field, "årsnr");
    if (year != null && year > 0) {
      problem(line.column(field), Text.of("sie.notYear", year));
      return null;
    }
    return year;
  }

  private Integer integer(int field, String name) {
    String text = required(field, name);
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      problem(line.column(field), Text.of("sie.notNumber", shortened(text)));
      return null;
    }
  }

  // --- problems

  private void problem(int column, Text text) {
    add(line.number, column, text);
  }

  private void add(int lineNumber, int column, Text text) {
    if (problems.size() < MOST_PROBLEMS) {
      problems.add(new FileProblem(file, lineNumber, Math.max(1, column), text));
    } else {
      moreProblems++;
    }
  }

  /** A text from the file as a message quotes it: at most 40 characters. */
  static String shortened(String text) {
    return se.styr.shared.yaml.YamlNumbers.abbreviate(text);
  }
}
