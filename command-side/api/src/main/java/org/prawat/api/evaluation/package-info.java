/**
 * Performance evaluation (การประเมินผลการปฏิบัติราชการ): two rounds per B.E. fiscal year, a weighted
 * total of achievement and competency scores, a level from versioned bands, the higher-level
 * reviewer's agreement and the employee's acknowledgement.
 */
package org.prawat.api.evaluation;
