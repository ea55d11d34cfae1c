package io.switchboard.whatsapp.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The answer to a send: the {@code wamid} Meta gave the message, which its status webhooks repeat; or, for a read
 * receipt, only {@code success}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SendResult(List<SentMessageId> messages, Boolean success) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SentMessageId(String id) {}

    /** The new message's id; {@code null} when Meta created no message (a read receipt). */
    public String wamid() {
        if (messages != null && !messages.isEmpty() && messages.get(0).id() != null) {
            return messages.get(0).id();
        }
        if (Boolean.TRUE.equals(success)) {
            return null;
        }
        throw new GraphApiException(200, "no-wamid", null, null, "The Graph API accepted the send without an id");
    }
}
