package io.switchboard.telegram.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Where a bot's long polling resumes: the first update id not yet published. */
@Entity
@Table(name = "polling_offset")
public class PollingOffsetEntity {

    @Id
    @Column(name = "bot_id")
    public long botId;

    @Column(name = "next_offset")
    public long nextOffset;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
