package org.quire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quire.model.ArticleMeta;

class SignatureRuleTest {
    private static ArticleMeta meta(String text) {
        return Ingest.ingest("letter.txt", text).articles().get(0).meta();
    }

    @Test
    void aStatementSignedByAGroupThatItsClosingLinesNameAgain() {
        ArticleMeta meta = meta("""
                An Open Letter To The Port Authority

                We write to ask that crane four be stopped until its brakes have been inspected by someone we trust.

                The drivers have asked for this three times since March and have had no answer.

                Harbour Crane Drivers Committee.org

                The Harbour Crane Drivers Committee brings together the crane drivers of the northern port.
                """);
        assertEquals(List.of("Harbour Crane Drivers Committee"), meta.authors());
    }

    @Test
    void aSubheadingNearTheEndIsNoSignature() {
        ArticleMeta meta = meta("""
                What The Drivers Want

                We write to ask that crane four be stopped until its brakes have been inspected by someone we trust.

                Next Steps

                The drivers will meet again on Friday to decide on their next steps.
                """);
        assertEquals(List.of(), meta.authors());
    }
}
