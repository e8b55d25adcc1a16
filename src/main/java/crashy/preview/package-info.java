/**
 * Previews of rendered frames: where a job's frames are on this machine ({@link crashy.preview.FrameLocator}, with
 * Deadline-style path mapping and a list of allowed roots), and turning a frame into a JPEG a chat can show: a {@link
 * crashy.preview.FrameDecoder} per family of formats (EXR, and ImageIO's with TwelveMonkeys' plug-ins for TIFF, Targa, Photoshop and Radiance HDR) feeds rows of linear light to a
 * {@link crashy.preview.PreviewCanvas}, which shrinks them as they come. Start at {@code FrameLocator}, then {@link
 * crashy.preview.Previews}.
 */
@NullMarked
package crashy.preview;

import org.jspecify.annotations.NullMarked;
