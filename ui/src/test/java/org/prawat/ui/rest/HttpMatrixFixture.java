package org.prawat.ui.rest;

import static org.prawat.ui.rest.ApiClient.created;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/**
 * What one role's pass through {@link HttpMatrixRows} aims at: a fresh employee of the test's unit
 * with one record of every kind a row acts on, built through the HTTP API as the HR officer (units
 * as the administrator). Each record is used by one row only, so the allowed role's row succeeds
 * whatever the rows before it did.
 */
record HttpMatrixFixture(
        String unit,
        String section,
        String otherSection,
        String employee,
        String reportedTraining,
        String correctedTraining,
        String linkedTraining,
        String questionedTraining,
        String evaluation,
        String bonus,
        String letterOfPraise,
        String openRequest,
        String plan,
        String droppedActivity,
        String linkedActivity,
        String course,
        String session,
        String knowledgeItem,
        Instant builtAt) {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    static HttpMatrixFixture build(ApiClient api, String unit) {
        String section =
                created(api.post("/api/organisation-units", HttpMatrixBodies.section("ฝ่ายบริหารงานบุคคล", unit)));
        String otherSection =
                created(api.post("/api/organisation-units", HttpMatrixBodies.section("ฝ่ายพัฒนาบุคลากร", unit)));
        String employee = api.employee(unit, "สุภาพร");
        String file = "/api/employees/" + employee;
        String reported = created(api.post(
                file + "/trainings", record(HttpMatrixBodies.training("ORIENTATION", "ปฐมนิเทศพนักงานส่วนตำบล", 3))));
        String corrected = created(api.post(
                file + "/trainings", record(HttpMatrixBodies.training("TRAINING", "หลักสูตรนักบริหารงานท้องถิ่น", 4))));
        String linked = created(api.post(
                file + "/trainings", record(HttpMatrixBodies.training("SEMINAR", "สัมมนาคุณธรรม จริยธรรม", 5))));
        String questioned = created(api.post(
                file + "/trainings", record(HttpMatrixBodies.training("STUDY_VISIT", "ศึกษาดูงานเทศบาลนครยะลา", 6))));
        String evaluation = created(api.post(file + "/evaluations", HttpMatrixBodies.evaluation(1, "2025-03-31", 80)));
        String bonus = created(api.post(file + "/bonuses", HttpMatrixBodies.BONUS));
        String praise = created(api.post(file + "/letters-of-praise", HttpMatrixBodies.LETTER_OF_PRAISE));
        // Only the record owner files a correction request; HR's rejection row decides it.
        String openRequest = created(api.postAsOwner(
                file + "/correction-requests", employee, HttpMatrixBodies.correctionRequest(questioned)));
        String plan = created(api.post(file + "/development-plans", HttpMatrixBodies.plan(2567)));
        String activities = file + "/development-plans/" + plan + "/activities";
        String dropped = created(api.post(activities, HttpMatrixBodies.activity("การใช้ระบบบัญชีคอมพิวเตอร์", 2568)));
        String toLink = created(api.post(activities, HttpMatrixBodies.activity("สัมมนาคุณธรรม จริยธรรม", 2568)));
        String course = created(api.post("/api/courses", HttpMatrixBodies.COURSE));
        String session = created(api.post("/api/courses/" + course + "/sessions", HttpMatrixBodies.session(1)));
        String knowledge = created(api.post("/api/knowledge", HttpMatrixBodies.knowledgeItem(employee)));
        awaitCaseFile(api, file);
        return new HttpMatrixFixture(
                unit,
                section,
                otherSection,
                employee,
                reported,
                corrected,
                linked,
                questioned,
                evaluation,
                bonus,
                praise,
                openRequest,
                plan,
                dropped,
                toLink,
                course,
                session,
                knowledge,
                Instant.now());
    }

    /** Ids that exist nowhere: enough for requests that must be refused before anything is looked up. */
    static HttpMatrixFixture nowhere() {
        String[] ids = new String[18];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = UUID.randomUUID().toString();
        }
        return new HttpMatrixFixture(
                ids[0],
                ids[1],
                ids[2],
                ids[3],
                ids[4],
                ids[5],
                ids[6],
                ids[7],
                ids[8],
                ids[9],
                ids[10],
                ids[11],
                ids[12],
                ids[13],
                ids[14],
                ids[15],
                ids[16],
                ids[17],
                Instant.now());
    }

    private static String record(String training) {
        return "{\"training\":" + training + "}";
    }

    /** The case-file rows read the projection, which follows the commands a moment later. */
    private static void awaitCaseFile(ApiClient api, String file) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (api.get(file + "/history", null).getStatusCode() != HttpStatus.OK) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the case file " + file + " was not projected in " + PATIENCE);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
