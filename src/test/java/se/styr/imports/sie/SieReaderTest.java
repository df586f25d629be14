package se.styr.imports.sie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import se.styr.shared.file.BadFileException;
import se.styr.shared.file.FileProblem;

/** The SIE 4 reader on small files written for each record kind and each way a file can be bad. */
class SieReaderTest {
  private static final Charset CP437 = Charset.forName("IBM437");

  /** Everything a handler is given, in order. */
  static final class Collected implements SieHandler {
    final List<SieRecord> records = new ArrayList<>();
    final List<SieVoucher> vouchers = new ArrayList<>();
    final List<SieTransaction> rows = new ArrayList<>();
    int ended;

    @Override
    public void record(SieRecord record) {
      records.add(record);
    }

    @Override
    public void voucher(SieVoucher voucher) {
      vouchers.add(voucher);
    }

    @Override
    public void transaction(SieVoucher voucher, SieTransaction row) {
      rows.add(row);
    }

    @Override
    public void voucherEnd(SieVoucher voucher) {
      ended++;
    }

    <T extends SieRecord> List<T> of(Class<T> type) {
      return records.stream().filter(type::isInstance).map(type::cast).toList();
    }
  }

  private static SieSummary read(byte[] bytes, Collected into) {
    return SieReader.read(new ByteArrayInputStream(bytes), "test.se", into);
  }

  private static SieSummary read(String text, Collected into) {
    return read(text.getBytes(CP437), into);
  }

  private static List<FileProblem> problems(String text) {
    return problems(text.getBytes(CP437));
  }

  private static List<FileProblem> problems(byte[] bytes) {
    BadFileException refused =
        catchThrowableOfType(BadFileException.class, () -> read(bytes, new Collected()));
    assertThat(refused).as("the file is refused").isNotNull();
    return refused.problems();
  }

  private static String at(FileProblem p) {
    return p.line() + ":" + p.column() + " " + p.message();
  }

  static final String HEAD =
      """
      #FLAGGA 0
      #PROGRAM "Ekonomisystemet" "4.2"
      #FORMAT PC8
      #GEN 20240905 "Controller"
      #SIETYP 4
      #FNAMN "Lerums kommun"
      #ORGNR 212000-1439
      #RAR 0 20240101 20241231
      #RAR -1 20230101 20231231
      """;

