package org.quire.ingest;

import java.util.regex.Pattern;

/**
 * What a site says about itself at the foot of every page: its cookie notice, its licence, its
 * newsletter box. Each is told by a subject (cookies, a licence, a newsletter) together with the site
 * speaking of itself or to the reader ("this site uses cookies", "you agree", "Recibe … en tu correo"),
 * so an article that discusses cookies, licences or a union's newsletter keeps its sentences.
 */
final class SiteNoticeRule {
    static final String NAME = "site-notice";

    private static final int NOTICE_WORDS = 60;
    private static final int NEWSLETTER_WORDS = 30;

    /** The site says it sets cookies ("We use cookies", "Este sitio utiliza cookies", "This website uses no cookies"). */
    private static final Pattern SITE_COOKIES = Pattern.compile("(?iu)\\b(?:we|this (?:web ?)?site|our (?:web ?)?site"
            + "|este sitio(?: web)?|esta (?:web|página)|nuestr[oa] (?:sitio|web|página))\\s+(?:[\\p{L}]+\\s+){0,2}cookies\\b"
            + "|\\b(?:utilizamos|usamos)\\s+cookies\\b");
    /** Or it asks for consent to them. */
    private static final Pattern COOKIES = Pattern.compile("(?iu)\\bcookies?\\b");
    private static final Pattern CONSENT = Pattern.compile("(?iu)\\bby (?:continuing|using)\\b|\\byou (?:agree|accept|consent)\\b"
            + "|\\bal (?:continuar|seguir)\\b|\\baceptas?\\b|\\bconsentimiento\\b");
    private static final Pattern LICENCE = Pattern.compile(
            "(?iu)\\blicen[cs](?:e|ed|ia)\\b|\\breleased under\\b|\\bse (?:libera|publica|distribuye) bajo\\b"
                    + "|\\bcreative commons\\b");
    private static final Pattern SELF = Pattern.compile("(?iu)\\b(?:this|the) (?:web ?site|site|work|edition|blog)\\b"
            + "|\\b(?:material|content|contents) (?:on|of) this\\b"
            + "|\\b(?:este|el) (?:sitio|blog|trabajo)\\b|\\besta (?:obra|edición|web|página)\\b"
            // "Texts (c) Their Authors, CC BY 4.0": a copyright sign beside the licence is the site's notice too.
            + "|©|\\([cC]\\)");
    /** The box's call opens a line or a sentence: "Subscribe …", "Get … in your inbox", "Recibe … en tu correo". */
    private static final Pattern SUBSCRIBE = Pattern.compile("(?iu)(?:^|[.!:]\\s+|^\\S+\\s+)(?:subscribe|sign up|get"
            + "|receive|suscr[ií]bete|suscribirse|suscribite|recibe|recib[ií]|apúntate|únete)\\b");
    private static final Pattern MAILBOX = Pattern.compile(
            "(?iu)\\b(?:newsletter|inbox|your (?:e-?mail|mailbox)|bolet[ií]n|tu (?:correo|e-?mail|bandeja))\\b");

    private SiteNoticeRule() {
    }

    /** Why the line is the site's own notice, or null when it is not one. */
    static String reason(String text) {
        int words = Words.count(text);
        if (words > NOTICE_WORDS) {
            return null;
        }
        if (SITE_COOKIES.matcher(text).find() || COOKIES.matcher(text).find() && CONSENT.matcher(text).find()) {
            return "the site's cookie notice";
        }
        if (LICENCE.matcher(text).find() && SELF.matcher(text).find()) {
            return "the site's licence notice";
        }
        if (words <= NEWSLETTER_WORDS && SUBSCRIBE.matcher(text).find() && MAILBOX.matcher(text).find()) {
            return "the site's newsletter sign-up";
        }
        return null;
    }
}
