package crashy.command;

/** A chat command: how it presents itself, and how it answers a request. */
public interface ChatCommand {
    CommandSpec spec();

    CommandReply handle(CommandRequest request);
}
