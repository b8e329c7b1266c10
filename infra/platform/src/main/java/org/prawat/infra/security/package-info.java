/** Who acts: the actor behind each command and query, read from Spring Security's context. */
package org.prawat.infra.security;
