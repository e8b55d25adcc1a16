package crashy.command;

/** A request a command cannot answer as asked; the message tells the user what to do instead. */
public final class CommandException extends RuntimeException {
    public CommandException(String message) {
        super(message);
    }
}
