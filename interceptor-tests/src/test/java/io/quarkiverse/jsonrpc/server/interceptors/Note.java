package io.quarkiverse.jsonrpc.server.interceptors;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A Panache entity, as an application keeps its data. */
@Entity
public class Note extends PanacheEntity {

    public String text;

    /** Lazy, as a one-to-many association is by default: loaded when the answer is written. */
    @OneToMany(mappedBy = "note", cascade = CascadeType.ALL)
    @OrderBy("name")
    public List<Tag> tags = new ArrayList<>();
}
