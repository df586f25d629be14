/**
 * The committee plan: one per committee and budget year, with history and plan years, versions
 * that go from draft to decided and are revised into new versions, and its content in document
 * order (text sections and tables). The plan file format lives in {@code plan.file}.
 */
package se.styr.plan;
