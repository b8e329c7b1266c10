package org.prawat.api.search;

/** What a search counts its hits by, each the way its filter names it. */
public enum SearchFacet {
    KIND,
    FISCAL_YEAR,
    PERSONNEL_TYPE,
    POSITION_LEVEL,
    EVALUATION_LEVEL
}
