package io.quarkiverse.jsonrpc.server.interceptors;

import java.util.List;

import jakarta.transaction.Transactional;

import io.quarkiverse.jsonrpc.server.JsonRpc;

/**
 * Methods on Panache entities, with no injection point: nothing the build can see says that they reach Hibernate's
 * request-scoped session, through Panache's static methods.
 */
public class Notes {

    @JsonRpc
    @Transactional
    public long add(String text, List<String> tags) {
        Note note = new Note();
        note.text = text;
        for (String name : tags == null ? List.<String> of() : tags) {
            Tag tag = new Tag();
            tag.name = name;
            tag.note = note;
            note.tags.add(tag);
        }
        note.persist();
        return note.id;
    }

    /** The entity itself, its tags not loaded yet when the method returns. */
    @JsonRpc
    public Note note(long id) {
        return Note.findById(id);
    }

    /** Reads without a transaction, in the session of the call's request context. */
    @JsonRpc
    public List<String> texts() {
        return Note.<Note> listAll().stream().map(note -> note.text).sorted().toList();
    }
}
