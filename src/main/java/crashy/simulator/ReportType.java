package crashy.simulator;

/** Deadline's report {@code Type}: 0 log, 1 error, 2 requeue. */
enum ReportType {
    LOG(0, "log"),
    ERROR(1, "error"),
    REQUEUE(2, "requeue");

    final int code;
    /** The word in {@code Data=} values such as {@code allerrorcontents}. */
    final String dataName;

    ReportType(int code, String dataName) {
        this.code = code;
        this.dataName = dataName;
    }
}
