package crashy.simulator;

/**
 * CPU, memory and clock figures of one task attempt, made up from a seed so they stay the same on every request and
 * look like a render's: busy CPUs, memory growing with the scene.
 */
record TaskMetrics(
        int averageCpu,
        int peakCpu,
        long averageRam,
        int averageRamPercent,
        long peakRam,
        int peakRamPercent,
        long usedClock,
        long totalClock) {

    static TaskMetrics of(long seed, long renderMillis, long machineRam) {
        long mixed = ObjectIds.mix(seed);
        int averageCpu = 55 + (int) Math.floorMod(mixed, 40L);
        int peakCpu = Math.min(100, averageCpu + 3 + (int) Math.floorMod(mixed >>> 8, 10L));
        int peakPercent = 20 + (int) Math.floorMod(mixed >>> 16, 60L);
        int averagePercent = Math.max(5, peakPercent - (int) Math.floorMod(mixed >>> 24, 15L));
        long seconds = Math.max(1, renderMillis / 1000);
        long totalClock = seconds * 3600L * 32;
        return new TaskMetrics(
                averageCpu,
                peakCpu,
                machineRam / 100 * averagePercent,
                averagePercent,
                machineRam / 100 * peakPercent,
                peakPercent,
                totalClock * averageCpu / 100,
                totalClock);
    }
}
