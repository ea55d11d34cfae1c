package io.switchboard.catalog.entity;

import io.switchboard.catalog.model.Availability;
import io.switchboard.catalog.model.ItemType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A product or service of one tenant. */
@Entity
@Table(name = "catalog_item")
public class CatalogItem {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ItemType type;

    @Column(nullable = false)
    public String name;

    public String description;

    public BigDecimal price;

    public String currency;

    public String category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Availability availability;

    /** ISO-8601, as written: "P2W" stays "P2W" rather than becoming "P14D". */
    public String duration;

    @Column(name = "image_url")
    public String imageUrl;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> tags = new ArrayList<>();

    @Column(nullable = false)
    public String language;

    @Column(name = "external_ref")
    public String externalRef;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Name, category, description and tags, folded by PostgreSQL; mapped only so queries can filter on it. */
    @Column(name = "search_document", insertable = false, updatable = false)
    public String searchDocument;
}
