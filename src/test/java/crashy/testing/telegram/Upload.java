package crashy.testing.telegram;

/** A file the bot uploaded in a multipart request: the part's file name and its bytes. */
public record Upload(String fileName, byte[] bytes) {
    private static final Upload NONE = new Upload("", new byte[0]);

    /** No file: what a text message carries. */
    public static Upload none() {
        return NONE;
    }

    public Upload {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
