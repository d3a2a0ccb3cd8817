package org.quire.ingest;

/**
 * Something in a kept line that identifies a private person (a date of birth, a file or ID number, a
 * phone number, an e-mail address), flagged for the editor to decide on before printing.
 *
 * @param line 1-based input line number
 * @param kind "date-of-birth", "id-number", "phone", "e-mail"
 */
public record PersonalData(int line, String kind, String found) {
}
