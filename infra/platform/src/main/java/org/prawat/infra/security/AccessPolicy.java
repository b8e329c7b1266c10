package org.prawat.infra.security;

import static java.util.Map.entry;
import static org.prawat.api.security.Role.ADMINISTRATOR;
import static org.prawat.api.security.Role.AUDITOR;
import static org.prawat.api.security.Role.EMPLOYEE;
import static org.prawat.api.security.Role.HR_OFFICER;
import static org.prawat.api.security.Role.MANAGER;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.prawat.api.audit.FindCaseFileEvents;
import org.prawat.api.audit.FindOpenCorrectionRequests;
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
import org.prawat.api.course.FindCourseSessions;
import org.prawat.api.course.RecordSessionAttendance;
import org.prawat.api.course.ScheduleCourseSession;
import org.prawat.api.employee.ChangePosition;
import org.prawat.api.employee.FindEmployeesByIdentifiers;
import org.prawat.api.employee.RegisterEmployee;
import org.prawat.api.employee.SearchEmployees;
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
import org.prawat.api.organisation.FindOrganisationUnits;
import org.prawat.api.organisation.MoveOrganisationUnit;
import org.prawat.api.organisation.RenameOrganisationUnit;
import org.prawat.api.pdpa.ErasePersonalData;
import org.prawat.api.plan.AddPlannedActivity;
import org.prawat.api.plan.DropPlannedActivity;
import org.prawat.api.plan.LinkTrainingToPlannedActivity;
import org.prawat.api.plan.PrepareDevelopmentPlan;
import org.prawat.api.rebuild.FindRebuildProgress;
import org.prawat.api.search.SearchEverything;
import org.prawat.api.security.Role;
import org.prawat.api.training.RecordTraining;
import org.prawat.api.training.SubmitTrainingReport;

/**
 * Which role may send which command or query (domain.md, issue 6). Fails closed: a message not
 * listed here is refused to everyone but {@link Role#SYSTEM}, so a new message is unusable until
 * someone decides who may send it. Scope (which people and units) is decided by {@link ScopeCheck}.
 */
public final class AccessPolicy {

