package org.quire.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A block of program code copied from a page: lines set apart by blank lines, each a statement (with an
 * assignment arrow, a comparison, a call, a variable's sigil, a brace or a closing semicolon) or a comment
 * ("# …", "// …"). A run of comment lines alone counts when it is long enough to be a commented table.
 * Code keeps its lines and spaces; no wrap is joined and no line is taken for a title or dropped.
 */
final class CodeRule {
    /** "x <- 3", "a == b", "SALTA$Lista", "df[ …", "f(x)", "{", "};", "x => y", "std::cout". */
    private static final Pattern STATEMENT = Pattern.compile(
            "<-|[=!<>]=|=>|::|\\w\\$\\w|\\w\\[\\s*[\\w\"']|\\w\\([^()\\s]*\\)|;\\s*$|^\\s*[{}][\\s;]*$|\\)\\s*\\{\\s*$");
    private static final Pattern COMMENT = Pattern.compile("^\\s*(?:#+|//|--)\\s?\\S");
    /** Lines of hashtags ("#Strike #Solidarity") alone are a post's tags, not comments. */
    private static final Pattern HASHTAGS = Pattern.compile("^\\s*(?:#[\\p{L}\\p{N}_]+\\s*)+$");
    /** Two statements make code; comments alone need more lines, as a commented legend does. */
    private static final int MIN_STATEMENTS = 2;
    private static final int MIN_COMMENTS = 3;

    private CodeRule() {
    }

    static boolean isCode(List<String> lines) {
        if (lines.stream().allMatch(line -> HASHTAGS.matcher(line).matches())) {
            return false;
        }
        int statements = 0;
        int comments = 0;
        for (String line : lines) {
            if (COMMENT.matcher(line).find()) {
                comments++;
            } else if (STATEMENT.matcher(line).find()) {
                statements++;
            } else {
                return false;
            }
        }
        return statements >= MIN_STATEMENTS || statements == 0 && comments >= MIN_COMMENTS
                || statements > 0 && statements + comments >= MIN_STATEMENTS;
    }
}
