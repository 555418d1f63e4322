package io.stageboard.ui.detail;

import io.stageboard.service.candidates.AttachmentService;
import io.stageboard.service.candidates.OpportunityDetailService;
import io.stageboard.service.notes.NoteService;
import io.stageboard.service.sync.PipelineService;
import io.stageboard.service.tags.TagService;

/** The services the detail pane uses, bundled so that its view-model takes them as one argument. */
public record DetailServices(
        PipelineService pipeline,
        OpportunityDetailService details,
        NoteService notes,
        TagService tags,
        AttachmentService attachments) {}
