package org.prawat.query.rebuild;

/** A second rebuild was asked for while one is running: two would race for the same aliases. */
public final class RebuildAlreadyRunning extends IllegalStateException {

    public static final String THAI = "กำลังสร้างดัชนีใหม่อยู่แล้ว รอให้เสร็จก่อนเริ่มอีกครั้ง";
    public static final String ENGLISH = "A rebuild is already running; wait for it to finish before starting another";

    RebuildAlreadyRunning() {
        super(THAI + " / " + ENGLISH);
    }
}
