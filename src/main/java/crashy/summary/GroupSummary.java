package crashy.summary;

import java.util.Objects;

/** One error of a job with Crashy's judgement on it: machine or scene, and the rule-based explanation. */
public record GroupSummary(ErrorGroup group, Attribution attribution, RuleSummary rule) {
    public GroupSummary {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(rule, "rule");
    }
}
