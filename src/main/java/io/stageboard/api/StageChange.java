package io.stageboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One entry of an opportunity's stage history.
 *
 * @param toStageId the stage entered
 * @param toStageIndex its position in the pipeline at the time
 * @param updatedAt when, ms since the epoch
 * @param userId who moved it, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StageChange(String toStageId, Integer toStageIndex, Long updatedAt, String userId) {}
