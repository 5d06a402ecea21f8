package io.quarkiverse.jsonrpc.server.interceptors;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A tag of a {@link Note}: the many side of a lazy association. */
@Entity
public class Tag extends PanacheEntity {

    public String name;

    @ManyToOne
    @JsonIgnore
    public Note note;
}
