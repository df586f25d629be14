/**
 * The printed plan as a model, independent of the output format: {@link
 * se.styr.documents.model.PlanPrinter} arranges a plan version by its municipality's {@link
 * se.styr.documents.model.DocumentLayout} (read by {@link se.styr.documents.model.LayoutFile}) into
 * a {@link se.styr.documents.model.PrintedPlan}, with every figure formatted once, in Swedish, at
 * its printed precision.
 */
package se.styr.documents.model;
