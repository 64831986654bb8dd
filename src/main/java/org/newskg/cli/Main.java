package org.newskg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newskg} command. */
@Command(
        name = "newskg",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Builds a knowledge graph of who said what, in which role, about which meeting, where and "
                + "when, from news articles; stores it in TDB2 and serves it over SPARQL.",
        subcommands = {
            IngestCommand.class,
            WatchCommand.class,
            ServeCommand.class,
            QueryCommand.class,
            DemoCommand.class,
            BuildIndexCommand.class,
            CompactCommand.class,
            ExportCommand.class,
            BenchCommand.class,
            EvalCommand.class,
            PasswdCommand.class,
            LoadTestCommand.class,
            LoadCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status (0 ok, 1 partial failure, 2 usage error). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("newskg: " + ex.getMessage());
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"newskg " + (v == null ? "(development)" : v)};
        }
    }
}
