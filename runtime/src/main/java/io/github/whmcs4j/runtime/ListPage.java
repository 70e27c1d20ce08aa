package io.github.whmcs4j.runtime;

import java.util.List;

/**
 * One page of a paginated command's list, as WHMCS answers a plain call: the response of every
 * paginated command implements it. WHMCS returns one page (25 items unless the request sets
 * {@code limitnum}) and reports the whole list's size in {@code totalresults}, so a page knows whether
 * it holds the whole list. The facade's {@code …NextPageRequest(request, response)} gives the request
 * for the page after it; the facade's {@code …Paginator} fetches every page.
 *
 * @param <T> the item type
 */
public interface ListPage<T> {
    /** The items of this page, in the order WHMCS sent them; never {@code null}. */
    List<T> pageItems();

    /** The size of the whole list, as WHMCS reported it; {@code null} when it did not. */
    Number totalresults();

    /**
     * Whether this page holds the whole list: WHMCS reported no more items than arrived (or no total at
     * all). False for a first page of 25 out of 300.
     */
    default boolean isWholeList() {
        Number total = totalresults();
        return total == null || pageItems().size() >= total.longValue();
    }
}
