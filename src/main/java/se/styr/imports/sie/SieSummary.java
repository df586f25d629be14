package se.styr.imports.sie;

import java.util.List;
import se.styr.shared.Text;

/**
 * What a SIE file held, once read without a problem: the encoding it was read in, who wrote it for
 * which company, its financial years, how much of each kind it held, whether a checksum was
 * checked, and notes for the reader (an encoding the file did not declare, records skipped as
 * unknown).
 */
public record SieSummary(
    SieEncoding encoding,
    String program,
    String company,
    String organisationNumber,
    Integer type,
    List<SieRecord.FinancialYear> years,
    int lines,
    int accounts,
    int balances,
    int vouchers,
    int transactions,
    boolean checksumChecked,
    List<Text> notes) {
  public SieSummary {
    years = List.copyOf(years);
    notes = List.copyOf(notes);
  }
}
