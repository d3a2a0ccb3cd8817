package org.quire.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import org.quire.build.QuireException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code quire} command. Bad input ends in one line on stderr and exit code 2, never a stack trace. */
@Command(name = "quire", mixinStandardHelpOptions = true, version = "Quire 0.1",
        description = "Turns a folder of articles into a PDF book and an EPUB 3 e-book.",
        subcommands = {BuildCommand.class, ImportCommand.class, IndexCommand.class})
public final class Main implements Runnable {
    static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; the exit code is returned, not taken. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("quire: " + describe(e));
            return e instanceof QuireException || e instanceof IOException ? BAD_INPUT : 1;
        });
        return commandLine.execute(args);
    }

    private static String describe(Exception e) {
        if (e instanceof QuireException q) {
            return q.oneLine();
        }
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file";
        }
        if (e instanceof IOException) {
            return e.getMessage();
        }
        return "internal error: " + e;
    }
}
