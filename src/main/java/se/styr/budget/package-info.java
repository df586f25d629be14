/**
 * Budget tables of every kind the seed plans show: operating summaries, income statements, gross
 * revenue and cost per area, investment budgets, frame changes and their distribution,
 * reallocations between areas, budget adjustments under a resource allocation model, volume tables
 * and statistics tables; text figures; savings measures. Amounts are exact decimals whose scale is
 * the printed precision. The feature owns its plan-file sections ({@link
 * se.styr.budget.TableReader}, {@link se.styr.budget.TableWriter}, {@link
 * se.styr.budget.TextFigureReader}, {@link se.styr.budget.SavingsMeasuresFile}), its rules ({@link
 * se.styr.budget.TableRules}), its store and editing under optimistic locking ({@link
 * se.styr.budget.TableStore}, {@link se.styr.budget.TableEditing}) and the comparison of figures
 * between versions.
 */
package se.styr.budget;
