package org.prawat.ui.rest;

/** A request came without {@value Caller#USER_HEADER}: nobody would be recorded as having issued it. */
class MissingCaller extends RuntimeException {

    static final String THAI = "กรุณาระบุผู้ใช้ในส่วนหัว " + Caller.USER_HEADER;
    static final String ENGLISH = "Name the user in the " + Caller.USER_HEADER + " header";

    MissingCaller() {
        super(ENGLISH);
    }
}
