package org.prawat.api.knowledge;

import org.prawat.api.RuleViolation;

/** A revision must change the title, the body or the topics. */
public class KnowledgeItemUnchanged extends RuleViolation {

    public KnowledgeItemUnchanged(KnowledgeItemId knowledgeItemId) {
        super(
                "knowledge.unchanged",
                "ไม่มีการเปลี่ยนแปลงชื่อเรื่อง เนื้อหา หรือหัวข้อของความรู้ " + knowledgeItemId,
                "The revision changes neither the title, the body nor the topics of item " + knowledgeItemId);
    }
}
