package org.quire.compose.index;

/** What a found name is taken to be; only a person's name is inverted ("Trump, Donald"). */
public enum NameKind {
    PERSON, ORGANISATION, PLACE, ACRONYM, OTHER
}
