/**
 * Pipeline insights: active opportunities by stage and archived ones by reason over a period,
 * counted in one paged walk and written as CSV or PNG.
 */
package io.stageboard.service.insights;
