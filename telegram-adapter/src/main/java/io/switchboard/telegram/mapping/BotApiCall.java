package io.switchboard.telegram.mapping;

import io.switchboard.telegram.botapi.ChatRequest;
import io.switchboard.telegram.botapi.SendMediaGroupRequest;

/** One Bot API request an outbound command turns into. */
public sealed interface BotApiCall {

    String method();

    ChatRequest request();

    /** How many messages Telegram's flood control counts this request as. */
    int messages();

    /** The same request for another chat (a group that became a supergroup). */
    BotApiCall withChatId(Object chatId);

    /** A method that sends one message and answers with it ({@code sendMessage}, {@code sendPhoto}, ...). */
    record Send(String method, ChatRequest request) implements BotApiCall {

        @Override
        public int messages() {
            return 1;
        }

        @Override
        public Send withChatId(Object chatId) {
            return new Send(method, request.withChatId(chatId));
        }
    }

    /** {@code sendMediaGroup}: answers with one message per item, and counts as that many messages. */
    record SendAlbum(SendMediaGroupRequest request) implements BotApiCall {

        public static final String METHOD = "sendMediaGroup";

        @Override
        public String method() {
            return METHOD;
        }

        @Override
        public int messages() {
            return request.media().size();
        }

        @Override
        public SendAlbum withChatId(Object chatId) {
            return new SendAlbum(request.withChatId(chatId));
        }
    }

    /**
     * A method that acts on the chat or on a message already there and sends nothing new ({@code editMessageText},
     * {@code deleteMessage}, {@code setMessageReaction}, {@code sendChatAction}).
     *
     * @param subjectMessageId the message acted on, reported as the receipt's platform message id; {@code null} for
     *     the chat itself
     */
    record Act(String method, ChatRequest request, String subjectMessageId) implements BotApiCall {

        @Override
        public int messages() {
            return 0;
        }

        @Override
        public Act withChatId(Object chatId) {
            return new Act(method, request.withChatId(chatId), subjectMessageId);
        }
    }
}
