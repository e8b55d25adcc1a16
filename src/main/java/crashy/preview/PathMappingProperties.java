package crashy.preview;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deadline-style path mapping from the render nodes' paths to this machine's ({@code CRASHY_PATH_MAPPINGS}, e.g.
 * {@code \\server\renders=/mnt/renders;R:\=/mnt/r/}). A rule that cannot be read stops startup, naming the setting.
 */
@ConfigurationProperties("crashy")
public record PathMappingProperties(@Nullable String pathMappings) {
    public PathMappingProperties {
        pathMappings = pathMappings == null ? "" : pathMappings.strip();
        try {
            PathMapping.parse(pathMappings);
        } catch (IllegalArgumentException e) {
            // Not chained: the startup line shows the innermost message, and this one says it all.
            throw new IllegalArgumentException(
                    "crashy.path-mappings must be from=to rules separated by ';', and " + e.getMessage());
        }
    }

    public PathMapping mapping() {
        return PathMapping.parse(pathMappings);
    }
}
