/**
 * The plan file: one human-editable YAML file holding a whole plan version (docs/plan-format.md).
 * The reader collects every problem with file, line and column and returns nothing unless the
 * whole file is valid; the writer writes the canonical form, so that reading and writing a
 * canonical file gives the same bytes back.
 */
package se.styr.plan.file;
