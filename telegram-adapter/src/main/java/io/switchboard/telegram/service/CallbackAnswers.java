package io.switchboard.telegram.service;

import io.switchboard.telegram.botapi.AnswerCallbackQueryRequest;
import io.switchboard.telegram.client.BotApiClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Answers button presses. The customer's button spins until the bot answers, whatever the business replies later, so
 * every press is answered at once, off the webhook's response path.
 */
@ApplicationScoped
public class CallbackAnswers {

    private static final Logger LOG = Logger.getLogger(CallbackAnswers.class);

    @Inject
    BotApiClient botApi;

    public void answerSoon(BotChannel channel, String callbackQueryId) {
        Thread.ofVirtual().name("answer-callback-" + channel.botId()).start(() -> answer(channel, callbackQueryId));
    }

    private void answer(BotChannel channel, String callbackQueryId) {
        try {
            botApi.answerCallbackQuery(channel.token(), new AnswerCallbackQueryRequest(callbackQueryId, null));
        } catch (RuntimeException e) {
            // Telegram stops the spinner by itself after a while; the press itself was published.
            LOG.warnf(
                    "callback query not answered channel=%s bot=%d: %s",
                    channel.channelId(), channel.botId(), e.getMessage());
        }
    }
}
