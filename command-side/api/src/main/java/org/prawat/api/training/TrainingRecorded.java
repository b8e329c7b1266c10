package org.prawat.api.training;

import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;

/** The employee completed {@code training}; its business time is the training's dates. */
@Revision("1")
public record TrainingRecorded(EmployeeId employeeId, TrainingId trainingId, Training training) {}
