/**
 * Watching the farm: the {@link crashy.farm.FarmClient} port to Deadline, the tiered {@link crashy.farm.FarmPoller}
 * that keeps the farm in memory and turns what changed into job events, and the store that remembers the last seen
 * state of every job across restarts. Start reading at {@code FarmPoller}; {@code farm.deadline} is the adapter to the
 * Deadline Web Service.
 */
@NullMarked
package crashy.farm;

import org.jspecify.annotations.NullMarked;
