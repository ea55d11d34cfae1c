package io.switchboard.whatsapp.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One Graph message an outbound command became; status webhooks name it by its {@code wamid}. */
@Entity
@Table(name = "sent_message_part")
public class SentMessagePart extends PanacheEntityBase {

    @Id
    @Column(name = "platform_message_id")
    public String platformMessageId;

    @Column(name = "message_id")
    public UUID messageId;

    @Column(name = "part_index")
    public int partIndex;
}