  @Test
  void readsEveryRecordOfSie4WithItsFieldsExactly() {
    String file =
        HEAD
            + """
            #PROSA "Exporterad för delårsrapporten"
            #FTYP KO
            #FNR "LK01"
            #BKOD 84110
            #ADRESS "Ekonomienheten" "Box 1" "443 80 Lerum" "0302-52 10 00"
            #TAXAR 2025
            #OMFATTN 20240831
            #KPTYP "Kommun-Bas 19"
            #VALUTA SEK
            #KONTO 4010 "Inköp av \\"material\\""
            #KTYP 4010 K
            #ENHET 4010 st
            #SRU 4010 7201
            #KONTO 3010 "Avgifter"
            #DIM 1 "Ansvar"
            #UNDERDIM 21 "Enhet" 1
            #OBJEKT 1 "100" "Äldreomsorg"
            #OBJEKT 21 "1001" "Hemtjänst"
            #IB 0 1930 1000.00
            #UB 0 1930 750.50
            #OIB 0 1930 {1 "100"} 10
            #OUB 0 1930 {1 "100"} 20 3.5
            #RES 0 4010 249.50
            #RES 0 3010 0
            #PSALDO 0 202401 4010 {} 249.50
            #PBUDGET 0 202401 4010 {1 "100" 21 "1001"} 300
            #VER A 1 20240115 "Inköp" 20240116 "Anna"
            {
            #TRANS 4010 {1 "100" 21 "1001"} 249.50 20240115 "Papper" 2 "Anna"
            #TRANS 1930 {} -249.50
            #RTRANS 1930 {} -249.50
            #BTRANS 1930 {} 100
            }
            #VER "" "" 20240120
            {
            \t#TRANS 3010 {} 120.00
            \t#TRANS 3010 {} -120.00
            }
            """;
    Collected got = new Collected();

    SieSummary summary = read(file, got);

    assertThat(summary.program()).isEqualTo("Ekonomisystemet 4.2");
    assertThat(summary.company()).isEqualTo("Lerums kommun");
    assertThat(summary.organisationNumber()).isEqualTo("212000-1439");
    assertThat(summary.type()).isEqualTo(4);
    assertThat(summary.years())
        .extracting(SieRecord.FinancialYear::year, SieRecord.FinancialYear::start)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, LocalDate.of(2024, 1, 1)),
            org.assertj.core.groups.Tuple.tuple(-1, LocalDate.of(2023, 1, 1)));
    assertThat(summary.vouchers()).isEqualTo(2);
    assertThat(summary.transactions()).isEqualTo(4); // #RTRANS and #BTRANS are not counted twice
    assertThat(summary.notes()).isEmpty();
    assertThat(got.of(SieRecord.Identification.class))
        .extracting(SieRecord.Identification::label)
        .contains(
            "#FLAGGA", "#PROSA", "#FTYP", "#BKOD", "#ADRESS", "#TAXAR", "#OMFATTN", "#VALUTA");
    assertThat(
            got.of(SieRecord.Identification.class).stream()
                .filter(i -> i.label().equals("#ADRESS"))
                .findFirst()
                .orElseThrow()
                .fields())
        .containsExactly("Ekonomienheten", "Box 1", "443 80 Lerum", "0302-52 10 00");
    assertThat(got.of(SieRecord.Account.class))
        .extracting(SieRecord.Account::number, SieRecord.Account::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("4010", "Inköp av \"material\""),
            org.assertj.core.groups.Tuple.tuple("3010", "Avgifter"));
    assertThat(got.of(SieRecord.AccountFact.class))
        .extracting(SieRecord.AccountFact::label, SieRecord.AccountFact::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("#KTYP", "K"),
            org.assertj.core.groups.Tuple.tuple("#ENHET", "st"),
            org.assertj.core.groups.Tuple.tuple("#SRU", "7201"));
    assertThat(got.of(SieRecord.Dimension.class))
        .containsExactly(
            new SieRecord.Dimension(1, "Ansvar", 0, 24),
            new SieRecord.Dimension(21, "Enhet", 1, 25));
    assertThat(got.of(SieRecord.ObjectName.class))
        .extracting(SieRecord.ObjectName::code, SieRecord.ObjectName::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("100", "Äldreomsorg"),
            org.assertj.core.groups.Tuple.tuple("1001", "Hemtjänst"));
    List<SieRecord.Balance> balances = got.of(SieRecord.Balance.class);
    assertThat(balances)
        .extracting(b -> b.kind().name(), SieRecord.Balance::account, SieRecord.Balance::ore)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("IB", "1930", 100000L),
            org.assertj.core.groups.Tuple.tuple("UB", "1930", 75050L),
            org.assertj.core.groups.Tuple.tuple("OIB", "1930", 1000L),
            org.assertj.core.groups.Tuple.tuple("OUB", "1930", 2000L),
            org.assertj.core.groups.Tuple.tuple("RES", "4010", 24950L),
            org.assertj.core.groups.Tuple.tuple("RES", "3010", 0L),
            org.assertj.core.groups.Tuple.tuple("PSALDO", "4010", 24950L),
            org.assertj.core.groups.Tuple.tuple("PBUDGET", "4010", 30000L));
    assertThat(balances.get(3).quantity()).isEqualByComparingTo("3.5");
    assertThat(balances.get(3).objects()).containsExactly(new SieObject(1, "100"));
    assertThat(balances.get(7).period()).isEqualTo(202401);
    assertThat(balances.get(7).objects())
        .containsExactly(new SieObject(1, "100"), new SieObject(21, "1001"));
    assertThat(balances.get(0).amount()).isEqualByComparingTo(new BigDecimal("1000.00"));

    assertThat(got.vouchers)
        .extracting(SieVoucher::series, SieVoucher::number, SieVoucher::date)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A", "1", LocalDate.of(2024, 1, 15)),
            org.assertj.core.groups.Tuple.tuple("", "", LocalDate.of(2024, 1, 20)));
    assertThat(got.vouchers.get(0).registered()).isEqualTo(LocalDate.of(2024, 1, 16));
    assertThat(got.vouchers.get(0).signature()).isEqualTo("Anna");
    assertThat(got.ended).isEqualTo(2);
    SieTransaction paper = got.rows.get(0);
    assertThat(paper.objects()).containsExactly(new SieObject(1, "100"), new SieObject(21, "1001"));
    assertThat(paper.ore()).isEqualTo(24950L);
    assertThat(paper.text()).isEqualTo("Papper");
    assertThat(paper.quantity()).isEqualByComparingTo("2");
    assertThat(paper.signature()).isEqualTo("Anna");
    // a row without a date has its voucher's
    assertThat(got.rows.get(1).date()).isEqualTo(LocalDate.of(2024, 1, 15));
    assertThat(got.rows)
        .extracting(SieTransaction::kind)
        .containsExactly(
            SieTransaction.Kind.TRANS,
            SieTransaction.Kind.TRANS,
            SieTransaction.Kind.RTRANS,
            SieTransaction.Kind.BTRANS,
            SieTransaction.Kind.TRANS,
            SieTransaction.Kind.TRANS);
  }

  @Test
  void readsLfAndCrlfAlikeAndALastLineWithoutItsEnd() {
    String lf = HEAD + "#KONTO 1930 \"Bank\"\n#KONTO 1910 \"Kassa\"";
    Collected fromLf = new Collected();
    Collected fromCrlf = new Collected();

    read(lf, fromLf);
    read(lf.replace("\n", "\r\n"), fromCrlf);

    assertThat(fromCrlf.records).isEqualTo(fromLf.records);
    assertThat(fromLf.of(SieRecord.Account.class)).hasSize(2);
  }

  @Test
  void quotedFieldsKeepSpacesEscapedQuotesAndBackslashes() {
    Collected got = new Collected();
    read(HEAD + "#KONTO 1229 \"1820\\A012 Cykel \\\"racer\\\"\"\n", got);

    assertThat(got.of(SieRecord.Account.class).get(0).name())
        .isEqualTo("1820\\A012 Cykel \"racer\"");
  }

  @Test
  void readsCodePage437AsTheFormatSays() {
    Collected got = new Collected();
    SieSummary summary =
        read((HEAD + "#KONTO 2640 \"Ingående moms på förvärv\"\n").getBytes(CP437), got);

    assertThat(summary.encoding()).isEqualTo(SieEncoding.CP437);
    assertThat(got.of(SieRecord.Account.class).get(0).name()).isEqualTo("Ingående moms på förvärv");
    assertThat(summary.notes()).isEmpty();
  }

  @Test
  void readsUtf8AndIso8859FilesThatSayPc8AsWhatTheyAreAndSaysSo() {
    String text = HEAD + "#KONTO 2640 \"Ingående moms på förvärv, ÅÄÖ\"\n";
    for (Object[] c :
        new Object[][] {
          {StandardCharsets.UTF_8, SieEncoding.UTF_8},
          {StandardCharsets.ISO_8859_1, SieEncoding.ISO_8859_1},
          {Charset.forName("ISO-8859-15"), SieEncoding.ISO_8859_1}
        }) {
      Collected got = new Collected();
      SieSummary summary = read(text.getBytes((Charset) c[0]), got);

      assertThat(summary.encoding()).as(c[0].toString()).isEqualTo(c[1]);
      assertThat(got.of(SieRecord.Account.class).get(0).name())
          .isEqualTo("Ingående moms på förvärv, ÅÄÖ");
      assertThat(summary.notes())
          .singleElement()
          .extracting(se.styr.shared.Text::english)
          .asString()
          .contains("PC8");
    }
    Collected euro = new Collected();
    SieSummary summary =
        read(
            (HEAD + "#KONTO 2640 \"Växelkurs € mot kronor\"\n")
                .getBytes(Charset.forName("ISO-8859-15")),
            euro);
    assertThat(summary.encoding()).isEqualTo(SieEncoding.ISO_8859_15);
    assertThat(euro.of(SieRecord.Account.class).get(0).name()).isEqualTo("Växelkurs € mot kronor");
  }

  @Test
  void aByteOrderMarkMeansUtf8() {
    byte[] text = (HEAD + "#KONTO 2640 \"Moms på förvärv\"\n").getBytes(StandardCharsets.UTF_8);
    byte[] marked = new byte[text.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(text, 0, marked, 3, text.length);
    Collected got = new Collected();

    assertThat(read(marked, got).encoding()).isEqualTo(SieEncoding.UTF_8);
    assertThat(got.of(SieRecord.Account.class).get(0).name()).isEqualTo("Moms på förvärv");
  }

  @Test
  void readsAmountsExactlyInOre() {
    String file =
        HEAD
            + """
            #VER A 1 20240115
            {
            #TRANS 4010 {} 1234
            #TRANS 4010 {} -0.5
            #TRANS 4010 {} +0.05
            #TRANS 4010 {} 100.000
            #TRANS 4010 {} 999999999999999.99
            #TRANS 1930 {} -1000000000001333.54
            }
            """;
    Collected got = new Collected();
    read(file, got);

    assertThat(got.rows)
        .extracting(SieTransaction::ore)
        .containsExactly(123400L, -50L, 5L, 10000L, 99999999999999999L, -100000000000133354L);
  }

  @Test
  void namesEveryProblemOfABrokenFileByLineAndColumnNotOnlyTheFirst() {
    String file =
        HEAD
            + """
            #KONTO
            #KTYP 4010 X
            #IB 1 1930 100
            #UB 0 1930 12,50
            #PSALDO 0 202413 4010 {} 1
            #OIB 0 1930 {1} 5
            #OUB 0 1930 {x "1"} 5
            #RES 0 4010 1.234
            #PBUDGET 0 202401 4010 {} 12345678901234567
            #RAR 0 20241231 20240101
            #GEN 20240230
            #SIETYP 7
            #KONTO 1910 "Kassa
            #DIM 1 "Ansvar
            #OBJEKT 1 {1 "100"
            #TRANS 1930 {} 5
            Hej
            {
            }
            #VER A 1 20240115
            #KONTO 1920 "Bank"
            #VER A 2 20240115
            {
            #TRANS 4010 "" 5
            #TRANS 4010 {} fem
            #TRANS {} {} 5
            #TRANS 4010 {} 5 2024-01-15
            }
            """;
    List<String> problems = problems(file).stream().map(SieReaderTest::at).toList();

    assertThat(problems)
        .containsSubsequence(
            "10:7 #KONTO lacks its field kontonr",
            "11:12 account type 'X' is not T (asset), S (liability), K (cost) or I (revenue)",
            "12:5 '1' is not a financial year's number: 0 is the current year, -1 the one before",
            "13:12 '12,50' is not an amount: write for example -1234.50 (a point before the öre)",
            "14:11 '202413' is not a period: write YYYYMM, for example 202408",
            "15:13 an object list holds pairs of dimension and object, but this one has 1 parts",
            "16:14 'x' is not a dimension number",
            "17:13 '1.234' has more than two decimals: an amount is in kronor and öre",
            "18:27 '12345678901234567' is too large for an amount in a ledger",
            "19:17 the financial year starts 2024-12-31 but ends 2024-01-01, before its start",
            "20:6 '20240230' is not a date: write YYYYMMDD, for example 20240831",
            "21:9 there is no SIE type 7: the types are 1 to 4",
            "22:13 a quote opens here but never closes",
            "23:8 a quote opens here but never closes",
            "24:11 an object list opens with '{' here but never closes with '}'",
            "25:1 #TRANS stands outside a voucher: a row belongs between '{' and '}' after #VER",
            "26:1 'Hej' is no record: a record of a SIE file starts with # (like #VER or #TRANS)",
            "27:1 '{' opens a voucher's rows but does not follow a #VER",
            "28:1 '}' closes no voucher",
            "30:1 voucher A 1 is not followed by '{': its rows are missing",
            "33:13 #TRANS needs an object list in braces here, not '' (an empty pair of braces for"
                + " no objects)",
            "34:16 'fem' is not an amount: write for example -1234.50 (a point before the öre)",
            "35:8 #TRANS has an object list where its field kontonr belongs",
            "36:18 '2024-01-15' is not a date: write YYYYMMDD, for example 20240831");
  }

  @Test
  void aVoucherThatDoesNotBalanceIsNamedAtItsLine() {
    String file =
        HEAD
            + """
            #VER B 7 20240301 "Löner"
            {
            #TRANS 7010 {} 25000.00
            #TRANS 1930 {} -24999.90
            #RTRANS 1930 {} -0.10
            }
            #VER B 8 20240301
            {
            #TRANS 7010 {} 10
            """;
    List<String> problems = problems(file).stream().map(SieReaderTest::at).toList();

    assertThat(problems)
        .containsExactly(
            "10:1 voucher B 7 does not balance: its #TRANS rows sum to 0.10, not 0",
            "16:1 voucher B 8 is never closed with '}': the file may be cut short");
  }

  @Test
  void checksTheChecksumWhereTheFileHasOne() {
    String body =
        """
        #KSUMMA
        #KONTO 1910 "Kassa"
        #VER A 1 20240115 "Växel"
        {
        #TRANS 1910 {1 "100"} 5.00
        #TRANS 1930 {} -5.00
        }
        """;
    // the standard's rule: each record's label and field texts, without quotes, spaces or braces
    CRC32 crc = new CRC32();
    for (String part :
        List.of(
            "#KONTO",
            "1910",
            "Kassa",
            "#VER",
            "A",
            "1",
            "20240115",
            "Växel",
            "#TRANS",
            "1910",
            "1",
            "100",
            "5.00",
            "#TRANS",
            "1930",
            "-5.00")) {
      crc.update(part.getBytes(CP437));
    }
    String file = HEAD + body;
    Collected got = new Collected();

    SieSummary checked = read(file + "#KSUMMA " + crc.getValue() + "\n", got);

    assertThat(checked.checksumChecked()).isTrue();
    assertThat(problems(file + "#KSUMMA 12345\n"))
        .singleElement()
        .extracting(SieReaderTest::at)
        .asString()
        .startsWith("17:9 the checksum is 12345 but the file's content gives " + crc.getValue());
    assertThat(problems(file))
        .singleElement()
        .extracting(SieReaderTest::at)
        .isEqualTo("10:1 #KSUMMA starts a checksum that never ends: the file may be cut short");
    assertThat(problems(HEAD + "#KSUMMA 5\n"))
        .singleElement()
        .extracting(SieReaderTest::at)
        .isEqualTo("10:9 #KSUMMA states a checksum that no #KSUMMA started");
  }

  @Test
  void balancesMustAgreeWithTheTransactionsWhereTheFileHasBoth() {
    String balances =
        """
        #IB 0 1930 1000.00
        #UB 0 1930 %s
        #RES 0 4010 %s
        #PSALDO 0 202401 4010 {} %s
        #PSALDO 0 202401 1930 {} %s
        #VER A 1 20240115
        {
        #TRANS 4010 {} 300.00
        #TRANS 1930 {} -300.00
        }
        #VER A 2 20230115
        {
        #TRANS 4010 {} 999.00
        #TRANS 1930 {} -999.00
        }
        """;
    // a period balance may be the month's change or the balance at its end
    read(HEAD + balances.formatted("700.00", "300.00", "300", "700"), new Collected());
    read(HEAD + balances.formatted("700.00", "300.00", "300", "-300"), new Collected());

    assertThat(
            problems(HEAD + balances.formatted("710.00", "310.00", "310", "-200")).stream()
                .map(SieReaderTest::at)
                .toList())
        .containsExactly(
            "11:1 account 1930: opening balance 1000.00 and the year's transactions -300.00 give"
                + " 700.00, but the closing balance is 710.00",
            "12:1 account 4010: the year's result is 310.00, but the year's transactions sum to"
                + " 300.00",
            "13:1 account 4010, period 202401: the period balance is 310.00, but the period's"
                + " transactions sum to 300.00",
            "14:1 account 1930, period 202401: the period balance is -200.00, but the period's"
                + " transactions sum to -300.00");
  }

  @Test
  void recordsTheStandardDoesNotKnowAreSkippedAndSaidSo() {
    Collected got = new Collected();
    SieSummary summary =
        read(
            HEAD
                + """
                #NYPOST 1 "x"
                #VER A 1 20240115
                {
                #EGENRAD 5
                #TRANS 1930 {} 0
                }
                """,
            got);

    assertThat(got.of(SieRecord.Unknown.class))
        .extracting(SieRecord.Unknown::label)
        .containsExactly("#NYPOST", "#EGENRAD");
    assertThat(summary.notes())
        .singleElement()
        .extracting(se.styr.shared.Text::english)
        .asString()
        .contains("2 records of kinds the standard does not know were skipped (#EGENRAD, #NYPOST)");
  }

  @Test
  void aBalanceWithoutItsObjectListIsReadAsHavingNone() {
    Collected got = new Collected();
    SieSummary summary = read(HEAD + "#PBUDGET 0 202401 4010 -1666.00\n", got);

    assertThat(got.of(SieRecord.Balance.class).get(0).ore()).isEqualTo(-166600L);
    assertThat(summary.notes())
        .singleElement()
        .extracting(se.styr.shared.Text::english)
        .asString()
        .contains("no object list");
  }

  @Test
  void aFileThatIsNotSieGetsOneProblemNotOnePerLine() {
    assertThat(problems("PK\u0003\u0004 binärt\nmer\nmer\n"))
        .singleElement()
        .extracting(SieReaderTest::at)
        .asString()
        .contains("is no record");
    assertThat(problems(new byte[0]))
        .singleElement()
        .extracting(SieReaderTest::at)
        .isEqualTo("1:1 the file is empty");
    assertThat(problems("#KONTO 1910 Kassa\n"))
        .singleElement()
        .extracting(SieReaderTest::at)
        .isEqualTo("1:1 a SIE file starts with #FLAGGA, not '#KONTO'");
  }

  @Test
  void aLineLongerThanAnySieLineIsCutAndNamed() {
    String file =
        HEAD
            + "#PROSA \""
            + "x".repeat(SieLineReader.LONGEST_LINE + 10)
            + "\"\n#KONTO 1910 Kassa\n";
    Collected got = new Collected();
    BadFileException refused = catchThrowableOfType(BadFileException.class, () -> read(file, got));

    assertThat(refused.problems()).singleElement().extracting(FileProblem::line).isEqualTo(10);
    assertThat(got.of(SieRecord.Account.class)).hasSize(1); // reading went on after it
  }

  @Test
  void namesTheFirstThousandProblemsAndCountsTheRest() {
    StringBuilder file = new StringBuilder(HEAD);
    for (int i = 0; i < 1500; i++) {
      file.append("#KTYP 4010 X\n");
    }
    List<FileProblem> problems = problems(file.toString());

    assertThat(problems).hasSize(SieReader.MOST_PROBLEMS + 1);
    assertThat(problems.get(problems.size() - 1).message())
        .isEqualTo("and 500 more problems in the file");
  }

  @Test
  void readsALargeFileAVoucherAtATime() {
    int vouchers = 20_000;
    StringBuilder file = new StringBuilder(HEAD);
    for (int v = 1; v <= vouchers; v++) {
      file.append("#VER A ").append(v).append(" 20240315\n{\n");
      for (int r = 0; r < 4; r++) {
        file.append("#TRANS 4010 {1 \"10").append(r).append("\"} 12.50\n");
      }
      file.append("#TRANS 1930 {} -50.00\n}\n");
    }
    long[] sum = new long[1];
    int[] rows = new int[1];
    SieSummary summary =
        SieReader.read(
            new ByteArrayInputStream(file.toString().getBytes(CP437)),
            "stor.se",
            new SieHandler() {
              @Override
              public void transaction(SieVoucher voucher, SieTransaction row) {
                rows[0]++;
                if (row.account().equals("4010")) {
                  sum[0] += row.ore();
                }
              }
            });

    assertThat(summary.transactions()).isEqualTo(vouchers * 5);
    assertThat(rows[0]).isEqualTo(vouchers * 5);
    assertThat(sum[0]).isEqualTo(vouchers * 5000L);
  }
}
