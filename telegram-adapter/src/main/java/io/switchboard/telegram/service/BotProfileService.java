package io.switchboard.telegram.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.common.problem.ProblemException;
import io.switchboard.common.problem.Problems;
import io.switchboard.contract.channel.ChannelChange;
import io.switchboard.telegram.client.BotApiClient;
import io.switchboard.telegram.client.BotApiException;
import io.switchboard.telegram.client.BotApiRateLimitedException;
import io.switchboard.telegram.client.BotApiUnauthorizedException;
import io.switchboard.telegram.client.BotApiUnavailableException;
import io.switchboard.telegram.config.TelegramConfig;
import io.switchboard.telegram.entity.ChannelEntity;
import io.switchboard.telegram.repository.ChannelRepository;
import io.switchboard.telegram.rest.BotMenuCommand;
import io.switchboard.telegram.rest.BotProfile;
import io.switchboard.telegram.rest.BotProfileTranslation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Reads and changes a bot's name, descriptions and command menu per language ({@code getMyName}/{@code setMyName},
 * {@code ...Description}, {@code ...ShortDescription}, {@code ...Commands}). A change is checked whole against
 * Telegram's limits before Telegram is asked, so a refusal for bad input changes nothing. A new default name is also
 * the channel's display name, announced to the channel directory.
 */
@ApplicationScoped
public class BotProfileService {

    private static final Logger LOG = Logger.getLogger(BotProfileService.class);

    @Inject
    ChannelRepository channels;

    @Inject
    ChannelSecrets secrets;

    @Inject
    BotApiClient botApi;

    @Inject
    ChannelAnnouncer announcer;

    @Inject
    TelegramConfig config;

    /** The profile in the default language and the configured ones, as users of each language see it. */
    public BotProfile get(String tenantId, String channelId) {
        return profile(secrets.botToken(owned(tenantId, channelId)));
    }

    private BotProfile profile(String token) {
        Set<String> languages = new LinkedHashSet<>();
        languages.add(BotProfile.DEFAULT_LANGUAGE);
        config.profile().languages().forEach(language -> languages.add(language.strip()));
        Map<String, BotProfileTranslation> profile = new LinkedHashMap<>();
        for (String language : languages) {
            profile.put(language, read(token, language));
        }
        return new BotProfile(profile);
    }

    /** Applies what the change names, language by language, and answers the profile as it is then. */
    public BotProfile update(String tenantId, String channelId, BotProfile change) {
        check(change);
        ChannelEntity channel = owned(tenantId, channelId);
        String token = secrets.botToken(channel);
        change.languages().forEach((language, translation) -> write(token, language, translation));
        BotProfileTranslation defaults = change.languages().get(BotProfile.DEFAULT_LANGUAGE);
        if (defaults != null && defaults.name() != null && !defaults.name().equals(channel.displayName)) {
            rename(tenantId, channelId, defaults.name());
        }
        LOG.infof(
                "bot profile changed channel=%s languages=%s",
                channelId, change.languages().keySet());
        return profile(token);
    }

    private BotProfileTranslation read(String token, String language) {
        Map<String, Object> parameters = languageOf(language);
        List<BotMenuCommand> commands = new ArrayList<>();
        call(token, "getMyCommands", parameters)
                .forEach(command -> commands.add(new BotMenuCommand(
                        command.path("command").asText(),
                        command.path("description").asText())));
        return new BotProfileTranslation(
                call(token, "getMyName", parameters).path("name").asText(""),
                call(token, "getMyDescription", parameters).path("description").asText(""),
                call(token, "getMyShortDescription", parameters)
                        .path("short_description")
                        .asText(""),
                commands);
    }

    private void write(String token, String language, BotProfileTranslation translation) {
        if (translation.name() != null) {
            call(token, "setMyName", with(language, "name", translation.name()));
        }
        if (translation.description() != null) {
            call(token, "setMyDescription", with(language, "description", translation.description()));
        }
        if (translation.shortDescription() != null) {
            call(token, "setMyShortDescription", with(language, "short_description", translation.shortDescription()));
        }
        if (translation.commands() != null) {
            if (translation.commands().isEmpty()) {
                call(token, "deleteMyCommands", languageOf(language));
            } else {
                call(token, "setMyCommands", with(language, "commands", translation.commands()));
            }
        }
    }

    /** What Bean Validation cannot say: a menu lists each command once, and the default name cannot be removed. */
    private static void check(BotProfile change) {
        change.languages().forEach((language, translation) -> {
            if (translation.commands() != null) {
                Set<String> seen = new HashSet<>();
                for (BotMenuCommand command : translation.commands()) {
                    if (!seen.add(command.command())) {
                        throw Problems.badRequest("The " + language + " menu lists /" + command.command()
                                + " twice; each command appears once.");
                    }
                }
            }
        });
        BotProfileTranslation defaults = change.languages().get(BotProfile.DEFAULT_LANGUAGE);
        if (defaults != null && defaults.name() != null && defaults.name().isBlank()) {
            throw Problems.badRequest("The default name cannot be removed: every bot has a name.");
        }
    }

    private void rename(String tenantId, String channelId, String name) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                ChannelEntity channel = channels.findActiveOfTenant(tenantId, channelId)
                        .orElseThrow(() -> Problems.notFound("Telegram channel", channelId));
                channel.displayName = name;
                channel.updatedAt = Instant.now();
                announcer.announce(ChannelChange.UPDATED, channel);
            });
        } catch (RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            LOG.warnf("bot renamed at Telegram but not announced channel=%s: %s", channelId, e.getMessage());
            throw Problems.unavailable("Telegram has the new profile, but the channel directory (Kafka) did not"
                    + " confirm the new name. Send the same change again in a moment.");
        }
    }

    private JsonNode call(String token, String method, Map<String, Object> parameters) {
        try {
            return botApi.setting(token, method, parameters);
        } catch (BotApiRateLimitedException e) {
            throw Problems.unavailable("Telegram limits how often a bot's profile changes: try again in "
                    + e.retryAfter().toSeconds() + " s. Settings before " + method + " were applied.");
        } catch (BotApiUnauthorizedException e) {
            throw Problems.unprocessable(
                    "telegram-token-refused",
                    "Telegram refused the bot token",
                    "Telegram answered " + method + " with " + e.errorCode() + " " + e.description()
                            + ". Send the new token with PATCH botToken.");
        } catch (BotApiException e) {
            throw Problems.unprocessable(
                    "telegram-profile-refused",
                    "Telegram refused the profile change",
                    "Telegram answered " + method + " with " + e.errorCode() + " " + e.description() + ".");
        } catch (BotApiUnavailableException | TimeoutException e) {
            LOG.warnf("Bot API unavailable for %s: %s", method, e.getMessage());
            throw Problems.badGateway(
                    "Telegram unreachable", "The Telegram Bot API could not be reached or failed; try again later.");
        }
    }

    private ChannelEntity owned(String tenantId, String channelId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> channels.findActiveOfTenant(tenantId, channelId)
                        .orElseThrow(() -> Problems.notFound("Telegram channel", channelId)));
    }

    /** {@code language_code} as Telegram wants it: absent for the default. */
    private static Map<String, Object> languageOf(String language) {
        Map<String, Object> parameters = new HashMap<>();
        if (!BotProfile.DEFAULT_LANGUAGE.equals(language)) {
            parameters.put("language_code", language);
        }
        return parameters;
    }

    private static Map<String, Object> with(String language, String field, Object value) {
        Map<String, Object> parameters = languageOf(language);
        parameters.put(field, value);
        return parameters;
    }
}
