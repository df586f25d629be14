package se.styr.imports.sie;

/**
 * What a {@link SieReader} hands each record to, in the file's order. A voucher arrives as its
 * head, its rows one by one, and its end, so that no voucher is ever held whole. The reader finds a
 * file's problems as it goes and names them all at the end: a handler that stores what it gets does
 * so in a transaction it rolls back when the reader refuses the file.
 */
public interface SieHandler {
  /** Every record that is not a voucher or one of its rows. */
  default void record(SieRecord record) {}

  default void voucher(SieVoucher voucher) {}

  default void transaction(SieVoucher voucher, SieTransaction row) {}

  default void voucherEnd(SieVoucher voucher) {}
}
