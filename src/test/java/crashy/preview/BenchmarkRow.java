package crashy.preview;

import java.util.List;

/**
 * One corpus file's figures in the previews benchmark, and the markdown table they make. {@code peakKb} holds the
 * peak resident sets of oiiotool, the cold command as built and as the Docker image runs it (-1 when unknown).
 */
record BenchmarkRow(
        String file,
        long bytes,
        double oiiotoolMillis,
        double warmMillis,
        double coldMillis,
        double imageMillis,
        long[] peakKb,
        long warmAllocated,
        double psnr) {

    static void printTable(List<BenchmarkRow> rows, boolean withImage) {
        System.out.println("| File | MB | oiiotool ms | Crashy warm ms | warm ÷ oiiotool | `preview` cold ms"
                + " | cold ÷ oiiotool" + (withImage ? " | cold, Docker image ms | ÷ oiiotool" : "")
                + " | peak RSS MB: oiiotool / `preview`" + (withImage ? " / Docker image" : "")
                + " | warm heap allocated MB | PSNR vs oiiotool dB |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|" + (withImage ? "---:|---:|" : "") + "---:|---:|---:|");
        double[] worst = new double[3];
        for (BenchmarkRow row : rows) {
            double[] ratios = {
                row.warmMillis / row.oiiotoolMillis,
                row.coldMillis / row.oiiotoolMillis,
                row.imageMillis / row.oiiotoolMillis
            };
            for (int i = 0; i < 3; i++) {
                worst[i] = Math.max(worst[i], Double.isNaN(ratios[i]) ? 0 : ratios[i]);
            }
            String imageCells = withImage ? String.format(" %.0f | %.2f |", row.imageMillis, ratios[2]) : "";
            String peaks = megabytes(row.peakKb[0]) + " / " + megabytes(row.peakKb[1])
                    + (withImage ? " / " + megabytes(row.peakKb[2]) : "");
            System.out.printf(
                    "| %s | %.1f | %.0f | %.0f | %.2f | %.0f | %.2f |%s %s | %.0f | %.1f |%n",
                    row.file.replaceFirst("^corpus_", "").replaceFirst("\\.exr$", ""),
                    row.bytes / 1e6,
                    row.oiiotoolMillis,
                    row.warmMillis,
                    ratios[0],
                    row.coldMillis,
                    ratios[1],
                    imageCells,
                    peaks,
                    row.warmAllocated / 1e6,
                    row.psnr);
        }
        System.out.printf(
                "%nWorst ratios: warm %.2f (target <= 0.20), cold %.2f%s (target <= 0.50)%n",
                worst[0],
                worst[1],
                withImage ? String.format(", cold as the Docker image runs it %.2f", worst[2]) : "");
    }

    private static String megabytes(long kilobytes) {
        return kilobytes < 0 ? "?" : String.format("%.0f", kilobytes / 1024.0);
    }
}
