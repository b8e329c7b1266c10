package org.prawat.query.timeline;

import org.prawat.api.employee.EmployeeRegistered;
import org.prawat.api.employee.EmployeeSeparated;
import org.prawat.api.employee.EmployeeTransferred;
import org.prawat.api.employee.PositionChanged;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.api.pdpa.Erasure;

/** What the career events say as timeline entries. Unit names are not kept: a rename would stale them. */
final class CareerContent {

    private CareerContent() {}

    /** Erased once the person's key is destroyed (a replay after their erasure reads no name). */
    static String fullName(EmployeeRegistered event) {
        if (event.firstName() == null) {
            return Erasure.ERASED;
        }
        return event.title() + event.firstName() + " " + event.lastName();
    }

    static EntryContent of(EmployeeRegistered event) {
        String title = Details.text("บรรจุแต่งตั้ง:", event.position(), event.level());
        return new EntryContent(
                TimelineEntryKind.REGISTRATION,
                event.appointedOn(),
                title,
                Details.text(title, fullName(event), ThaiNames.of(event.personnelType())),
                Details.of()
                        .put("personnelType", event.personnelType())
                        .put("unitId", event.unitId())
                        .put("position", event.position())
                        .put("level", event.level())
                        .put("appointedOn", event.appointedOn())
                        .build());
    }

    static EntryContent of(EmployeeTransferred event) {
        String title = "โอนย้าย ตามคำสั่งที่ " + event.orderNumber();
        return new EntryContent(
                TimelineEntryKind.TRANSFER,
                event.effectiveOn(),
                title,
                title,
                Details.of()
                        .put("fromUnitId", event.fromUnitId())
                        .put("toUnitId", event.toUnitId())
                        .put("orderNumber", event.orderNumber())
                        .put("effectiveOn", event.effectiveOn())
                        .build());
    }

    static EntryContent of(PositionChanged event) {
        String title = Details.text("เปลี่ยนตำแหน่ง:", event.position(), event.level());
        return new EntryContent(
                TimelineEntryKind.POSITION_CHANGE,
                event.effectiveOn(),
                title,
                Details.text(title, "จากตำแหน่ง", event.previousPosition(), "ตามคำสั่งที่", event.orderNumber()),
                Details.of()
                        .put("previousPosition", event.previousPosition())
                        .put("position", event.position())
                        .put("level", event.level())
                        .put("orderNumber", event.orderNumber())
                        .put("effectiveOn", event.effectiveOn())
                        .build());
    }

    static EntryContent of(EmployeeSeparated event) {
        String title = "พ้นจากตำแหน่ง: " + ThaiNames.of(event.reason());
        return new EntryContent(
                TimelineEntryKind.SEPARATION,
                event.effectiveOn(),
                title,
                Details.text(title, "ตามคำสั่งที่", event.orderNumber()),
                Details.of()
                        .put("reason", event.reason())
                        .put("orderNumber", event.orderNumber())
                        .put("effectiveOn", event.effectiveOn())
                        .build());
    }
}
