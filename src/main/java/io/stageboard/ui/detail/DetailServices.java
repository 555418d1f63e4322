package io.stageboard.ui.detail;

import io.stageboard.service.NoteService;
import io.stageboard.service.OpportunityDetailService;
import io.stageboard.service.PipelineService;
import io.stageboard.service.TagService;

/** The services the detail pane uses, bundled so that its view-model takes them as one argument. */
public record DetailServices(PipelineService pipeline, OpportunityDetailService details, NoteService notes,
                             TagService tags) {
}
