package crashy.testing;

import crashy.summary.AiSummary;
import crashy.summary.CrashSummarizer;
import crashy.summary.Evidence;
import crashy.summary.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * A language model that answers as scripted: each call streams the answer in words, or fails when told to, or waits
 * for a latch like a slow service. It records the evidence of every call and charges four characters per token.
 */
public final class ScriptedCrashSummarizer implements CrashSummarizer {
    public static final String MODEL = "scripted-1";

    private final List<Evidence> calls = new ArrayList<>();
    private String answer = "The texture is missing on the file server. Check the path and requeue.";
    private boolean failing;
    private CountDownLatch released = new CountDownLatch(0);
    private final CountDownLatch called = new CountDownLatch(1);

    public synchronized ScriptedCrashSummarizer answering(String text) {
        this.answer = text;
        return this;
    }

    public synchronized ScriptedCrashSummarizer failing() {
        this.failing = true;
        return this;
    }

    /** Calls wait for {@code latch} before they answer. */
    public synchronized ScriptedCrashSummarizer waitingFor(CountDownLatch latch) {
        this.released = latch;
        return this;
    }

    public synchronized List<Evidence> calls() {
        return List.copyOf(calls);
    }

    /** Blocks until the first call has started. */
    public void awaitFirstCall() throws InterruptedException {
        called.await();
    }

    @Override
    public Optional<AiSummary> summarize(Evidence evidence, Consumer<String> partialText) {
        String text;
        boolean fails;
        CountDownLatch latch;
        synchronized (this) {
            calls.add(evidence);
            text = answer;
            fails = failing;
            latch = released;
        }
        called.countDown();
        awaitQuietly(latch);
        if (fails) {
            return Optional.empty();
        }
        StringBuilder soFar = new StringBuilder();
        for (String word : text.split("(?<= )")) {
            soFar.append(word);
            partialText.accept(soFar.toString());
        }
        return Optional.of(new AiSummary(text, MODEL, evidence.tokens(), Tokens.estimate(text)));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
