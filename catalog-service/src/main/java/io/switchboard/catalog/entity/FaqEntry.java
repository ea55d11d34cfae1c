package io.switchboard.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A question customers ask one tenant, with the tenant's answer. */
@Entity
@Table(name = "faq_entry")
public class FaqEntry {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(nullable = false)
    public String question;

    @Column(nullable = false)
    public String answer;

    @Column(nullable = false)
    public String language;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> tags = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Question, answer and tags, folded by PostgreSQL; mapped only so queries can filter on it. */
    @Column(name = "search_document", insertable = false, updatable = false)
    public String searchDocument;
}
