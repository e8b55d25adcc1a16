/**
 * Previews of rendered frames: where a job's frames are on this machine ({@link crashy.preview.FrameLocator}, with
 * Deadline-style path mapping and a list of allowed roots), and turning a frame into a JPEG a chat can show. Start
 * at {@code FrameLocator}.
 */
@NullMarked
package crashy.preview;

import org.jspecify.annotations.NullMarked;
