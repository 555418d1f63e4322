package io.stageboard.service.failures;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.api.LeverAuthenticationException;
import io.stageboard.api.LeverBadRequestException;
import io.stageboard.api.LeverConfigurationException;
import io.stageboard.api.LeverException;
import io.stageboard.api.LeverNetworkException;
import io.stageboard.api.LeverNotFoundException;
import io.stageboard.api.LeverPermissionException;
import io.stageboard.api.LeverRateLimitException;
import io.stageboard.api.LeverResponseException;
import io.stageboard.api.LeverServerException;
import io.stageboard.credentials.Account;
import io.stageboard.credentials.Environment;
import io.stageboard.credentials.SecretStoreException;
import io.stageboard.service.accounts.AccountKeyMissingException;
import io.stageboard.store.StoreException;
import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class FailurePolicyTest {

    private static final String GRANTS = "under Settings → Integrations and API.";

    @Test
    void aRejectedKeyAsksForANewKey() {
        assertThat(FailurePolicy.describe(new LeverAuthenticationException(401, null, "bad key", "ignored", null)))
                .isEqualTo(new Failure("Lever rejected the API key.", "Check the key or create a new one " + GRANTS));
    }

    @Test
    void aMissingPermissionQuotesLeverAndAsksASuperAdmin() {
        assertThat(FailurePolicy.describe(new LeverPermissionException(403, null, "no notes:write", "ignored", null)))
                .isEqualTo(new Failure(
                        "This API key is not allowed to do this (Lever says: no notes:write).",
                        "Ask a Super Admin to grant the key this permission " + GRANTS));
        assertThat(FailurePolicy.describe(new LeverPermissionException(403, null, null, "ignored", null))
                        .sentence())
                .isEqualTo("This API key is not allowed to do this.");
    }

    @Test
    void aMissingRecordKeepsTheClientsSentenceNamingIt() {
        assertThat(FailurePolicy.describe(new LeverNotFoundException(
                        404, null, "not found", "This note no longer exists in Lever; refresh.", null)))
                .isEqualTo(new Failure("This note no longer exists in Lever; refresh.", ""));
    }

    @Test
    void aRefusedRequestGivesLeversReasonAsASentence() {
        assertThat(FailurePolicy.describe(new LeverBadRequestException(400, null, "Tag is too long", "x", null)))
                .isEqualTo(new Failure(
                        "Lever refused the request: Tag is too long.", "Check what you entered and try again."));
        assertThat(FailurePolicy.describe(new LeverBadRequestException(422, null, null, "x", null))
                        .sentence())
                .isEqualTo("Lever refused the request: it said the request was invalid.");
    }

    @Test
    void throttlingSaysHowLongToWait() {
        assertThat(FailurePolicy.describe(new LeverRateLimitException(null, null, Duration.ofSeconds(30))))
                .isEqualTo(new Failure("Lever is throttling requests.", "Try again in 30 seconds."));
        assertThat(FailurePolicy.describe(new LeverRateLimitException(null, null, null)))
                .isEqualTo(new Failure("Lever is throttling requests.", "Try again in a minute."));
    }

    @Test
    void serverTroubleNamesTheStatus() {
        assertThat(FailurePolicy.describe(new LeverServerException(503, null, null, "x", true, null)))
                .isEqualTo(new Failure(
                        "Lever had a problem handling the request (HTTP 503).", "Try again in a few minutes."));
    }

    @Test
    void aWebPageInsteadOfDataKeepsTheClientsSentence() {
        String sentence = "Lever answered with a web page instead of data. Check the base URL and your connection.";
        assertThat(FailurePolicy.describe(new LeverResponseException(200, null, null, sentence, null)))
                .isEqualTo(new Failure(sentence, ""));
    }

    @Test
    void anUnreachableHostKeepsTheClientsSentenceNamingIt() {
        String sentence = "Could not reach Lever at api.lever.co: the connection was refused. Check your connection.";
        assertThat(FailurePolicy.describe(new LeverNetworkException(sentence, new ConnectException("refused"))))
                .isEqualTo(new Failure(sentence, ""));
    }

    @Test
    void aBadSettingKeepsItsOwnSentence() {
        String sentence = "Stageboard only talks to Lever over HTTPS; use an https:// address.";
        assertThat(FailurePolicy.describe(new LeverConfigurationException(sentence)))
                .isEqualTo(new Failure(sentence, ""));
    }

    @Test
    void anyOtherLeverFailureKeepsTheClientsSentence() {
        String sentence = "Lever answered with an unexpected status (HTTP 418).";
        assertThat(FailurePolicy.describe(new LeverException(418, null, null, sentence, false, null)))
                .isEqualTo(new Failure(sentence, ""));
    }

    @Test
    void aKeyMissingFromTheKeychainAsksToConnectAgain() {
        Account account = Account.create("Acme", Environment.PRODUCTION, Environment.PRODUCTION.baseUrl());
        assertThat(FailurePolicy.describe(new AccountKeyMissingException(account)))
                .isEqualTo(new Failure(
                        "The key of \"Acme\" is no longer in the system keychain.",
                        "Connect the account again with a key from Lever."));
    }

    @Test
    void keychainDatabaseAndFileFailuresKeepTheirSentences() {
        assertThat(FailurePolicy.describe(new SecretStoreException("Unlock the keychain.", false, null)))
                .isEqualTo(new Failure("Unlock the keychain.", ""));
        assertThat(FailurePolicy.describe(new StoreException("The database is full.", null)))
                .isEqualTo(new Failure("The database is full.", ""));
        assertThat(FailurePolicy.describe(
                        new UncheckedIOException("Could not write a.csv.", new FileNotFoundException())))
                .isEqualTo(new Failure("Could not write a.csv.", ""));
        assertThat(FailurePolicy.describe(new IllegalStateException("Choose a stage first.")))
                .isEqualTo(new Failure("Choose a stage first.", ""));
    }

    @Test
    void anIoFailureNamesItsKind() {
        assertThat(FailurePolicy.describe(new FileNotFoundException("/x")))
                .isEqualTo(new Failure(
                        "Stageboard could not read or write a file or connection" + " (FileNotFoundException).",
                        "Check the disk and the app data folder, then try again."));
    }

    @Test
    void anythingElseIsUnexpectedAndNeverAStackTrace() {
        assertThat(FailurePolicy.describe(new NullPointerException()).text())
                .isEqualTo("Something unexpected went wrong (NullPointerException). Try again; if it keeps happening,"
                        + " the log file has the details.");
        assertThat(FailurePolicy.describe(new IllegalStateException()).sentence())
                .isEqualTo("Something unexpected went wrong (IllegalStateException).");
    }

    @Test
    void wrappersAreLookedThrough() {
        Throwable wrapped = new CompletionException(
                new ExecutionException(new LeverServerException(500, null, null, "x", false, null)));
        assertThat(FailurePolicy.describe(wrapped).text())
                .isEqualTo("Lever had a problem handling the request (HTTP 500). Try again in a few minutes.");
    }

    @Test
    void aRefusedReadNamesThePermissionTheKeyCheckNames() {
        LeverPermissionException refused =
                new LeverPermissionException(403, null, "no", "ignored", null, "postings:read");

        assertThat(FailurePolicy.describe(refused))
                .isEqualTo(new Failure(
                        "This API key lacks Postings (read), needed" + " for posting names and the posting filter.",
                        "Ask a Super Admin to grant it under Settings ›" + " Integrations and API › API Credentials."));
    }
}
