package crashy.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

class RedactionTest {
    static final List<String> LINES_WITH_SECRETS = List.of(
            "[pipeline] db login password=Hunter2!orca user=pipeline",
            "INFO: Environment: ORCA_DB_PASSWORD='Hunter2!orca'",
            "settings: {\"password\": \"Hunter2!orca\", \"user\": \"render\"}",
            "Mounting https://render:Hunter2!orca@fileserver.orca.local/share",
            "Connecting to postgres://pipeline:Hunter2!orca@db.orca.local:5432/assets",
            "GET /api/jobs HTTP/1.1 Authorization: Basic cmVuZGVyOkh1bnRlcjIhb3JjYQ==",
            "curl -H 'Authorization: Bearer Hunter2!orca' https://tracker.orca.local",
            "export AWS_SECRET_ACCESS_KEY=Hunter2!orca",
            "sync --password Hunter2!orca --user render",
            "RLM_LICENSE_KEY: Hunter2!orca",
            "api_key=Hunter2!orca&project=orca",
            "X-Api-Key: Hunter2!orca");

    @ParameterizedTest
    @FieldSource("LINES_WITH_SECRETS")
    void blanksOutPasswordsKeysAndAuthorizationHeaders(String line) {
        String redacted = Redaction.redact(line);

        assertThat(redacted).doesNotContain("Hunter2").contains(Redaction.MARK);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "aws: AKIAIOSFODNN7EXAMPLE in use|AKIAIOSFODNN7EXAMPLE",
                "OPENAI key sk-proj-Abc123Def456Ghi789Jkl012Mno345|sk-proj-Abc123Def456Ghi789Jkl012Mno345",
                "cloning with ghp_abcdefghijklmnopqrstuvwxyz0123456789AB|ghp_abcdefghijklmnopqrstuvwxyz0123456789AB",
                "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJyZW5kZXIifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ|eyJhbGciOiJIUzI1NiJ9",
                "SAS https://orca.blob.core.windows.net/tex?sv=2022&sig=AbCdEf%2Bsecret|AbCdEf%2Bsecret"
            })
    void blanksOutWellKnownTokenShapes(String line, String secret) {
        assertThat(Redaction.redact(line)).doesNotContain(secret);
    }

    @Test
    void blanksOutAPrivateKeyBlock() {
        String log = "key follows\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n"
                + "-----END OPENSSH PRIVATE KEY-----\nrender started";

        assertThat(Redaction.redact(log)).isEqualTo("key follows\n" + Redaction.MARK + "\nrender started");
    }

    @Test
    void keepsOrdinaryRenderLinesAsTheyAre() {
        List<String> lines = List.of(
                CrashTexts.ARNOLD_TEXTURE,
                CrashTexts.BLENDER_CUDA_OOM,
                "00:00:04  1834MB         | [texturesys] read tile 12 of bucket 3 (64 KB)",
                "Rendering https://wiki.orca.local/render-farm#textures for help",
                "0: INFO: Process exit code: 1");

        lines.forEach(line -> assertThat(Redaction.redact(line)).isEqualTo(line));
    }

    @Test
    void redactsOnceAndForAll() {
        String once = Redaction.redact(String.join("\n", LINES_WITH_SECRETS));

        assertThat(Redaction.redact(once)).isEqualTo(once);
    }
}
