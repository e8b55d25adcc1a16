package crashy.preview;

import java.util.List;

/** One corpus file's figures in the previews benchmark, and the markdown table they make. */
record BenchmarkRow(
        String file,
        long bytes,
        double oiiotoolMillis,
        double warmMillis,
        double coldMillis,
        long oiiotoolPeakKb,
        long coldPeakKb,
        long warmAllocated,
        double psnr) {

    static void printTable(List<BenchmarkRow> rows) {
        System.out.println("| File | MB | oiiotool ms | Crashy warm ms | warm ÷ oiiotool | `preview` cold ms"
                + " | cold ÷ oiiotool | oiiotool peak RSS MB | `preview` peak RSS MB | warm heap allocated MB"
                + " | PSNR vs oiiotool dB |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        double worstWarm = 0;
        double worstCold = 0;
        for (BenchmarkRow row : rows) {
            double warmRatio = row.warmMillis / row.oiiotoolMillis;
            double coldRatio = row.coldMillis / row.oiiotoolMillis;
            worstWarm = Math.max(worstWarm, warmRatio);
            worstCold = Math.max(worstCold, coldRatio);
            System.out.printf(
                    "| %s | %.1f | %.0f | %.0f | %.2f | %.0f | %.2f | %s | %s | %.0f | %.1f |%n",
                    row.file.replaceFirst("^corpus_", "").replaceFirst("\\.exr$", ""),
                    row.bytes / 1e6,
                    row.oiiotoolMillis,
                    row.warmMillis,
                    warmRatio,
                    row.coldMillis,
                    coldRatio,
                    megabytes(row.oiiotoolPeakKb),
                    megabytes(row.coldPeakKb),
                    row.warmAllocated / 1e6,
                    row.psnr);
        }
        System.out.printf(
                "%nWorst ratios: warm %.2f (target <= 0.20), cold %.2f (target <= 0.50)%n", worstWarm, worstCold);
    }

    private static String megabytes(long kilobytes) {
        return kilobytes < 0 ? "?" : String.format("%.0f", kilobytes / 1024.0);
    }
}
