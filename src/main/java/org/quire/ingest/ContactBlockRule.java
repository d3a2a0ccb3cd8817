package org.quire.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A block of contact lines closing a post: "Mail: x@example.org", "Twitter: @name", "Mastodon: @name@host",
 * perhaps with the organisation's name in capitals above and a short remark between them. Two or more
 * such lines make a block; one alone may be part of the text ("Write to us: …") and stays. A single line
 * in capitals that gives an e-mail address ("THE COMMITTEE – SITE.ORG, INFO@SITE.ORG") is a contact footer.
 */
final class ContactBlockRule {
    static final String NAME = "contact-block";

    private static final Set<String> LABELS = Set.of("mail", "e-mail", "email", "correo", "correo electrónico",
            "web", "website", "sitio web", "página web", "blog", "twitter", "x", "mastodon", "diaspora", "diáspora",
            "facebook", "instagram", "telegram", "signal", "whatsapp", "matrix", "xmpp", "jabber", "irc", "youtube",
            "bluesky", "tiktok", "linkedin", "tel", "tel.", "teléfono", "telefono", "phone", "fax", "pgp", "gpg");
    private static final Pattern LABELLED = Pattern.compile("^([\\p{L}.\\- ]{1,20}?)\\s*\\*?\\s*:\\s*(\\S.*)$");
    private static final Pattern ADDRESS = Pattern.compile(
            "[\\w.+\\-]+@[\\w\\-]+(?:\\.[\\w\\-]+)+|@[\\w.\\-]+|(?:https?://|www\\.)\\S+|\\b[\\w\\-]+\\.[a-z]{2,}\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MAIL = Pattern.compile("[\\w.+\\-]+@[\\w\\-]+(?:\\.[\\w\\-]+)+");
    private static final int VALUE_WORDS = 6;
    private static final int REMARK_WORDS = 12;
    private static final int SIGNATURE_WORDS = 6;
    private static final int FOOTER_WORDS = 20;
    private static final Pattern PHONE = Pattern.compile("^(?:\\+?\\d{1,3}[\\s.-])?\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]\\d{4}$");
    private static final int PRESS_CONTACT_LINES = 4;
    private static final int PRESS_CONTACT_WORDS = 8;
    /** "Contact: Ana Lima, 555-014-0668", "Media contacts:", "Contacto de prensa:": a release's contacts under their label. */
    private static final Pattern CONTACT_LABEL = Pattern.compile("(?iu)^(?:(?:media|press|news)\\s+)?contacts?"
            + "(?:\\s+information)?\\s*:|^contactos?(?:\\s+de\\s+prensa)?\\s*:|^información de contacto\\s*:");
    /** A label's block holds a few names, offices, addresses and numbers; a longer line is text again. */
    private static final int LABELLED_CONTACT_LINES = 7;
    private static final int LABELLED_CONTACT_WORDS = 10;

    private ContactBlockRule() {
    }

    static void drop(List<Piece> pieces) {
        dropPressContacts(pieces);
        dropLabelledContacts(pieces);
        int i = 0;
        while (i < pieces.size()) {
            int end = blockEnd(pieces, i);
            if (end > i) {
                int start = i > 0 && isSignature(pieces.get(i - 1)) ? i - 1 : i;
                for (int k = start; k < end; k++) {
                    pieces.get(k).drop(NAME, "contact block: addresses and accounts of the publisher");
                }
                i = end;
            } else {
                i++;
            }
        }
    }

    /** "Twitter: @name", "Mail: x@example.org": a known label and a short value. */
    static boolean isContactLine(String text) {
        var m = LABELLED.matcher(text.strip());
        return m.matches() && LABELS.contains(m.group(1).strip().toLowerCase(Locale.ROOT))
                && Words.count(m.group(2)) <= VALUE_WORDS;
    }

    /** A line in capitals that gives an e-mail address, with nothing but names and addresses in it. */
    static boolean isContactFooter(String text) {
        return MAIL.matcher(text).find() && Words.count(text) <= FOOTER_WORDS
                && Words.isAllCaps(ADDRESS.matcher(text).replaceAll(" "));
    }

    /**
     * The index after a block of two or more contact lines starting at {@code start} (short remarks between
     * them belong to it); {@code start} when there is none.
     */
    private static int blockEnd(List<Piece> pieces, int start) {
        if (!isContactLine(pieces.get(start).text)) {
            return start;
        }
        int contacts = 1;
        int end = start + 1;
        int k = start + 1;
        while (k < pieces.size()) {
            if (isContactLine(pieces.get(k).text)) {
                contacts++;
                end = ++k;
            } else if (k + 1 < pieces.size() && pieces.get(k).words() <= REMARK_WORDS
                    && isContactLine(pieces.get(k + 1).text)) {
                k++;
            } else {
                break;
            }
        }
        return contacts >= 2 ? end : start;
    }

    /**
     * A newsroom's press contact: a name, an office or place, and a telephone number alone on the last line
     * ("Ana Lima / Harbour Office, Northport / 555-014-0668"), set apart by blank lines.
     */
    private static void dropPressContacts(List<Piece> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            if (!PHONE.matcher(pieces.get(i).text.strip()).matches() || pieces.get(i).chunk.blanksBefore() > 0) {
                continue;
            }
            int start = i;
            while (start > 0 && i - start < PRESS_CONTACT_LINES - 1 && pieces.get(start).chunk.blanksBefore() == 0
                    && Words.count(pieces.get(start - 1).text) <= PRESS_CONTACT_WORDS) {
                start--;
            }
            boolean block = start < i && pieces.get(start).chunk.blanksBefore() > 0
                    && (i + 1 >= pieces.size() || pieces.get(i + 1).chunk.blanksBefore() > 0)
                    && BylineRule.looksLikeName(pieces.get(start).text);
            for (int k = start; block && k <= i; k++) {
                pieces.get(k).drop(NAME, "a press contact: name, office and telephone");
            }
        }
    }

    /**
     * "Contact: Ana Lima, 555-014-0668" and the lines set close under it (more names and numbers, an office and its
     * address): a release's press contacts, up to the next blank line.
     */
    private static void dropLabelledContacts(List<Piece> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            Piece label = pieces.get(i);
            if (label.isDropped() || !CONTACT_LABEL.matcher(label.text.strip()).find()
                    || label.words() > LABELLED_CONTACT_WORDS) {
                continue;
            }
            label.drop(NAME, "a press contact under its label: names, offices, numbers");
            for (int k = i + 1; k < pieces.size() && k - i < LABELLED_CONTACT_LINES; k++) {
                Piece p = pieces.get(k);
                if (p.chunk.blanksBefore() > 0 || p.words() > LABELLED_CONTACT_WORDS) {
                    break;
                }
                if (!p.isDropped()) {
                    p.drop(NAME, "a press contact under its label: names, offices, numbers");
                }
                i = k;
            }
        }
    }

    private static boolean isSignature(Piece p) {
        return !p.isDropped() && Words.isAllCaps(p.text) && Words.count(p.text) <= SIGNATURE_WORDS;
    }
}
