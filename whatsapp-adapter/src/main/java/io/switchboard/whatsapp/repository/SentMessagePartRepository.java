package io.switchboard.whatsapp.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.switchboard.whatsapp.entity.SentMessagePart;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SentMessagePartRepository implements PanacheRepositoryBase<SentMessagePart, String> {}
