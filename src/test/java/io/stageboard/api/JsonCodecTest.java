package io.stageboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonCodecTest {

    private final JsonCodec codec = new JsonCodec();

    @Test
    void unknownFieldsAreIgnoredAndNullsTolerated() {
        String json = """
                {"data":[{"id":"o1","name":"Ada","futureField":{"x":1},"archived":null,"updatedAt":null,
                  "emails":null,"stage":"lead-new","snoozedUntil":null,"dataProtection":null,"isAnonymized":false,
                  "stageChanges":[{"toStageId":"lead-new","toStageIndex":0,"updatedAt":5,"userId":null,"extra":1}]}]}
                """;

        Page<Opportunity> page = codec.page(json, Opportunity.class);

        assertThat(page.hasNext()).isFalse();
        assertThat(page.next()).isNull();
        Opportunity o = page.items().get(0);
        assertThat(o.id()).isEqualTo("o1");
        assertThat(o.archived()).isNull();
        assertThat(o.isArchived()).isFalse();
        assertThat(o.updatedAt()).isNull();
        assertThat(o.emails()).isEmpty();
        assertThat(o.tags()).isEmpty();
        assertThat(o.followers()).isEmpty();
        assertThat(o.urls()).isEmpty();
        assertThat(o.stageChanges()).containsExactly(new StageChange("lead-new", 0, 5L, null));
    }

    @Test
    void expandedReferencesAreReducedToTheirIds() {
        String json = """
                {"data":{"id":"o1","stage":{"id":"offer","text":"Offer"},
                  "owner":{"id":"u1","name":"Owner"},"sourcedBy":{"id":"u2"},
                  "followers":[{"id":"u1","name":"Owner"},"u3"],
                  "archived":{"archivedAt":7,"reason":"r1","unknown":true}}}
                """;

        Opportunity o = codec.single(json, Opportunity.class);

        assertThat(o.stage()).isEqualTo("offer");
        assertThat(o.owner()).isEqualTo("u1");
        assertThat(o.sourcedBy()).isEqualTo("u2");
        assertThat(o.followers()).containsExactly("u1", "u3");
        assertThat(o.archived()).isEqualTo(new Archived(7L, "r1"));
        assertThat(o.isArchived()).isTrue();
    }

    @Test
    void aNotesTextComesFromItsFieldsNotItsLabel() {
        String json = """
                {"data":{"id":"n1","noteId":"n1","text":"Note","secret":true,"user":null,"createdAt":3,
                  "fields":[{"type":"note","text":"Comment","value":"First","score":null,"stage":"lead-new"},
                            {"type":"note","text":"Comment","value":"Second","score":4}]}}
                """;

        Note note = codec.single(json, Note.class);

        assertThat(note.text()).isEqualTo("Note");
        assertThat(note.body()).isEqualTo("First\n\nSecond");
        assertThat(note.score()).isEqualTo(4);
        assertThat(note.secret()).isTrue();
    }

    @Test
    void aPageWithoutHasNextIsTheLastAndAManagerAliasIsRead() {
        Page<User> page =
                codec.page("{\"data\":[{\"id\":\"u1\",\"manager\":\"u0\",\"deactivatedAt\":null}]}", User.class);

        assertThat(page.hasNext()).isFalse();
        assertThat(page.items()).singleElement().satisfies(u -> {
            assertThat(u.managerId()).isEqualTo("u0");
            assertThat(u.isActive()).isTrue();
        });
    }

    @Test
    void referenceRecordsExposeTheirHelpers() {
        Page<ArchiveReason> reasons = codec.page("""
                {"data":[{"id":"h","text":"Hired","status":"active","type":"hired"},
                         {"id":"o","text":"Old","status":"inactive","type":"non-hired"}],"hasNext":false}
                """, ArchiveReason.class);
        Posting posting = codec.single("""
                {"data":{"id":"p","text":"Engineer","state":"published","owner":{"id":"u1"},"urls":null,
                  "categories":{"team":"Eng","allLocations":null,"salary":"n/a"},"tags":null}}
                """, Posting.class);

        assertThat(reasons.items()).extracting(ArchiveReason::isHired).containsExactly(true, false);
        assertThat(reasons.items()).extracting(ArchiveReason::isActive).containsExactly(true, false);
        assertThat(posting.owner()).isEqualTo("u1");
        assertThat(posting.categories().allLocations()).isEmpty();
        assertThat(posting.tags()).isEmpty();
        assertThat(posting.urls()).isEmpty();
    }

    @Test
    void malformedJsonBecomesAPlainSentence() {
        assertThatThrownBy(() -> codec.page("{\"data\":[{\"id\":", Stage.class))
                .isInstanceOf(LeverResponseException.class)
                .hasMessageStartingWith("Lever sent an answer Stageboard could not read (it was not valid JSON).")
                .message()
                .doesNotContain("com.fasterxml")
                .doesNotContain("line:");
    }
}
