package crashy.preview.exr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExrFileHeaderTest {

    @Test
    void readsWindowsAspectRatioAndCompressionOfASinglePartFile() throws Exception {
        try (ExrFile file = ExrFile.open(ExrFixtures.file("DisplayWindow_t15.exr"))) {
            ExrHeader header = file.part(0);

            assertThat(file.version().multipart()).isFalse();
            assertThat(file.parts()).hasSize(1);
            assertThat(header.storage()).isEqualTo(ExrStorage.SCANLINE);
            assertThat(header.compression()).isEqualTo(ExrCompression.PIZ);
            assertThat(header.dataWindow()).isEqualTo(new ExrBox(0, 0, 399, 299));
            assertThat(header.displayWindow()).isEqualTo(new ExrBox(-40, -40, 440, 330));
            assertThat(header.pixelAspectRatio()).isEqualTo(1.5f);
            assertThat(header.lineOrder()).isEqualTo(ExrLineOrder.INCREASING_Y);
            assertThat(header.channels()).extracting(ExrChannel::name).containsExactly("B", "G", "R");
            assertThat(header.channel("R"))
                    .hasValueSatisfying(r -> assertThat(r.type()).isEqualTo(ExrPixelType.HALF));
        }
    }

    @Test
    void readsChromaticitiesAndOtherAttributes() throws Exception {
        try (ExrFile file = ExrFile.open(ExrFixtures.file("ScanLines_Carrots.exr"))) {
            ExrHeader header = file.part(0);

            assertThat(header.chromaticities()).hasValueSatisfying(c -> {
                assertThat(c.redX()).isEqualTo(0.7347f);
                assertThat(c.greenY()).isEqualTo(1.0f);
            });
            assertThat(header.attribute("isoSpeed"))
                    .hasValueSatisfying(a -> assertThat(a.type()).isEqualTo("float"));
            assertThat(header.attributes()).containsKeys("cameraMake", "expTime", "adoptedNeutral");
        }
    }

    @Test
    void listsEveryPartOfAMultipartFileWithNamesAndViews() throws Exception {
        try (ExrFile file = ExrFile.open(ExrFixtures.file("Beachball_multipart.0001.exr"))) {
            assertThat(file.version().multipart()).isTrue();
            assertThat(file.parts()).hasSize(10);
            assertThat(file.part(0).name()).hasValue("rgba_right");
            assertThat(file.part(0).view()).hasValue("right");
            assertThat(file.part(4).name()).hasValue("rgba_left");
            assertThat(file.part(7).view()).isEmpty();
            assertThat(file.part(3).dataWindow()).isEqualTo(new ExrBox(1106, 245, 1490, 1013));
        }
    }

    @Test
    void readsMultiViewNamesAndSubsampledChannels() throws Exception {
        try (ExrFile views = ExrFile.open(ExrFixtures.file("MultiView_Adjuster.exr"));
                ExrFile chroma = ExrFile.open(ExrFixtures.file("LuminanceChroma_Flowers.exr"))) {
            assertThat(views.part(0).multiView()).containsExactly("center", "left", "right");
            assertThat(chroma.part(0).channels())
                    .extracting(ExrChannel::name, ExrChannel::xSampling, ExrChannel::ySampling)
                    .containsExactly(tuple("BY", 2, 2), tuple("RY", 2, 2), tuple("Y", 1, 1));
        }
    }

    @Test
    void describesTilesAndMipmapLevels() throws Exception {
        try (ExrFile file = ExrFile.open(ExrFixtures.file("MultiResolution_ColorCodedLevels.exr"))) {
            ExrHeader header = file.part(0);

            assertThat(file.version().singlePartTiled()).isTrue();
            assertThat(header.storage()).isEqualTo(ExrStorage.TILED);
            assertThat(header.tiles())
                    .hasValue(new ExrTiles(64, 64, ExrTiles.LevelMode.MIPMAP_LEVELS, ExrTiles.RoundingMode.ROUND_DOWN));
        }
    }

    @Test
    void refusesAHeaderWithMoreAttributesThanAnyRendererWrites() {
        ByteBuffer header = ByteBuffer.allocate(2_000_000).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(ExrVersion.MAGIC).putInt(2);
        for (int i = 0; i <= 65536; i++) {
            header.put(("a" + i + "\0int\0").getBytes(StandardCharsets.US_ASCII))
                    .putInt(4)
                    .putInt(i);
        }

        assertThatThrownBy(() -> ExrFile.read(new ByteArrayInput(header.array()), ExrLimits.DEFAULT))
                .isInstanceOf(ExrFormatException.class)
                .hasMessageContaining("more than 65536 attributes");
    }

    @Test
    void readsTheHeaderOfADeepFileButRefusesItsPixels() throws Exception {
        try (ExrFile file = ExrFile.open(ExrFixtures.file("v2_LowResLeftView_Trunks.exr"))) {
            assertThat(file.version().nonImage()).isTrue();
            assertThat(file.part(0).storage()).isEqualTo(ExrStorage.DEEP_SCANLINE);
            assertThat(file.part(0).storage().isDeep()).isTrue();
        }
    }
}
