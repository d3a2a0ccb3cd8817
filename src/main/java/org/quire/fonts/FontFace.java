package org.quire.fonts;

import java.nio.file.Path;

/**
 * One TrueType file of the publisher's {@code fonts/} folder, as CSS names it.
 *
 * @param family the family name stylesheets use ("Noto Serif")
 * @param weight 400 regular, 700 bold
 */
public record FontFace(String family, int weight, boolean italic, Path file) {}
