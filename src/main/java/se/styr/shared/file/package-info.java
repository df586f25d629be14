/**
 * Reading files with positions, for every reader Styr has (plan files, layouts, and the importers,
 * which are not YAML): one problem type with file, line, column and message, a collector that
 * reports all problems at once, and the one exception for a file that cannot be read.
 */
package se.styr.shared.file;
