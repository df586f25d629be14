/**
 * Outcome from the ledger: a SIE file read through the plan's {@link
 * se.styr.followup.LedgerMapping} into outcome to date per operational area (revenue, cost and net)
 * and per investment project, month by month, with every row no area takes listed as unmapped
 * ({@link se.styr.imports.ledger.LedgerOutcome}); and what that changes in a follow-up occasion
 * ({@link se.styr.imports.ledger.LedgerImport}). Plain Java; the follow-up stores it in one
 * transaction.
 */
package se.styr.imports.ledger;
