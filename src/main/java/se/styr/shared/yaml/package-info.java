/**
 * Reading and writing Styr's YAML files (plan files, layouts) with their safeguards: a size limit,
 * no anchors, every problem at its line and column ({@link se.styr.shared.yaml.YamlFile}, {@link
 * se.styr.shared.yaml.YamlMap}, {@link se.styr.shared.yaml.YamlReading}), and the canonical
 * writer's nodes ({@link se.styr.shared.yaml.YamlNodes}). Its problems are the generic ones of
 * {@code shared.file}.
 */
package se.styr.shared.yaml;
