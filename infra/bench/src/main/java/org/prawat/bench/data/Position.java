package org.prawat.bench.data;

/** A position (ตำแหน่ง) of a division, on its position line. */
record Position(String name, PositionLine line) {

    /** Parses "นักทรัพยากรบุคคล:ACAD" as written in divisions.tsv. */
    static Position parse(String cell) {
        int colon = cell.lastIndexOf(':');
        return new Position(cell.substring(0, colon), PositionLine.valueOf(cell.substring(colon + 1)));
    }
}
