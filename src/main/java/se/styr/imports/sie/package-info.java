/**
 * Reading SIE 4 files, the standard file format in which every Swedish accounting system exports
 * its ledger (accounts, objects per dimension, balances, period balances, vouchers with their
 * transactions): {@link se.styr.imports.sie.SieReader} reads a file of any size in constant memory,
 * exactly (amounts in öre, never floating point), and hands each record to a {@link
 * se.styr.imports.sie.SieHandler}; every problem is named by file, line and column, all of them,
 * not only the first. Plain Java; the importer that maps a ledger to a plan's areas builds on it.
 */
package se.styr.imports.sie;
