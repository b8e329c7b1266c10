package org.prawat.query.projection;

/**
 * Where a projection writes: the live indices behind their aliases, a fresh index version being
 * rebuilt, or memory. A projection names the alias; the target decides which index that means.
 */
public interface ProjectionTarget {

    Documents documents(String alias);
}
