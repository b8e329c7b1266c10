package org.prawat.ui.rest;

import static org.prawat.api.security.Role.ADMINISTRATOR;
import static org.prawat.api.security.Role.AUDITOR;
import static org.prawat.ui.rest.HttpMatrixRow.get;
import static org.prawat.ui.rest.HttpMatrixRow.post;
import static org.prawat.ui.rest.HttpMatrixRow.vars;

import java.util.EnumSet;
import java.util.List;
import org.prawat.api.audit.FindReadLog;
import org.prawat.api.audit.VerifyCaseFile;
import org.prawat.api.audit.VerifyEventStore;
import org.prawat.api.commendation.AwardCertificateOfHonour;
import org.prawat.api.commendation.AwardOutstandingEmployee;
import org.prawat.api.commendation.ConferRoyalDecoration;
import org.prawat.api.commendation.GrantBonus;
import org.prawat.api.commendation.GrantSalaryStepIncrease;
import org.prawat.api.commendation.IssueLetterOfPraise;
import org.prawat.api.correction.CorrectCommendation;
import org.prawat.api.correction.CorrectEvaluation;
import org.prawat.api.correction.CorrectTraining;
import org.prawat.api.correction.RejectCorrectionRequest;
import org.prawat.api.correction.RequestCorrection;
import org.prawat.api.correction.RetractRecord;
import org.prawat.api.course.CreateCourse;
import org.prawat.api.course.RecordSessionAttendance;
import org.prawat.api.course.ScheduleCourseSession;
import org.prawat.api.employee.ChangePosition;
import org.prawat.api.employee.RegisterEmployee;
import org.prawat.api.employee.SeparateEmployee;
import org.prawat.api.employee.TransferEmployee;
import org.prawat.api.evaluation.AcknowledgeEvaluation;
import org.prawat.api.evaluation.RecordEvaluation;
import org.prawat.api.evaluation.RecordReviewerAgreement;
import org.prawat.api.history.FindCaseHistory;
import org.prawat.api.history.FindCaseHistoryAsAt;
import org.prawat.api.history.FindCaseHistoryAsOf;
import org.prawat.api.history.FindTeamTimeline;
import org.prawat.api.knowledge.ArchiveKnowledgeItem;
import org.prawat.api.knowledge.FindPeopleWhoKnow;
import org.prawat.api.knowledge.PublishKnowledgeItem;
import org.prawat.api.knowledge.ReviseKnowledgeItem;
import org.prawat.api.knowledge.SearchKnowledge;
import org.prawat.api.organisation.AssignUnitManager;
import org.prawat.api.organisation.CreateOrganisationUnit;
import org.prawat.api.organisation.MoveOrganisationUnit;
import org.prawat.api.organisation.RenameOrganisationUnit;
import org.prawat.api.pdpa.ErasePersonalData;
import org.prawat.api.plan.AddPlannedActivity;
import org.prawat.api.plan.DropPlannedActivity;
import org.prawat.api.plan.LinkTrainingToPlannedActivity;
import org.prawat.api.plan.PrepareDevelopmentPlan;
import org.prawat.api.rebuild.FindRebuildProgress;
import org.prawat.api.search.SearchEverything;
import org.prawat.api.training.RecordTraining;
import org.prawat.api.training.SubmitTrainingReport;
import org.springframework.http.HttpMethod;

/**
 * The role × action matrix of the HTTP API: every endpoint once per api message it sends, with a
 * well-formed request aimed at the pass's {@link HttpMatrixFixture}. Who may use it is the
 * AccessPolicy's answer for that message, so the table cannot drift from the policy. Reads come
 * first and the rows that end something (retraction, separation, erasure) last, so that every row
 * still finds its record.
 */
final class HttpMatrixRows {

    private static final String FILE = "/api/employees/{employeeId}";

