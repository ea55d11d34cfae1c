package io.switchboard.telegram.service;

import io.quarkus.scheduler.Scheduled;
import io.switchboard.telegram.config.TelegramConfig;
import io.switchboard.telegram.repository.ProcessedUpdateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jboss.logging.Logger;

/** Forgets update ids older than the deduplication window: Telegram keeps undelivered updates for 24 hours at most. */
@ApplicationScoped
public class ProcessedUpdateCleanup {

    private static final Logger LOG = Logger.getLogger(ProcessedUpdateCleanup.class);

    @Inject
    ProcessedUpdateRepository processedUpdates;

    @Inject
    TelegramConfig config;

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetOldUpdates() {
        int deleted = processedUpdates.deleteProcessedBefore(
                Instant.now().minus(config.intake().deduplicationWindow()));
        if (deleted > 0) {
            LOG.infof("forgot %d processed update ids", deleted);
        }
    }
}
