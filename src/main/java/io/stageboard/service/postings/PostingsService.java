package io.stageboard.service.postings;

import io.stageboard.api.LeverClient;
import io.stageboard.api.Opportunity;
import io.stageboard.api.OpportunityQuery;
import io.stageboard.api.Posting;
import io.stageboard.api.PublicPosting;
import io.stageboard.api.PublicPostingsClient;
import io.stageboard.api.Stage;
import io.stageboard.service.sync.PipelineReference;
import io.stageboard.service.sync.PipelineService;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The account's postings through the Lever API (every state), with active opportunities counted per stage, and the
 * public job site through the public Postings API.
 *
 * <p>Counting: one walk over the active opportunities ({@code archived=false}, 100 per page) counts every posting
 * and stage at once. A query per posting (or per posting and stage) would cost at least one request each, and never
 * fewer pages in total, so at Lever's 10 requests a second the single walk is the cheapest way; the board's own
 * loaded cards cannot be used because they follow the board's filters.
 */
public final class PostingsService {

    private final LeverClient client;
    private final PublicPostingsClient publicClient;
    private final Executor background;

    /**
     * @param client       the Lever client of the current workspace
     * @param publicClient the public Postings API of the workspace's data centre (or the sandbox's)
     * @param background   where requests run; never the FX thread
     */
    public PostingsService(LeverClient client, PublicPostingsClient publicClient, Executor background) {
        this.client = client;
        this.publicClient = publicClient;
        this.background = background;
    }

    /**
     * Loads every posting with its people and active opportunities per stage.
     *
     * @param reference the account's stages and users (from {@link PipelineService#loadReference()})
     * @return the postings, sorted by state and then title
     */
    public CompletableFuture<List<PostingSummary>> load(PipelineReference reference) {
        var postings = CompletableFuture.supplyAsync(client::postings, background);
        var counts = CompletableFuture.supplyAsync(this::countActive, background);
        return postings.thenCombine(
                counts,
                (list, byPosting) -> list.stream()
                        .sorted(Comparator.comparing((Posting p) -> stateOrder(p.state()))
                                .thenComparing(Posting::text, String.CASE_INSENSITIVE_ORDER))
                        .map(p -> new PostingSummary(
                                p,
                                reference.userName(p.owner()),
                                reference.userName(p.hiringManager()),
                                perStage(reference.stages(), byPosting.getOrDefault(p.id(), Map.of()))))
                        .toList());
    }

    /**
     * Lists what candidates see on the public job site: published postings only.
     *
     * @param site the job-site name, as in {@code jobs.lever.co/<site>}
     */
    public CompletableFuture<List<PublicPosting>> publicPostings(String site) {
        return CompletableFuture.supplyAsync(() -> publicClient.postings(site), background);
    }

    /**
     * The job-site name Lever shows in a published posting's list URL ({@code https://jobs.lever.co/<site>}), or ""
     * when no posting is published.
     */
    public static String siteNameOf(List<Posting> postings) {
        return postings.stream()
                .map(p -> p.urls().get("list"))
                .filter(url -> url != null && url.contains("/"))
                .map(url -> url.replaceAll("/+$", ""))
                .map(url -> url.substring(url.lastIndexOf('/') + 1))
                .findFirst()
                .orElse("");
    }

    private Map<String, Map<String, Integer>> countActive() {
        Map<String, Map<String, Integer>> byPosting = new HashMap<>();
        List<Opportunity> active = client.opportunities(OpportunityQuery.builder()
                        .archived(false)
                        .expand("applications")
                        .build())
                .fetchAll();
        for (Opportunity o : active) {
            if (o.postingId() != null) {
                byPosting.computeIfAbsent(o.postingId(), k -> new HashMap<>()).merge(o.stage(), 1, Integer::sum);
            }
        }
        return byPosting;
    }

    private static Map<String, Integer> perStage(List<Stage> stages, Map<String, Integer> counts) {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        stages.forEach(s -> ordered.put(s.id(), counts.getOrDefault(s.id(), 0)));
        return ordered;
    }

    private static int stateOrder(String state) {
        int i = List.of("published", "internal", "pending", "draft", "rejected", "closed")
                .indexOf(state);
        return i < 0 ? 99 : i;
    }
}
