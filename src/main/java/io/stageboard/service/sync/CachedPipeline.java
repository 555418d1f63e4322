package io.stageboard.service.sync;

import io.stageboard.api.Opportunity;
import java.util.List;
import java.util.OptionalLong;

/**
 * The pipeline as the local cache holds it.
 *
 * @param reference     stages, users, postings, tags, sources and archive reasons
 * @param opportunities every cached opportunity, archived ones included
 * @param syncedAt      when the last complete sync started; empty when the first full load never finished
 */
public record CachedPipeline(PipelineReference reference, List<Opportunity> opportunities, OptionalLong syncedAt) {}
