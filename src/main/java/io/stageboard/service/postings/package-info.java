/**
 * The postings view's data: every posting of the account with its people and active candidates per stage,
 * and the public job-site preview.
 */
package io.stageboard.service.postings;
