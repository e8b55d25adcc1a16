package crashy.chat.terminal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The demo's terminal chat: whether it runs, and which Deadline user the person at the terminal plays. */
@ConfigurationProperties("crashy.terminal")
record TerminalProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("") String user) {}
