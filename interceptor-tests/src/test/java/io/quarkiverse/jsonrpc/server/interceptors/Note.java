package io.quarkiverse.jsonrpc.server.interceptors;

import jakarta.persistence.Entity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A Panache entity, as an application keeps its data. */
@Entity
public class Note extends PanacheEntity {

    public String text;
}
