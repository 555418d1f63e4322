package io.stageboard.app;

import io.stageboard.api.Opportunity;
import io.stageboard.api.OpportunityQuery;
import io.stageboard.service.accounts.AccountService;
import io.stageboard.service.bulk.BulkReport;
import io.stageboard.service.bulk.BulkService;
import io.stageboard.service.failures.FailurePolicy;
import io.stageboard.service.outbox.BulkTarget;
import io.stageboard.service.outbox.ChangeTags;
import io.stageboard.service.outbox.JobListener;
import io.stageboard.service.outbox.JobProgress;
import io.stageboard.service.outbox.OutboxWorker;
import io.stageboard.store.Database;
import io.stageboard.store.Outbox;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * {@code bulk-tag}: adds and removes tags on the active opportunities matching the filters, headless, through the
 * same outbox engine as the window. Progress goes to stderr; the last line on stdout is
 * {@code bulk-tag: N succeeded, M unchanged, K failed}. Exit 0 when nothing failed, 1 otherwise, 2 for bad arguments.
 * {@code --account NAME} runs on a saved account (key from the keychain); else on {@code LEVER_API_BASE_URL} and
 * {@code LEVER_API_KEY}; else on a throwaway demo workspace.
 */
final class BulkTagCommand {

    static final String USAGE = "Usage: stageboard bulk-tag --add TAG … [--remove TAG …] [--stage ID …]"
            + " [--posting ID …] [--has-tag TAG …] [--account NAME] [--dry-run]";
    private static final long PROGRESS_EVERY_MILLIS = 1000;

    private BulkTagCommand() {}

    static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        return run(args, env, AccountsCommand::userAccounts, out, err);
    }

    /** @param savedAccounts the saved accounts {@code --account} names, built on the command's executor */
    static int run(
            List<String> args,
            Map<String, String> env,
            Function<Executor, AccountService> savedAccounts,
            PrintStream out,
            PrintStream err) {
        Map<String, List<String>> options;
        boolean dryRun = args.contains("--dry-run");
        List<String> add;
        try {
            options = parse(args.stream().filter(a -> !a.equals("--dry-run")).toList());
            // The window's tag rules and sentences: refused before anything is sent.
            add = BulkTagChecks.tags(options.get("--add"));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        ExecutorService workers = StageboardApp.newBackgroundExecutor();
        List<String> account = options.get("--account");
        try (Workspace workspace = account.isEmpty()
                        ? WorkspaceOpener.open(env)
                        : AccountsCommand.openSaved(savedAccounts.apply(workers), account.get(0));
                Database db = Database.open(AppPaths.fromEnvironment(env).home())) {
            if (workspace.kind() == Workspace.Kind.DEMO) {
                err.println("No LEVER_API_BASE_URL and LEVER_API_KEY set: tagging the demo workspace, whose changes"
                        + " end with this command.");
            }
            BulkTagChecks.ids(workspace.client(), options.get("--stage"), options.get("--posting"), err);
            OpportunityQuery query = OpportunityQuery.builder()
                    .archived(false)
                    .stage(options.get("--stage").toArray(String[]::new))
                    .posting(options.get("--posting").toArray(String[]::new))
                    .tag(options.get("--has-tag").toArray(String[]::new))
                    .build();
            List<Opportunity> found = workspace.client().opportunities(query).fetchAll();
            err.println("Found " + found.size() + " active opportunities matching the filters.");
            if (dryRun) {
                BulkTagChecks.dryRun(found, add, options.get("--remove"), out);
                return 0;
            }
            OutboxWorker worker = new OutboxWorker(
                    new Outbox(db, Clock.systemUTC()),
                    workspace.client(),
                    workspace.performAs(),
                    workers,
                    Clock.systemUTC());
            BulkService bulk = new BulkService(worker, workers);
            ChangeTags command = new ChangeTags(add, options.get("--remove"));
            BulkReport report = bulk.start(
                            command, found.stream().map(BulkTarget::of).toList(), progressTo(err))
                    .thenCompose(run -> run.completion())
                    .thenApply(BulkReport::of)
                    .join();
            for (BulkReport.FailedItem failed : report.failed()) {
                err.println("failed: " + failed.label() + " (" + failed.opportunityId() + "): " + failed.message());
            }
            out.println("bulk-tag: " + report.summary());
            out.flush();
            return report.failed().isEmpty() ? 0 : 1;
        } catch (IllegalArgumentException e) {
            // What the user named does not exist (an account, a stage, a posting): a bad argument, like those above.
            err.println(e.getMessage());
            return 2;
        } catch (Exception e) {
            // Client and store exceptions carry a sentence for the user and never the key.
            err.println(
                    "bulk-tag could not finish: " + FailurePolicy.describe(e).text());
            return 1;
        } finally {
            workers.shutdownNow();
        }
    }

    private static JobListener progressTo(PrintStream err) {
        AtomicLong last = new AtomicLong();
        return new JobListener() {
            @Override
            public void progress(JobProgress p) {
                long now = System.currentTimeMillis();
                boolean end = p.done() == p.total();
                if (!end && now - last.get() < PROGRESS_EVERY_MILLIS) {
                    return;
                }
                last.set(now);
                err.printf(
                        "%d of %d done (%d failed), %.1f/s, about %d s left%n",
                        p.done(), p.total(), p.failed(), p.rate(), p.remaining().toSeconds());
            }
        };
    }

    static Map<String, List<String>> parse(List<String> args) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (String name : List.of("--add", "--remove", "--stage", "--posting", "--has-tag", "--account")) {
            options.put(name, new ArrayList<>());
        }
        String current = null;
        for (String arg : args) {
            if (arg.startsWith("--")) {
                if (!options.containsKey(arg)) {
                    throw new IllegalArgumentException("bulk-tag does not know the option " + arg + ".");
                }
                current = arg;
            } else if (current == null) {
                throw new IllegalArgumentException("bulk-tag expected an option such as --add before " + arg + ".");
            } else if (arg.isBlank()) {
                throw new IllegalArgumentException("bulk-tag was given an empty value for " + current + ".");
            } else {
                options.get(current).add(arg);
            }
        }
        if (current != null && options.get(current).isEmpty()) {
            throw new IllegalArgumentException("bulk-tag needs a value after " + current + ".");
        }
        if (options.get("--account").size() > 1) {
            throw new IllegalArgumentException(
                    "bulk-tag takes one account name after --account; put a name with" + " spaces in quotes.");
        }
        if (options.get("--add").isEmpty() && options.get("--remove").isEmpty()) {
            throw new IllegalArgumentException(
                    "bulk-tag needs at least one tag to add (--add TAG) or remove" + " (--remove TAG).");
        }
        return options;
    }
}
