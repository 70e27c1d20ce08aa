package io.github.whmcs4j.runtime.error;

/**
 * A paginator stopped: the server's pages cannot be trusted to add up to the whole list (a page that
 * starts elsewhere than asked, or repeats the page before it, as a server that ignores
 * {@code limitstart} sends), or the paginator's page limit was reached with items still to come.
 */
public final class WhmcsPaginationException extends WhmcsException {
    private static final long serialVersionUID = 1L;

    private final int pagesFetched;

    public WhmcsPaginationException(String action, String problem, int pagesFetched) {
        super(action, action + ": " + problem, null);
        this.pagesFetched = pagesFetched;
    }

    /** How many pages had been fetched when paging stopped. */
    public int pagesFetched() {
        return pagesFetched;
    }
}
