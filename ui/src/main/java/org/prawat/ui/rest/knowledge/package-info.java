/** HTTP endpoints of knowledge items (the knowledge-management side): publish, revise, archive; search and who knows. */
package org.prawat.ui.rest.knowledge;
