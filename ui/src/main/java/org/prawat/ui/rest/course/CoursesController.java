package org.prawat.ui.rest.course;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Objects;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.prawat.api.course.CourseId;
import org.prawat.api.course.CourseSessionId;
import org.prawat.ui.rest.Caller;
import org.prawat.ui.rest.Created;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/courses")
@Tag(name = "หลักสูตร / Courses")
class CoursesController {

    private final CommandGateway commands;

    CoursesController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "เพิ่มหลักสูตร / Add a course to the catalogue")
    ResponseEntity<Created> create(@RequestBody CreateCourseRequest request, Caller caller) {
        var id = Objects.requireNonNullElseGet(request.courseId(), CourseId::random);
        commands.sendAndWait(caller.issue(request.toCommand(id)));
        return Created.at(id);
    }

    @PostMapping("/{courseId}/sessions")
    @Operation(summary = "กำหนดรุ่นการอบรม / Schedule a session (รุ่น) of a course")
    ResponseEntity<Created> schedule(
            @PathVariable String courseId, @RequestBody ScheduleCourseSessionRequest request, Caller caller) {
        var id = Objects.requireNonNullElseGet(request.sessionId(), CourseSessionId::random);
        commands.sendAndWait(caller.issue(request.toCommand(new CourseId(courseId), id)));
        return Created.at(id);
    }

    @PostMapping("/{courseId}/sessions/{sessionId}/attendance")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "บันทึกผู้เข้าอบรมทั้งรุ่น / Record a session's attendance: a training record in every"
                    + " attendee's case file, all or none")
    void recordAttendance(
            @PathVariable String courseId,
            @PathVariable String sessionId,
            @RequestBody RecordSessionAttendanceRequest request,
            Caller caller) {
        commands.sendAndWait(caller.issue(request.toCommand(new CourseId(courseId), new CourseSessionId(sessionId))));
    }
}
