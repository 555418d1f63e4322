package io.stageboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.sandbox.SandboxModel.ArchiveReason;
import io.stageboard.sandbox.SandboxModel.Archived;
import io.stageboard.sandbox.SandboxModel.Opportunity;
import io.stageboard.sandbox.SandboxModel.Phone;
import io.stageboard.sandbox.SandboxModel.Posting;
import io.stageboard.sandbox.SandboxModel.User;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /opportunities} as multipart/form-data, written by hand as an outside client would send it. */
class MultipartCreateTest {

    private static final byte[] PDF = "%PDF-1.4 not parsed here".getBytes(StandardCharsets.US_ASCII);

    private static MultipartSandbox sandbox;
    private static SandboxServer server;
    private static User recruiter;
    private static User follower;
    private static Posting posting;

    @BeforeAll
    static void start() throws Exception {
        sandbox = MultipartSandbox.start(20);
        server = sandbox.server;
        recruiter = server.data().user(sandbox.performAs).orElseThrow();
        follower = server.data().users().stream()
                .filter(u -> !u.deactivated() && !u.equals(recruiter))
                .findFirst()
                .orElseThrow();
        posting = server.data().postings().stream()
                .filter(p -> p.state().equals("published"))
                .findFirst()
                .orElseThrow();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    /** java.net.http sends a publisher of unknown length with Transfer-Encoding: chunked. */
    private static SandboxHttp.Answer create(MultipartBody body, boolean chunked) {
        return sandbox.create("", body, chunked);
    }

    private static Opportunity created(SandboxHttp.Answer a) {
        return sandbox.created(a);
    }

    private static MultipartBody everyField(ArchiveReason reason) {
        return new MultipartBody()
                .field("name", "Grace Hopper")
                .field("headline", "US Navy, Harvard")
                .field("stage", "lead-reached-out")
                .field("location", "Arlington, VA")
                .field("phones[0][type]", "mobile")
                .field("phones[0][value]", "+1 555 0100")
                .field("phones[1][type]", "work")
                .field("phones[1][value]", "+1 555 0199")
                .field("emails", "grace@navy.example")
                .field("emails", "grace@harvard.example")
                .field("links", "https://grace.example")
                .field("tags", "COBOL")
                .field("tags", "Compilers")
                .field("sources", "Referral")
                .field("origin", "referred")
                .field("owner", recruiter.id())
                .field("followers", follower.id())
                .field("postings", posting.id())
                .field("createdAt", "1600000000000")
                .field("archived[reason]", reason.id())
                .field("archived[archivedAt]", "1600000500000");
    }

    @Test
    void aMultipartCreateWithAContentLengthKeepsEveryField() {
        ArchiveReason reason = server.data().archiveReasons().stream()
                .filter(r -> r.status().equals("active") && r.type().equals("non-hired"))
                .findFirst()
                .orElseThrow();

        Opportunity o = created(create(everyField(reason), false));

        assertThat(List.of(o.name(), o.headline(), o.stage(), o.location(), o.origin(), o.owner(), o.postingId()))
                .isEqualTo(List.of(
                        "Grace Hopper",
                        "US Navy, Harvard",
                        "lead-reached-out",
                        "Arlington, VA",
                        "referred",
                        recruiter.id(),
                        posting.id()));
        assertThat(o.phones()).isEqualTo(List.of(new Phone("mobile", "+1 555 0100"), new Phone("work", "+1 555 0199")));
        assertThat(o.emails()).isEqualTo(List.of("grace@navy.example", "grace@harvard.example"));
        assertThat(o.links()).isEqualTo(List.of("https://grace.example"));
        assertThat(o.tags()).isEqualTo(List.of("COBOL", "Compilers"));
        assertThat(o.sources()).isEqualTo(List.of("Referral"));
        assertThat(o.followers()).isEqualTo(List.of(recruiter.id(), follower.id()));
        assertThat(o.createdAt()).isEqualTo(1600000000000L);
        assertThat(o.archived()).isEqualTo(new Archived(1600000500000L, reason.id()));
    }

    @Test
    void aChunkedMultipartCreateIsAnsweredLikeOneWithALength() {
        MultipartBody body = new MultipartBody()
                .field("name", "Katherine Johnson")
                .field("emails", "katherine@nasa.example")
                .file("resume", "kj.pdf", "application/pdf", PDF);

        Opportunity o = created(create(body, true));

        assertThat(List.of(o.name(), o.emails()))
                .isEqualTo(List.of("Katherine Johnson", List.of("katherine@nasa.example")));
        assertThat(sandbox.http
                        .get("/opportunities/" + o.id() + "/resumes")
                        .json()
                        .get("data")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void postingAndPostingsBothNameThePosting() {
        Opportunity singular =
                created(create(new MultipartBody().field("name", "A One").field("posting", posting.id()), false));
        Opportunity plural =
                created(create(new MultipartBody().field("name", "B Two").field("postings[]", posting.id()), false));

        assertThat(List.of(singular.postingId(), plural.postingId())).isEqualTo(List.of(posting.id(), posting.id()));
    }

    @Test
    void resumeAndResumeFileBothStoreTheResume() {
        Opportunity resume = created(create(
                new MultipartBody().field("name", "C Three").file("resume", "c.pdf", "application/pdf", PDF), false));
        Opportunity resumeFile = created(create(
                new MultipartBody().field("name", "D Four").file("resumeFile", "d.pdf", "application/pdf", PDF),
                false));

        assertThat(List.of(resumeNames(resume), resumeNames(resumeFile)))
                .isEqualTo(List.of(List.of("c.pdf"), List.of("d.pdf")));
    }

    @Test
    void indexedBracketedAndBareFileFieldsAreAllStored() {
        MultipartBody body = new MultipartBody()
                .field("name", "E Five")
                .file("files[0]", "indexed.txt", "text/plain", "1".getBytes(StandardCharsets.UTF_8))
                .file("files[]", "bracketed.txt", "text/plain", "2".getBytes(StandardCharsets.UTF_8))
                .file("files", "bare.txt", "text/plain", "3".getBytes(StandardCharsets.UTF_8));

        Opportunity o = created(create(body, false));

        List<String> names = sandbox.http
                .get("/opportunities/" + o.id() + "/files")
                .json()
                .get("data")
                .findValuesAsText("name");
        assertThat(names).isEqualTo(List.of("indexed.txt", "bracketed.txt", "bare.txt"));
    }

    @Test
    void anEmptyFileInputIsIgnored() {
        Opportunity o = created(create(
                new MultipartBody().field("name", "F Six").file("resume", "", "application/octet-stream", new byte[0]),
                false));

        assertThat(resumeNames(o)).isEmpty();
    }

    @Test
    void aCreateNamingAContactJoinsThatContact() {
        Opportunity existing = server.data().opportunities().get(0);

        SandboxHttp.Answer a = create(
                new MultipartBody()
                        .field("name", "Someone Else")
                        .field("contact", existing.contact())
                        .field("emails", "extra@example.com"),
                false);
        Opportunity o = created(a);

        assertThat(List.of(
                        o.contact(),
                        o.name(),
                        a.json().get("data").get("deduped").asBoolean()))
                .isEqualTo(List.of(existing.contact(), existing.name(), true));
        assertThat(o.emails())
                .isEqualTo(java.util.stream.Stream.concat(
                                existing.emails().stream(), java.util.stream.Stream.of("extra@example.com"))
                        .toList());
    }

    @Test
    void anUnknownContactIsRefused() {
        SandboxHttp.Answer a =
                create(new MultipartBody().field("name", "Nobody").field("contact", "no-such"), false);

        assertThat(List.of(a.status(), a.json().get("message").asText()))
                .isEqualTo(List.of(400, "Contact 'no-such' does not exist."));
    }

    private static List<String> resumeNames(Opportunity o) {
        return sandbox.http
                .get("/opportunities/" + o.id() + "/resumes")
                .json()
                .get("data")
                .findValuesAsText("name");
    }
}
