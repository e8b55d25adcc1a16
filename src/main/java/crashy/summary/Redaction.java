package crashy.summary;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Blanks out credentials that render logs happen to print (passwords in settings and URLs, authorization headers,
 * API keys and tokens, AWS keys, private keys) before any text leaves the machine or reaches a chat. Idempotent.
 */
final class Redaction {
    static final String MARK = "[redacted]";

    private record Rule(Pattern pattern, String replacement) {
        Rule(String regex, String replacement) {
            this(Pattern.compile(regex), replacement);
        }
    }

    private static final String SECRET_NAME = "(?:password|passwd|pwd|passphrase|secret|token|credentials?|api[_-]?key"
            + "|apikey|access[_-]?key|secret[_-]?key|private[_-]?key|licen[cs]e[_-]?key|auth[_-]?key|session[_-]?id)";

    private static final List<Rule> RULES = List.of(
            new Rule("-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)", MARK),
            new Rule("(?i)\\b((?:proxy-)?authorization\\s*[:=]\\s*)[^\\r\\n]+", "$1" + MARK),
            new Rule("(?i)\\b((?:x-)?api-key\\s*:\\s*)[^\\r\\n]+", "$1" + MARK),
            new Rule("(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s@\"'<>]+@", "$1" + MARK + "@"),
            new Rule("(?i)\\b(bearer|basic)\\s+[A-Za-z0-9._~+/-]{8,}=*", "$1 " + MARK),
            new Rule("(?i)((?:^|[\\s\"'{,;?&(])--?" + SECRET_NAME + "[\\s=]+)[^\\s\"'&,;]+", "$1" + MARK),
            new Rule(
                    "(?i)\\b([\\w.-]*" + SECRET_NAME + "[\\w.-]*[\"']?\\s*[:=]\\s*[\"']?)[^\\s\"'&,;)}]+", "$1" + MARK),
            new Rule("(?i)\\b(pass\\s*[:=]\\s*)[^\\s\"'&,;]+", "$1" + MARK),
            new Rule(
                    "(?i)([?&](?:sig|signature|x-amz-signature|x-amz-credential|x-amz-security-token|code)=)[^&\\s\"']+",
                    "$1" + MARK),
            new Rule("\\b(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\\b", MARK),
            new Rule("\\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}", MARK),
            new Rule("\\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})", MARK),
            new Rule("\\bxox[abposr]-[A-Za-z0-9-]{10,}", MARK),
            new Rule("\\bAIza[0-9A-Za-z_-]{35}", MARK),
            new Rule("\\beyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}", MARK),
            new Rule("\\b[MNO][A-Za-z0-9_-]{23,27}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,40}\\b", MARK),
            new Rule("\\b\\d{8,10}:[A-Za-z0-9_-]{35}\\b", MARK));

    private Redaction() {}

    static String redact(String text) {
        String result = text;
        for (Rule rule : RULES) {
            result = rule.pattern().matcher(result).replaceAll(rule.replacement());
        }
        return result;
    }
}
