package org.quire.epub;

import org.quire.fonts.FontFace;

/**
 * A font face cut down to the book's characters, ready to package.
 *
 * @param href where it lives in the package, relative to the package document ("fonts/NotoSerif-Regular.ttf")
 */
record EmbeddedFont(FontFace face, String href, byte[] data) {}
