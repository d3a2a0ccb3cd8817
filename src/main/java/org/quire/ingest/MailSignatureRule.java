package org.quire.ingest;

import java.util.List;

/**
 * "--" alone on a line opens an e-mail's signature (the "-- " of RFC 3676): what follows it, up to the next
 * blank line, is the sender's or the mailing list's footer, never the text.
 */
final class MailSignatureRule {
    static final String NAME = "mail-signature";

    private MailSignatureRule() {
    }

    static void drop(List<Piece> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            if (!pieces.get(i).text.strip().equals("--")) {
                continue;
            }
            for (int k = i + 1; k < pieces.size() && pieces.get(k).chunk.blanksBefore() == 0; k++) {
                pieces.get(k).drop(NAME, "an e-mail's signature, under its \"--\" line");
            }
        }
    }
}
