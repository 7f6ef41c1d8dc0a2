/**
 * Every cadre's 学时 per year and category for a unit subtree, out to the cadre information system (干部信息系统) as
 * XLSX, CSV and JSON in one documented layout (README, "Hours for the cadre information system").
 */
package org.cadretraining.credit.export;
