package org.prawat.query.employee;

/** Whether the employee still serves (ยังรับราชการ) or has left (พ้นจากตำแหน่ง). */
enum EmploymentStatus {
    ACTIVE,
    SEPARATED
}