    static final List<HttpMatrixRow> ROWS = List.of(
            get(FILE + "/history", "", FindCaseHistory.class, f -> vars(f.employee())),
            get(FILE + "/history", "asAt={asAt}", FindCaseHistoryAsAt.class, f -> vars(f.employee(), f.builtAt())),
            get(FILE + "/history", "asOf=2025-06-01", FindCaseHistoryAsOf.class, f -> vars(f.employee())),
            get(FILE + "/history.csv", "", FindCaseHistory.class, f -> vars(f.employee())),
            get("/api/units/{unitId}/timeline", "", FindTeamTimeline.class, f -> vars(f.unit())),
            get("/api/search", "q=สุภาพร", SearchEverything.class, f -> vars()),
            get("/api/knowledge", "q=การบริการประชาชน", SearchKnowledge.class, f -> vars()),
            get("/api/knowledge/people", "topic=การบริการประชาชน", FindPeopleWhoKnow.class, f -> vars()),
            get("/api/audit/employees/{employeeId}/verification", "", VerifyCaseFile.class, f -> vars(f.employee())),
            get("/api/audit/verification", "", VerifyEventStore.class, f -> vars()),
            get("/api/audit/read-log", "", FindReadLog.class, f -> vars()),
            get("/api/admin/rebuilds/current", "", FindRebuildProgress.class, f -> vars()),
            post("/api/employees", RegisterEmployee.class, f -> vars(), HttpMatrixBodies::registration),
            post(
                    FILE + "/position-changes",
                    ChangePosition.class,
                    f -> vars(f.employee()),
                    HttpMatrixBodies::positionChange),
            post(FILE + "/transfers", TransferEmployee.class, f -> vars(f.employee()), HttpMatrixBodies::transfer),
            post(FILE + "/trainings", RecordTraining.class, f -> vars(f.employee()), HttpMatrixBodies::trainingRecord),
            post(
                    FILE + "/trainings/{trainingId}/reports",
                    SubmitTrainingReport.class,
                    f -> vars(f.employee(), f.reportedTraining()),
                    HttpMatrixBodies::trainingReport),
            post(
                    FILE + "/evaluations",
                    RecordEvaluation.class,
                    f -> vars(f.employee()),
                    HttpMatrixBodies::secondRoundEvaluation),
            post(
                    FILE + "/evaluations/{evaluationId}/reviews",
                    RecordReviewerAgreement.class,
                    f -> vars(f.employee(), f.evaluation()),
                    HttpMatrixBodies::review),
            post(
                    FILE + "/evaluations/{evaluationId}/acknowledgements",
                    AcknowledgeEvaluation.class,
                    f -> vars(f.employee(), f.evaluation()),
                    HttpMatrixBodies::acknowledgement),
            post(
                    FILE + "/salary-step-increases",
                    GrantSalaryStepIncrease.class,
                    f -> vars(f.employee()),
                    HttpMatrixBodies::salaryStepIncrease),
            post(
                    FILE + "/certificates-of-honour",
                    AwardCertificateOfHonour.class,
                    f -> vars(f.employee()),
                    HttpMatrixBodies::certificateOfHonour),
            post(FILE + "/bonuses", GrantBonus.class, f -> vars(f.employee()), HttpMatrixBodies::bonus),
            post(
                    FILE + "/outstanding-employee-awards",
                    AwardOutstandingEmployee.class,
                    f -> vars(f.employee()),
                    HttpMatrixBodies::outstandingEmployee),
            post(
                    FILE + "/letters-of-praise",
                    IssueLetterOfPraise.class,
                    f -> vars(f.employee()),
                    HttpMatrixBodies::letterOfPraise),
            post(
                    FILE + "/royal-decorations",
                    ConferRoyalDecoration.class,
                    f -> vars(f.employee()),
                    HttpMatrixBodies::royalDecoration),
            post(
                    FILE + "/development-plans",
                    PrepareDevelopmentPlan.class,
                    f -> vars(f.employee()),
                    HttpMatrixBodies::laterPlan),
            post(
                    FILE + "/development-plans/{planId}/activities",
                    AddPlannedActivity.class,
                    f -> vars(f.employee(), f.plan()),
                    HttpMatrixBodies::anotherActivity),
            post(
                    FILE + "/development-plans/{planId}/activities/{activityId}/drops",
                    DropPlannedActivity.class,
                    f -> vars(f.employee(), f.plan(), f.droppedActivity()),
                    HttpMatrixBodies::drop),
            post(
                    FILE + "/development-plans/{planId}/activities/{activityId}/trainings",
                    LinkTrainingToPlannedActivity.class,
                    f -> vars(f.employee(), f.plan(), f.linkedActivity()),
                    HttpMatrixBodies::link),
            post("/api/courses", CreateCourse.class, f -> vars(), HttpMatrixBodies::course),
            post(
                    "/api/courses/{courseId}/sessions",
                    ScheduleCourseSession.class,
                    f -> vars(f.course()),
                    HttpMatrixBodies::secondSession),
            post(
                    "/api/courses/{courseId}/sessions/{sessionId}/attendance",
                    RecordSessionAttendance.class,
                    f -> vars(f.course(), f.session()),
                    HttpMatrixBodies::attendance),
            post("/api/knowledge", PublishKnowledgeItem.class, f -> vars(), HttpMatrixBodies::knowledgeItem),
            post(
                    "/api/knowledge/{knowledgeItemId}/revisions",
                    ReviseKnowledgeItem.class,
                    f -> vars(f.knowledgeItem()),
                    HttpMatrixBodies::knowledgeRevision),
            post(
                    "/api/knowledge/{knowledgeItemId}/archivals",
                    ArchiveKnowledgeItem.class,
                    f -> vars(f.knowledgeItem()),
                    HttpMatrixBodies::archival),
            post("/api/organisation-units", CreateOrganisationUnit.class, f -> vars(), HttpMatrixBodies::newSection),
            post(
                    "/api/organisation-units/{unitId}/renames",
                    RenameOrganisationUnit.class,
                    f -> vars(f.section()),
                    HttpMatrixBodies::rename),
            post(
                    "/api/organisation-units/{unitId}/moves",
                    MoveOrganisationUnit.class,
                    f -> vars(f.section()),
                    HttpMatrixBodies::move),
            post(
                    "/api/organisation-units/{unitId}/managers",
                    AssignUnitManager.class,
                    f -> vars(f.section()),
                    HttpMatrixBodies::manager),
            post(
                    FILE + "/correction-requests",
                    RequestCorrection.class,
                    f -> vars(f.employee()),
                    HttpMatrixBodies::anotherCorrectionRequest),
            post(
                    FILE + "/correction-requests/{requestId}/rejections",
                    RejectCorrectionRequest.class,
                    f -> vars(f.employee(), f.openRequest()),
                    HttpMatrixBodies::rejection),
            post(
                    FILE + "/trainings/{trainingId}/corrections",
                    CorrectTraining.class,
                    f -> vars(f.employee(), f.correctedTraining()),
                    HttpMatrixBodies::trainingCorrection),
            post(
                    FILE + "/evaluations/{evaluationId}/corrections",
                    CorrectEvaluation.class,
                    f -> vars(f.employee(), f.evaluation()),
                    HttpMatrixBodies::evaluationCorrection),
            post(
                    FILE + "/commendations/{commendationId}/corrections",
                    CorrectCommendation.class,
                    f -> vars(f.employee(), f.bonus()),
                    HttpMatrixBodies::commendationCorrection),
            post(FILE + "/retractions", RetractRecord.class, f -> vars(f.employee()), HttpMatrixBodies::retraction),
            post(FILE + "/separations", SeparateEmployee.class, f -> vars(f.employee()), HttpMatrixBodies::separation),
            post(
                    FILE + "/personal-data-erasures",
                    ErasePersonalData.class,
                    f -> vars(f.employee()),
                    HttpMatrixBodies::erasure),
            // No message: the filter chain admits administrators and auditors to a service call. A
            // second start while the first runs is answered 409 "already running", past that check.
            new HttpMatrixRow(
                    HttpMethod.POST,
                    "/api/admin/rebuilds",
                    "",
                    null,
                    EnumSet.of(ADMINISTRATOR, AUDITOR),
                    f -> vars(),
                    f -> null));

    private HttpMatrixRows() {}
}
