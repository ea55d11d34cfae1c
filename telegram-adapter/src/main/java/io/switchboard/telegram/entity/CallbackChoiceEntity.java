package io.switchboard.telegram.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A choice id that does not fit in {@code callback_data}, under the short key its button carries. */
@Entity
@Table(name = "callback_choice")
public class CallbackChoiceEntity {

    @Id
    @Column(name = "callback_key")
    public String callbackKey;

    @Column(name = "channel_id")
    public String channelId;

    @Column(name = "choice_id")
    public String choiceId;

    @Column(name = "created_at")
    public Instant createdAt;
}
