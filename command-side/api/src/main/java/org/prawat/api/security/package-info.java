/** Who may send what: the roles of Prawat and the actor every command and query carries. */
package org.prawat.api.security;
