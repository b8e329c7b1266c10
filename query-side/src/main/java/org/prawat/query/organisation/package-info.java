/** The organisation tree as the read side sees it: unit names and paths for subtree filters. */
package org.prawat.query.organisation;
