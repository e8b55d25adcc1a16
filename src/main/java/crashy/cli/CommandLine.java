package crashy.cli;

import java.util.Arrays;

/** The one jar's command line: {@code status}, {@code simulate}, or (no command) the bot itself. */
public final class CommandLine {
    /** Returned by {@link #run} when the bot was started and keeps the process alive. */
    public static final int STARTED = -1;

    static final String USAGE = """
            usage: java -jar crashy.jar [--setting=value ...]   run the bot (the demo when nothing is configured)
                   java -jar crashy.jar status [--deadline-url URL] [--json]
                   java -jar crashy.jar preview IN -o OUT.jpg [--width N] [--exposure E] [--layer NAME]
                   java -jar crashy.jar preview IN... -o DIR [--width N] [--exposure E] [--layer NAME]
                   java -jar crashy.jar simulate [--port 8081] [--jobs N] [--active N] [--workers N] [--seed S] \
            [--speed X] [--auth user:password] [--output DIR]""";

    private CommandLine() {}

    /** Runs the command; returns its exit code, or {@link #STARTED} when the bot runs on. */
    public static int run(String[] args) {
        String command = args.length == 0 ? "" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        return switch (command) {
            case "status" -> StatusCommandLine.run(rest);
            case "simulate" -> crashy.simulator.SimulateCommand.run(rest);
            case "preview" -> PreviewCommandLine.run(rest);
            case "help", "--help", "-h" -> {
                System.out.println(USAGE);
                yield 0;
            }
            default -> {
                if (!command.isEmpty() && !command.startsWith("--")) {
                    System.err.println("Unknown command " + command + ".");
                    System.err.println(USAGE);
                    yield 2;
                }
                yield BotLauncher.launch(args);
            }
        };
    }
}
