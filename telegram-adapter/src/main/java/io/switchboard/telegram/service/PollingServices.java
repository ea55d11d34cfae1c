package io.switchboard.telegram.service;

import io.switchboard.telegram.client.BotApiClient;
import io.switchboard.telegram.config.TelegramConfig;
import io.switchboard.telegram.repository.PollingOffsetRepository;

/** The beans a {@link ChannelPoller} works with; pollers are plain objects on their own threads, not beans. */
record PollingServices(
        TelegramConfig config,
        BotApiClient botApi,
        PollingTargets targets,
        PollingLocks locks,
        PollingOffsetRepository offsets,
        UpdateIntake intake,
        ChannelHealthService health,
        Pollers pollers) {}
