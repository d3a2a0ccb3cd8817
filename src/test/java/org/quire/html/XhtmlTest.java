package org.quire.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class XhtmlTest {
    @Test
    void escapesTextAndAttributes() {
        String out = new Xhtml().open("a", "href", "x?a=1&b=\"2\"").text("<Tom & \"Jerry\">").close("a").toString();
        assertEquals("<a href=\"x?a=1&amp;b=&quot;2&quot;\">&lt;Tom &amp; \"Jerry\"&gt;</a>", out);
    }

    @Test
    void leavesOutNullAttributesAndControlCharacters() {
        assertEquals("<p>ab</p>", new Xhtml().open("p", "class", null).text("a\u0007b").close("p").toString());
    }

    @Test
    void refusesAnAttributeWithoutValue() {
        assertThrows(IllegalArgumentException.class, () -> new Xhtml().open("p", "class"));
    }
}
