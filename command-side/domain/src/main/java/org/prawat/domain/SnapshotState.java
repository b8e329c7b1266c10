package org.prawat.domain;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The fields of this class are what an aggregate snapshot stores. Axon's snapshotter writes the
 * whole aggregate with the Jackson serializer; Jackson then reads and writes fields only, never
 * getters or constructors, so a snapshot holds exactly what the event-sourcing handlers built.
 *
 * <p>What an aggregate and each of its members need for their snapshots to be read back right:
 *
 * <ul>
 *   <li>this annotation on the class; the aggregate root also needs a no-argument constructor;
 *   <li>every {@code @AggregateMember} field {@code final}, created where it is declared, and
 *       {@code @JsonMerge}: a snapshot is read into the members the constructor made, so the wiring
 *       between them (a member handed another, a method reference such as {@code evaluations::contains})
 *       still points at this aggregate's members;
 *   <li>a field that is only a view of another member (a {@code Predicate}, a reference to it) is
 *       {@code transient}: it is not state of its own, and must neither be stored twice nor replaced;
 *   <li>map keys written as JSON names and read back: typed ids (records with {@code @JsonValue} and a
 *       {@code @JsonCreator}) are; a composite key needs a {@code @JsonValue} string and a
 *       {@code @JsonCreator} that parses it;
 *   <li>any change to these fields (added, renamed, retyped, a member added) or to the aggregate's
 *       class name bumps the aggregate's {@code @Revision}: snapshots of the old shape are then ignored
 *       and the aggregate replayed from its events. Without the bump an old snapshot would be read
 *       with the new field missing, since unknown and absent JSON fields are not errors.
 * </ul>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE,
        setterVisibility = Visibility.NONE,
        creatorVisibility = Visibility.NONE)
public @interface SnapshotState {}