    private static final Map<Class<?>, Set<Role>> ALLOWED = Map.ofEntries(
            // Career: the HR office keeps the register of its organisation.
            allow(RegisterEmployee.class, HR_OFFICER),
            allow(TransferEmployee.class, HR_OFFICER),
            allow(ChangePosition.class, HR_OFFICER),
            allow(SeparateEmployee.class, HR_OFFICER),
            // Development records.
            allow(RecordTraining.class, HR_OFFICER),
            // The participant writes the post-training report (domain.md); HR may file it for them.
            allow(SubmitTrainingReport.class, HR_OFFICER, EMPLOYEE),
            allow(RecordEvaluation.class, HR_OFFICER, MANAGER),
            // The reviewer is the manager one level up, who agrees with the evaluation.
            allow(RecordReviewerAgreement.class, HR_OFFICER, MANAGER),
            // The evaluated person acknowledges; HR records an acknowledgement signed on paper.
            allow(AcknowledgeEvaluation.class, HR_OFFICER, EMPLOYEE),
            allow(AwardCertificateOfHonour.class, HR_OFFICER),
            allow(GrantSalaryStepIncrease.class, HR_OFFICER),
            allow(GrantBonus.class, HR_OFFICER),
            allow(AwardOutstandingEmployee.class, HR_OFFICER),
            allow(IssueLetterOfPraise.class, HR_OFFICER),
            allow(ConferRoyalDecoration.class, HR_OFFICER),
            allow(PrepareDevelopmentPlan.class, HR_OFFICER),
            allow(AddPlannedActivity.class, HR_OFFICER),
            allow(DropPlannedActivity.class, HR_OFFICER),
            allow(LinkTrainingToPlannedActivity.class, HR_OFFICER),
            // Corrections: the owner asks, HR decides (approving is one of the Correct* commands).
            allow(RequestCorrection.class, EMPLOYEE),
            allow(RejectCorrectionRequest.class, HR_OFFICER),
            allow(CorrectTraining.class, HR_OFFICER),
            allow(CorrectEvaluation.class, HR_OFFICER),
            allow(CorrectCommendation.class, HR_OFFICER),
            allow(RetractRecord.class, HR_OFFICER),
            // Courses and bulk attendance: each attendee's RecordTraining is checked on its own.
            allow(CreateCourse.class, HR_OFFICER),
            allow(ScheduleCourseSession.class, HR_OFFICER),
            allow(RecordSessionAttendance.class, HR_OFFICER),
            allow(FindCourseSessions.class, HR_OFFICER),
            // Knowledge is the organisation's: HR publishes it, everyone with case-file access reads it.
            allow(PublishKnowledgeItem.class, HR_OFFICER),
            allow(ReviseKnowledgeItem.class, HR_OFFICER),
            allow(ArchiveKnowledgeItem.class, HR_OFFICER),
            allow(SearchKnowledge.class, HR_OFFICER, MANAGER, AUDITOR, EMPLOYEE),
            allow(FindPeopleWhoKnow.class, HR_OFFICER, MANAGER, AUDITOR, EMPLOYEE),
            // Organisation tree: administrators shape it; every role reads unit names (no personal data).
            allow(CreateOrganisationUnit.class, ADMINISTRATOR),
            allow(RenameOrganisationUnit.class, ADMINISTRATOR),
            allow(MoveOrganisationUnit.class, ADMINISTRATOR),
            allow(AssignUnitManager.class, ADMINISTRATOR),
            allow(FindOrganisationUnits.class, HR_OFFICER, MANAGER, AUDITOR, EMPLOYEE, ADMINISTRATOR),
            // Reading case files, within the sender's scope (an owner: only their own).
            allow(SearchEverything.class, HR_OFFICER, MANAGER, AUDITOR),
            // The register, within the sender's scope: HR keep it, managers and auditors look people up.
            allow(SearchEmployees.class, HR_OFFICER, MANAGER, AUDITOR),
            // Pasted attendance lists: the HR office records attendance.
            allow(FindEmployeesByIdentifiers.class, HR_OFFICER),
            allow(FindCaseHistory.class, HR_OFFICER, MANAGER, AUDITOR, EMPLOYEE),
            allow(FindTeamTimeline.class, HR_OFFICER, MANAGER, AUDITOR),
            allow(FindCaseHistoryAsAt.class, AUDITOR),
            allow(FindCaseHistoryAsOf.class, AUDITOR),
            allow(FindCaseFileEvents.class, AUDITOR),
            // HR decides the requests; auditors see every open one in their scope.
            allow(FindOpenCorrectionRequests.class, HR_OFFICER, AUDITOR),
            // PDPA erasure is carried out by HR, who hold the personnel record, within their organisation.
            allow(ErasePersonalData.class, HR_OFFICER),
            // Proof that nothing was altered, and who read what: the auditor's.
            allow(VerifyCaseFile.class, AUDITOR),
            allow(VerifyEventStore.class, AUDITOR),
            allow(FindReadLog.class, AUDITOR),
            // Auditors replay projections too (domain.md); the progress holds no case-file content.
            allow(FindRebuildProgress.class, ADMINISTRATOR, AUDITOR));

    private AccessPolicy() {}

    /** Whether {@code role} may send a message of {@code messageClass}; the application itself may send anything. */
    public static boolean allows(Role role, Class<?> messageClass) {
        return role == Role.SYSTEM
                || ALLOWED.getOrDefault(messageClass, Set.of()).contains(role);
    }

    /** Every message someone decided about: a message missing here is refused to all people. */
    public static Set<Class<?>> listedMessages() {
        return ALLOWED.keySet();
    }

    private static Map.Entry<Class<?>, Set<Role>> allow(Class<?> message, Role first, Role... others) {
        return entry(message, Set.copyOf(EnumSet.of(first, others)));
    }
}
