/**
 * Search across everything the caller may see: employee profiles, timeline entries and knowledge,
 * in one multi-index Elasticsearch request with Thai phrases, filters, facets and highlights.
 */
package org.prawat.query.search;
