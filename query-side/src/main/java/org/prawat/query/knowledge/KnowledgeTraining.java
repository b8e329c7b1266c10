package org.prawat.query.knowledge;

/**
 * A training as far as the knowledge read model needs it, in {@value KnowledgeStore#TRAININGS}: whose
 * it is and its course title, which titles the report on it.
 */
record KnowledgeTraining(String trainingId, String employeeId, String courseTitle, long lastGlobalIndex) {}
