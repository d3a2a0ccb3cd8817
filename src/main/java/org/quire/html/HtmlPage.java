package org.quire.html;

/** One rendered XHTML document: the whole print book, or one file of the e-book. */
public record HtmlPage(String fileName, String title, String xhtml) {}
