package org.prawat.bench.data;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.prawat.api.commendation.AwardCertificateOfHonour;
import org.prawat.api.commendation.AwardOutstandingEmployee;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.commendation.ConferRoyalDecoration;
import org.prawat.api.commendation.IssueLetterOfPraise;
import org.prawat.api.commendation.RoyalDecorationClass;

/**
 * Commendations beside the salary steps: certificates of honour, letters of praise, outstanding-
 * employee awards, and royal decorations climbing one class every five years of an official's service.
 */
final class CommendationPart {

    /** The classes an official climbs through, lowest first (บ.ม., บ.ช., จ.ม., …). */
    private static final List<RoyalDecorationClass> LADDER = List.of(
            RoyalDecorationClass.CROWN_FIFTH,
            RoyalDecorationClass.WHITE_ELEPHANT_FIFTH,
            RoyalDecorationClass.CROWN_FOURTH,
            RoyalDecorationClass.WHITE_ELEPHANT_FOURTH,
            RoyalDecorationClass.CROWN_THIRD,
            RoyalDecorationClass.WHITE_ELEPHANT_THIRD,
            RoyalDecorationClass.CROWN_SECOND);

    /** The Royal Gazette's volume (เล่ม) counts years since B.E. 2427: 2567 is volume 141 (หน้า and ตอน vary). */
    private static final int GAZETTE_VOLUME_OFFSET = 2426;

    private CommendationPart() {}

    /** Writes them; returns the certificates and letters, which corrections may name. */
    static List<Object> write(Draft draft) {
        Profile p = draft.profile;
        SplittableRandom random = draft.random;
        List<Object> granted = new ArrayList<>();
        for (int year = p.recordsFrom().getYear(); year <= BenchCalendar.TODAY.getYear(); year++) {
            LocalDate from = BenchCalendar.max(LocalDate.of(year, 1, 1), p.recordsFrom());
            LocalDate on = Randoms.day(random, from, LocalDate.of(year, 12, 31));
            if (!draft.open(on)) {
                continue;
            }
            if (Randoms.chance(random, 0.08)) {
                var award = new AwardCertificateOfHonour(
                        p.employeeId(),
                        new CommendationId(Randoms.uuid(random)),
                        Randoms.pick(random, SeedPhrases.CERTIFICATES),
                        draft.organisationName(),
                        "เกียรติบัตรเลขที่ " + (1 + random.nextInt(300)) + "/" + BenchCalendar.buddhistYear(on),
                        on);
                draft.timeline.add(on, award);
                granted.add(award);
            } else if (Randoms.chance(random, 0.06)) {
                var letter = new IssueLetterOfPraise(
                        p.employeeId(),
                        new CommendationId(Randoms.uuid(random)),
                        ThaiNames.signatory(random) + " "
                                + p.placement().organisation().type().head(),
                        Randoms.pick(random, SeedPhrases.PRAISE),
                        draft.orderNumber(on),
                        on);
                draft.timeline.add(on, letter);
                granted.add(letter);
            } else if (Randoms.chance(random, 0.02)) {
                draft.timeline.add(
                        on,
                        new AwardOutstandingEmployee(
                                p.employeeId(),
                                new CommendationId(Randoms.uuid(random)),
                                "พนักงานดีเด่น ประจำปี " + BenchCalendar.buddhistYear(on),
                                draft.organisationName(),
                                BenchCalendar.buddhistYear(on),
                                on));
            }
            decoration(draft, year);
        }
        return granted;
    }

    /** Conferred on 28 July after each fifth year of service, announced in the Royal Gazette months later. */
    private static void decoration(Draft draft, int year) {
        Profile p = draft.profile;
        if (!p.position().line().onSalarySteps()) {
            return;
        }
        LocalDate conferred = LocalDate.of(year, Month.JULY, 28);
        long years = p.serviceYearsOn(conferred);
        if (years < 5 || years % 5 != 0 || conferred.isBefore(p.recordsFrom())) {
            return;
        }
        LocalDate gazette = draft.daysAfter(conferred, 60, 200);
        if (!draft.open(gazette)) {
            return;
        }
        var decorationClass = LADDER.get((int) Math.min(years / 5 - 1, LADDER.size() - 1));
        SplittableRandom random = draft.random;
        draft.timeline.add(
                gazette,
                new ConferRoyalDecoration(
                        p.employeeId(),
                        new CommendationId(Randoms.uuid(random)),
                        decorationClass,
                        BenchCalendar.buddhistYear(gazette) - GAZETTE_VOLUME_OFFSET,
                        (1 + random.nextInt(30)) + " ข",
                        1 + random.nextInt(400),
                        gazette,
                        conferred));
    }
}
