package crashy.cli;

/** A setting that cannot work, found before anything started; the message names the setting and the problem. */
public final class InvalidSettingException extends RuntimeException {
    public InvalidSettingException(String property, String problem) {
        super(StartupFailures.settingName(property) + ": " + problem);
    }
}
