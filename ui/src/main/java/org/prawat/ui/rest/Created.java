package org.prawat.ui.rest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The answer to a request that created something: its id, also given as the Location header. */
public record Created(String id) {

    /** 201 Created, located at the request's path followed by the new id. */
    public static ResponseEntity<Created> at(Object id) {
        var location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(id.toString())
                .toUri();
        return ResponseEntity.created(location).body(new Created(id.toString()));
    }
}
