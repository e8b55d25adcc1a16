package crashy.testing.telegram;

/** A request the fake cannot even read as a Bot API call: a wrong path (404), or a body not what it claims (400). */
final class MalformedCallException extends RuntimeException {
    private final int status;

    MalformedCallException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
