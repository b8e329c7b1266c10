/**
 * Searching across everything the caller may see (issue 4): people, the records of their case
 * files and knowledge, with Thai full text, filters, facet counts and highlighted snippets.
 */
package org.prawat.api.search;
