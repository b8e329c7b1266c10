package org.prawat.query.timeline;

import java.text.DecimalFormat;
import org.prawat.api.commendation.BonusGranted;
import org.prawat.api.commendation.CertificateOfHonourAwarded;
import org.prawat.api.commendation.Commendation;
import org.prawat.api.commendation.LetterOfPraiseIssued;
import org.prawat.api.commendation.OutstandingEmployeeAwarded;
import org.prawat.api.commendation.RoyalDecorationConferred;
import org.prawat.api.commendation.SalaryStepIncreaseGranted;
import org.prawat.api.history.TimelineEntryKind;

/** What each kind of commendation says as a timeline entry; a correction says it again, of the same kind. */
final class CommendationContent {

    private CommendationContent() {}

    static EntryContent of(Commendation commendation) {
        if (commendation instanceof CertificateOfHonourAwarded c) {
            return of(c);
        } else if (commendation instanceof SalaryStepIncreaseGranted s) {
            return of(s);
        } else if (commendation instanceof BonusGranted b) {
            return of(b);
        } else if (commendation instanceof OutstandingEmployeeAwarded o) {
            return of(o);
        } else if (commendation instanceof LetterOfPraiseIssued l) {
            return of(l);
        }
        return of((RoyalDecorationConferred) commendation);
    }

    private static EntryContent of(CertificateOfHonourAwarded c) {
        String title = "เกียรติบัตร: " + c.title();
        var details = Details.of()
                .put("title", c.title())
                .put("issuedBy", c.issuedBy())
                .put("certificateNumber", c.certificateNumber())
                .put("awardedOn", c.awardedOn());
        return content(TimelineEntryKind.CERTIFICATE_OF_HONOUR, c, title, details, c.issuedBy(), c.certificateNumber());
    }

    private static EntryContent of(SalaryStepIncreaseGranted s) {
        String title = s.steps() != null
                ? "เลื่อนขั้นเงินเดือน " + s.steps().stripTrailingZeros().toPlainString() + " ขั้น"
                : "เลื่อนเงินเดือนร้อยละ " + s.percentage().stripTrailingZeros().toPlainString();
        var details = Details.of()
                .put("steps", s.steps())
                .put("percentage", s.percentage())
                .put("evaluationId", s.evaluationId())
                .put("orderNumber", s.orderNumber())
                .put("awardedOn", s.awardedOn())
                .put("effectiveOn", s.effectiveOn());
        return content(TimelineEntryKind.SALARY_STEP_INCREASE, s, title, details, "ตามคำสั่งที่", s.orderNumber());
    }

    private static EntryContent of(BonusGranted b) {
        String title = "เงินรางวัลประจำปี ปีงบประมาณ " + b.fiscalYear() + ": "
                + new DecimalFormat("#,##0.##").format(b.amount()) + " บาท";
        var details = Details.of()
                .put("amount", b.amount())
                .put("fiscalYear", b.fiscalYear())
                .put("orderNumber", b.orderNumber())
                .put("awardedOn", b.awardedOn());
        return new EntryContent(
                TimelineEntryKind.BONUS,
                b.awardedOn(),
                title,
                Details.text(title, "ตามคำสั่งที่", b.orderNumber()),
                details.build(),
                b.fiscalYear(),
                null);
    }

    private static EntryContent of(OutstandingEmployeeAwarded o) {
        String title = "พนักงานดีเด่น: " + o.awardTitle();
        var details = Details.of()
                .put("awardTitle", o.awardTitle())
                .put("awardedBy", o.awardedBy())
                .put("year", o.year())
                .put("awardedOn", o.awardedOn());
        return content(
                TimelineEntryKind.OUTSTANDING_EMPLOYEE_AWARD, o, title, details, o.awardedBy(), "ประจำปี " + o.year());
    }

    private static EntryContent of(LetterOfPraiseIssued l) {
        String title = "หนังสือชมเชย: " + l.subject();
        var details = Details.of()
                .put("subject", l.subject())
                .put("issuedBy", l.issuedBy())
                .put("referenceNumber", l.referenceNumber())
                .put("awardedOn", l.awardedOn());
        return content(TimelineEntryKind.LETTER_OF_PRAISE, l, title, details, l.issuedBy(), l.referenceNumber());
    }

    private static EntryContent of(RoyalDecorationConferred r) {
        var decoration = r.decorationClass();
        String title = "เครื่องราชอิสริยาภรณ์: " + decoration.thai() + " (" + decoration.abbreviation() + ")";
        var details = Details.of()
                .put("decorationClass", decoration)
                .put("gazetteVolume", r.gazetteVolume())
                .put("gazettePart", r.gazettePart())
                .put("gazettePage", r.gazettePage())
                .put("gazetteDate", r.gazetteDate())
                .put("awardedOn", r.awardedOn());
        return content(
                TimelineEntryKind.ROYAL_DECORATION, r, title, details, "ราชกิจจานุเบกษา เล่ม", r.gazetteVolume());
    }

    private static EntryContent content(
            TimelineEntryKind kind, Commendation c, String title, Details details, Object... moreText) {
        Object[] parts = new Object[moreText.length + 1];
        parts[0] = title;
        System.arraycopy(moreText, 0, parts, 1, moreText.length);
        return new EntryContent(kind, c.awardedOn(), title, Details.text(parts), details.build());
    }
}
