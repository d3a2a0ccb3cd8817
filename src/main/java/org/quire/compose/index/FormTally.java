package org.quire.compose.index;

/** How often one written form of a name was seen, and how often away from the start of a sentence. */
final class FormTally {
    int count;
    int midSentence;

    FormTally add(boolean sentenceStart) {
        count++;
        if (!sentenceStart) {
            midSentence++;
        }
        return this;
    }
}
