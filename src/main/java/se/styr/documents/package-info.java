/**
 * Plan documents: a plan version printed as the committee decides it, the council receives it and
 * the public reads it. {@link se.styr.documents.PlanDocuments} is the one way in for the command
 * line, the API and the pages. The sub-packages: {@code model} turns a plan into a printed plan
 * (title page, contents, sections, tables, goal chain, commitments, appendices, arranged by the
 * municipality's layout); {@code html} prints it with one template for the screen; {@code pdf}
 * prints that page as a tagged PDF/UA-1 and PDF/A-3a file; {@code painting} paints the charts into
 * it as vectors with the fonts the PDF embeds; {@code docx} writes the same model as an editable
 * Word document; {@code web} serves the document tab, the downloads and the document API. Every
 * figure is the checked figure of the plan, never retyped. See ADR 0008 and 0009.
 */
package se.styr.documents;
