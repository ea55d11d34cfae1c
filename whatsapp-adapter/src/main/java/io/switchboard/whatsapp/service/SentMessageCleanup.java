package io.switchboard.whatsapp.service;

import io.quarkus.scheduler.Scheduled;
import io.switchboard.whatsapp.config.WhatsAppConfig;
import io.switchboard.whatsapp.repository.SentMessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Forgets sent messages after the retention period: by then Meta sends no more statuses for them, and a command that
 * old is not redelivered.
 */
@ApplicationScoped
public class SentMessageCleanup {

    private static final Logger LOG = Logger.getLogger(SentMessageCleanup.class);

    @Inject
    SentMessageRepository sentMessages;

    @Inject
    WhatsAppConfig config;

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetOldSends() {
        long deleted = sentMessages.deleteOlderThan(Instant.now().minus(config.sentMessageRetention()));
        if (deleted > 0) {
            LOG.infof("sent messages forgotten count=%d", deleted);
        }
    }
}
