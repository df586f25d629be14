/**
 * A plan's running text: its sections in Markdown rendered safely ({@link
 * se.styr.texts.SectionMarkdown}), paragraphs and lists of shorter texts ({@link
 * se.styr.texts.TextBlocks}), word diffs between versions, and editing a draft's sections with a
 * stale check ({@link se.styr.texts.SectionEditing}).
 */
package se.styr.texts;
