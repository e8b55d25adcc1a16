package crashy.testing.telegram;

/** What a message the bot sent shows: text alone, or a photo or a document with an optional caption. */
public enum MessageKind {
    TEXT,
    PHOTO,
    DOCUMENT
}
