package org.quire.ingest;

/** Why a chunk was left out: the rule's name as the report quotes it, and a reason in plain words. */
record Drop(String rule, String why) {
}
