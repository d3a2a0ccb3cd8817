package org.quire.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A mail's header block, as a list archive or a digest prints it: "From: …", "Date: …", "Subject: …",
 * "To: …", "Message-ID: …" on adjacent lines, three fields or more, with the folded lines of a long field
 * between them. It is the message's envelope, not its text.
 */
final class MailHeaderRule {
    static final String NAME = "mail-header";
    private static final Pattern FIELD = Pattern.compile("(?i)^(?:message|date|from|subject|to|cc|bcc|reply-to"
            + "|in-reply-to|references|sender|message-id|content-type|content-transfer-encoding|mime-version"
            + "|x-[a-z-]+):\\s");
    private static final int MIN_FIELDS = 3;

    private MailHeaderRule() {
    }

    static void drop(List<Piece> pieces) {
        int i = 0;
        while (i < pieces.size()) {
            if (!isField(pieces.get(i))) {
                i++;
                continue;
            }
            int fields = 1;
            int last = i;
            for (int k = i + 1; k < pieces.size() && pieces.get(k).chunk.blanksBefore() == 0; k++) {
                if (isField(pieces.get(k))) {
                    fields++;
                    last = k;
                }
            }
            if (fields >= MIN_FIELDS) {
                // Lines between the fields are a long field folded onto the next line.
                for (int k = i; k <= last; k++) {
                    pieces.get(k).drop(NAME, "a mail's header fields (From, Date, Subject, To …)");
                }
            }
            i = last + 1;
        }
    }

    private static boolean isField(Piece p) {
        return FIELD.matcher(p.text.strip()).find();
    }
}
