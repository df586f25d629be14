package se.styr.imports.sie;

import java.time.LocalDate;

/**
 * A voucher ({@code #VER}): its series and number (either may be empty in a file for import), date,
 * text, registration date and signature where given, and the line it starts on.
 */
public record SieVoucher(
    String series,
    String number,
    LocalDate date,
    String text,
    LocalDate registered,
    String signature,
    int line) {}
