package org.quire.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeRuleTest {
    @Test
    void statementsAndCommentsAreCode() {
        assertTrue(CodeRule.isCode(List.of("# count the votes", "total <- sum(votes$count)", "print(total)")));
        assertTrue(CodeRule.isCode(List.of("if (x == 1) {", "  run();", "}")));
    }

    @Test
    void aLongRunOfCommentsIsACommentedLegend() {
        assertTrue(CodeRule.isCode(List.of("#LABELS", "# 0 BLANK", "# 1 FIRST PARTY (ANA GIL)")));
        assertFalse(CodeRule.isCode(List.of("# 0 BLANK", "# 1 FIRST PARTY")), "two comment lines are too few");
    }

    @Test
    void proseHashtagsAndListsAreNoCode() {
        assertFalse(CodeRule.isCode(List.of("#Strike #Solidarity", "#Union")));
        assertFalse(CodeRule.isCode(List.of("The vote was 3 to 2, and then f(x) was all", "anyone talked about.")));
        assertFalse(CodeRule.isCode(List.of("- one", "- two", "- three")));
    }
}
