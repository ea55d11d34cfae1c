-- Catalog of each tenant: items (products and services) and FAQ entries, searchable with typos and accents.
-- pg_trgm and unaccent are trusted extensions (PostgreSQL 13+), so the database owner may create them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (its dictionary could be changed), which generated columns do not accept. Naming the
-- dictionary explicitly makes the result depend on the input alone, the usual way to declare it IMMUTABLE.
CREATE FUNCTION catalog_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, coalesce(value, ''))) $$;

-- array_to_string() is STABLE because some element types print differently under different settings; text[]
-- does not, so on text[] the result depends on the input alone.
CREATE FUNCTION catalog_fold_all(parts text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT catalog_fold(array_to_string(parts, ' ')) $$;

CREATE TABLE catalog_item (
    id             uuid PRIMARY KEY,
    tenant_id      text         NOT NULL,
    type           text         NOT NULL CHECK (type IN ('PRODUCT', 'SERVICE')),
    name           text         NOT NULL,
    description    text,
    price          numeric(19, 4) CHECK (price >= 0),
    currency       text CHECK (currency ~ '^[A-Z]{3}$'),
    category       text,
    availability   text         NOT NULL CHECK (availability IN ('AVAILABLE', 'UNAVAILABLE', 'ON_REQUEST')),
    duration       text,
    image_url      text,
    tags           text[]       NOT NULL DEFAULT '{}',
    language       text         NOT NULL CHECK (language IN ('it', 'en')),
    external_ref   text,
    created_at     timestamptz  NOT NULL,
    updated_at     timestamptz  NOT NULL,
    -- Folded copies for search, kept by PostgreSQL: per field for weighting, and one document for the index.
    search_name        text GENERATED ALWAYS AS (catalog_fold(name)) STORED,
    search_keywords    text GENERATED ALWAYS AS (catalog_fold_all(array_prepend(category, tags))) STORED,
    search_description text GENERATED ALWAYS AS (catalog_fold(description)) STORED,
    search_document    text GENERATED ALWAYS AS (
        catalog_fold_all(array_cat(ARRAY[name, category, description], tags))) STORED,
    CONSTRAINT catalog_item_external_ref_unique UNIQUE (tenant_id, external_ref)
);

CREATE INDEX catalog_item_tenant_name ON catalog_item (tenant_id, lower(name));
CREATE INDEX catalog_item_search ON catalog_item USING gin (search_document gin_trgm_ops);

CREATE TABLE faq_entry (
    id          uuid PRIMARY KEY,
    tenant_id   text         NOT NULL,
    question    text         NOT NULL,
    answer      text         NOT NULL,
    language    text         NOT NULL CHECK (language IN ('it', 'en')),
    tags        text[]       NOT NULL DEFAULT '{}',
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    search_question text GENERATED ALWAYS AS (catalog_fold(question)) STORED,
    search_keywords text GENERATED ALWAYS AS (catalog_fold_all(tags)) STORED,
    search_answer   text GENERATED ALWAYS AS (catalog_fold(answer)) STORED,
    search_document text GENERATED ALWAYS AS (
        catalog_fold_all(array_cat(ARRAY[question, answer], tags))) STORED
);

CREATE INDEX faq_entry_tenant_question ON faq_entry (tenant_id, lower(question));
CREATE INDEX faq_entry_search ON faq_entry USING gin (search_document gin_trgm_ops);
