package io.switchboard.whatsapp.service;

import io.quarkus.scheduler.Scheduled;
import io.switchboard.whatsapp.mapping.WebhookContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The wamids this pod sent in the last minutes, known the moment Meta answers, and the sends still waiting for Meta's
 * answer. Meta's {@code sent} status often arrives before the thread that sent the message got its answer: the status
 * then waits here for the wamid, instead of polling the database. Statuses that reach another pod, or come later, are
 * looked up in the database.
 */
@ApplicationScoped
public class RecentSends {

    private static final Duration KEPT = Duration.ofMinutes(2);

    private record Entry(WebhookContext.SentMessageRef sent, long at) {}

    private final Map<String, Entry> byWamid = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<WebhookContext.SentMessageRef>> awaited = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    /** A Graph call of the channel is about to leave; call {@link #finished} when it came back, whatever happened. */
    public void started(String channelId) {
        inFlight.computeIfAbsent(channelId, id -> new AtomicInteger()).incrementAndGet();
    }

    public void finished(String channelId) {
        inFlight.computeIfAbsent(channelId, id -> new AtomicInteger()).decrementAndGet();
    }

    public void remember(String wamid, WebhookContext.SentMessageRef sent) {
        byWamid.put(wamid, new Entry(sent, System.nanoTime()));
        CompletableFuture<WebhookContext.SentMessageRef> waiting = awaited.remove(wamid);
        if (waiting != null) {
            waiting.complete(sent);
        }
    }

    public Optional<WebhookContext.SentMessageRef> find(String wamid) {
        Entry entry = byWamid.get(wamid);
        return entry == null ? Optional.empty() : Optional.of(entry.sent());
    }

    /**
     * The send of {@code wamid}, waiting up to {@code wait} while this pod has a send of the channel in flight (its
     * answer may be the one naming the wamid).
     */
    public Optional<WebhookContext.SentMessageRef> await(String wamid, String channelId, Duration wait) {
        Optional<WebhookContext.SentMessageRef> known = find(wamid);
        AtomicInteger sending = inFlight.get(channelId);
        if (known.isPresent() || sending == null || sending.get() <= 0) {
            return known;
        }
        CompletableFuture<WebhookContext.SentMessageRef> waiting =
                awaited.computeIfAbsent(wamid, id -> new CompletableFuture<>());
        // Remembered between the look-up and the registration: nobody would complete the future.
        find(wamid).ifPresent(waiting::complete);
        try {
            return Optional.of(waiting.get(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            awaited.remove(wamid, waiting);
        }
    }

    @Scheduled(every = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOld() {
        long cutoff = System.nanoTime() - KEPT.toNanos();
        byWamid.values().removeIf(entry -> entry.at() - cutoff < 0);
    }
}
