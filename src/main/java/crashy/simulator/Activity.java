package crashy.simulator;

/** The kinds of random activity on a simulated farm. */
enum Activity {
    SUBMIT,
    SUSPEND,
    RESUME,
    REQUEUE,
    DELETE,
    OUTAGE
}
