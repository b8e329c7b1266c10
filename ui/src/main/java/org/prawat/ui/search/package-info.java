/** HR's start page: one search box over people, records and knowledge, with facet chips. */
package org.prawat.ui.search;
