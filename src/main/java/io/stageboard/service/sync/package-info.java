/**
 * Loading the pipeline: the account's reference lists, the first full read, the local cache and the incremental sync,
 * and the in-memory index that answers every board filter and search without asking Lever.
 */
package io.stageboard.service.sync;
