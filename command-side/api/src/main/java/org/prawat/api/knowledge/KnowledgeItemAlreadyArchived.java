package org.prawat.api.knowledge;

import java.time.LocalDate;
import org.prawat.api.RuleViolation;

/** An archived item is kept as it was archived: neither revised nor archived again. */
public class KnowledgeItemAlreadyArchived extends RuleViolation {

    public KnowledgeItemAlreadyArchived(KnowledgeItemId knowledgeItemId, LocalDate archivedOn) {
        super(
                "knowledge.archived",
                "ความรู้ " + knowledgeItemId + " ถูกจัดเก็บเข้าคลังแล้วเมื่อ " + archivedOn
                        + ": แก้ไขหรือจัดเก็บซ้ำไม่ได้",
                "Item " + knowledgeItemId + " was archived on " + archivedOn
                        + ": it cannot be revised or archived again");
    }
}
