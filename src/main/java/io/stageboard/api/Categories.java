package io.stageboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A posting's categories.
 *
 * @param team team
 * @param department department
 * @param location primary location
 * @param commitment e.g. Full-time
 * @param level deprecated, often null
 * @param allLocations every location of the posting, never null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Categories(
        String team, String department, String location, String commitment, String level, List<String> allLocations) {

    /** Replaces a missing list with an empty one. */
    public Categories {
        allLocations = Lists.of(allLocations);
    }
}
