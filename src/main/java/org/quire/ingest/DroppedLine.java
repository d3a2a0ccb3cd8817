package org.quire.ingest;

/**
 * An input line left out of every article, with the rule that left it out and why.
 *
 * @param line 1-based input line number
 */
public record DroppedLine(int line, String text, String rule, String why) {
}
