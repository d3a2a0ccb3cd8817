package org.quire.compose.index;

/**
 * Rule "inversion": a person is indexed under the last word of the name, the rest after a comma
 * ("Donald J. Trump" → "Trump, Donald J."; "Lula da Silva" → "Silva, Lula da"). Only for names taken
 * to be people's; organisations and places keep their order.
 */
final class HeadwordInversion {
    private HeadwordInversion() {
    }

    static String invert(String name) {
        int space = name.lastIndexOf(' ');
        if (space < 0) {
            return name;
        }
        return name.substring(space + 1) + ", " + name.substring(0, space);
    }
}
