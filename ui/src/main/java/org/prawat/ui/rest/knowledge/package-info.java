/** HTTP endpoints of knowledge items (the knowledge-management side): publish, revise, archive. */
package org.prawat.ui.rest.knowledge;
