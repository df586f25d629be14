/**
 * Plan documents: a plan version printed as the committee decides it, the council receives it and
 * the public reads it. {@link se.styr.documents.model.PlanPrinter} turns a plan into a
 * {@link se.styr.documents.model.PrintedPlan} (title page, contents, the plan's sections and tables, the
 * goal chain, commitments, internal control and appendices, arranged by the municipality's
 * {@link se.styr.documents.model.DocumentLayout}); {@link se.styr.documents.html.HtmlRenderer} prints it with one
 * template for the screen, and {@link se.styr.documents.pdf.PdfRenderer} prints that page as a tagged
 * PDF/UA-1 and PDF/A-3a file (charts painted as vectors by {@link se.styr.documents.painting.ChartPainter});
 * {@link se.styr.documents.docx.DocxRenderer} writes the same model as an editable Word document.
 * {@link se.styr.documents.PlanDocuments} is the one way in for the command line, the API and the pages.
 * Every figure is the checked figure of the plan, never retyped. See ADR 0008 and 0009.
 */
package se.styr.documents;
