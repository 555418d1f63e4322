/**
 * Tags: the FAQ's character rule, tags on one opportunity, and account-wide tag work for the tag library
 * (rename everywhere, keep a tag in Lever's list).
 */
package io.stageboard.service.tags;
