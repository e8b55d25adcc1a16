package crashy.preview;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The preview pieces the bot shares: one cache of previews, one way to find frames, one set of picture settings. */
@Configuration(proxyBeanMethods = false)
class PreviewConfiguration {
    private static final Logger log = LoggerFactory.getLogger(PreviewConfiguration.class);

    @Bean
    Previews previews(List<FrameDecoder> decoders) {
        return new Previews(decoders);
    }

    @Bean
    FrameLocator frameLocator(PreviewProperties preview, PathMappingProperties paths) {
        if (preview.roots().isEmpty()) {
            log.info("Previews are off: set CRASHY_PREVIEW_ROOTS to the folders the renders are written to");
        }
        return new FrameLocator(paths.mapping(), preview.previewRoots());
    }

    @Bean
    JobPreviews jobPreviews(FrameLocator frameLocator, Previews previews, PreviewProperties preview) {
        return new JobPreviews(frameLocator, previews, preview.pictureSettings());
    }
}
