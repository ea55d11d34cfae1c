package io.switchboard.whatsapp.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The answer to a send: the {@code wamid} Meta gave the message, which its status webhooks repeat. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SendResult(List<SentMessageId> messages) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SentMessageId(String id) {}

    public String wamid() {
        if (messages == null || messages.isEmpty() || messages.get(0).id() == null) {
            throw new GraphApiException(200, "no-wamid", null, null, "The Graph API accepted the send without an id");
        }
        return messages.get(0).id();
    }
}
