package org.prawat.query.timeline;

import org.prawat.api.correction.CorrectionRequestApproved;
import org.prawat.api.correction.CorrectionRequestRejected;
import org.prawat.api.correction.CorrectionRequested;
import org.prawat.api.history.TimelineEntryKind;

/** What the owner's correction request says as a timeline entry, and HR's decision on it. */
final class CorrectionRequestContent {

    private CorrectionRequestContent() {}

    static EntryContent of(CorrectionRequested event) {
        String title = "คำขอแก้ไขประวัติ: " + ThaiNames.of(event.kind());
        return new EntryContent(
                TimelineEntryKind.CORRECTION_REQUEST,
                event.requestedOn(),
                title,
                Details.text(title, event.description(), event.evidenceReference()),
                Details.of()
                        .put("recordId", event.recordId())
                        .put("recordKind", event.kind())
                        .put("description", event.description())
                        .put("evidenceReference", event.evidenceReference())
                        .put("requestedOn", event.requestedOn())
                        .build());
    }

    static EntryContent approved(TimelineEntryDocument request, CorrectionRequestApproved event) {
        return decided(
                request,
                Details.from(request.details()).put("decision", "APPROVED").put("decidedBy", event.approvedBy()));
    }

    static EntryContent rejected(TimelineEntryDocument request, CorrectionRequestRejected event) {
        return decided(
                request,
                Details.from(request.details())
                        .put("decision", "REJECTED")
                        .put("decidedBy", event.rejectedBy())
                        .put("rejectionReason", event.reason()));
    }

    private static EntryContent decided(TimelineEntryDocument request, Details details) {
        var decided = details.build();
        return new EntryContent(
                request.kind(),
                request.businessDate(),
                request.title(),
                Details.text(
                        request.title(),
                        decided.get("description"),
                        decided.get("evidenceReference"),
                        decided.get("rejectionReason")),
                decided);
    }
}
