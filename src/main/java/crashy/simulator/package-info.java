/**
 * A fake Deadline 10 Web Service over a living, simulated render farm, for the demo, the integration tests and the
 * benchmark. {@link crashy.simulator.SimulatedFarm} holds jobs, tasks, workers and error reports and moves only when
 * its clock is advanced; {@link crashy.simulator.FarmSimulation} advances it in real time;
 * {@link crashy.simulator.SimulatorServer} answers the Web Service's REST calls with JSON shaped like a real server's;
 * {@link crashy.simulator.FarmScenario} builds the demo and benchmark farms and {@link crashy.simulator.SimulateCommand}
 * serves one from the command line. The package fakes an external service, so it uses no other Crashy package: start
 * reading at {@code SimulatedFarm}.
 */
@NullMarked
package crashy.simulator;

import org.jspecify.annotations.NullMarked;
