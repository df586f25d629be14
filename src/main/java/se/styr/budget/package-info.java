/**
 * Budget tables of every kind the seed plans show: operating summaries, income statements, gross
 * revenue and cost per area, investment budgets, frame changes and their distribution,
 * reallocations between areas, budget adjustments under a resource allocation model, volume tables
 * and statistics tables. Amounts are exact decimals whose scale is the printed precision.
 */
package se.styr.budget;
