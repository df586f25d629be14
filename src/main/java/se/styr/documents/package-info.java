/**
 * Plan documents: a plan version printed as the committee decides it, the council receives it and
 * the public reads it. {@link se.styr.documents.PlanPrinter} turns a plan into a
 * {@link se.styr.documents.PrintedPlan} (title page, contents, the plan's sections and tables, the
 * goal chain, commitments, internal control and appendices, arranged by the municipality's
 * {@link se.styr.documents.DocumentLayout}); one HTML template prints it for the screen and, through
 * openhtmltopdf, as a tagged PDF; {@link se.styr.documents.DocxRenderer} writes the same model as an
 * editable Word document. Every figure is the checked figure of the plan, never retyped.
 */
package se.styr.documents;
