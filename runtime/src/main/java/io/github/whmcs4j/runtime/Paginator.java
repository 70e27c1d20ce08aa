package io.github.whmcs4j.runtime;

import io.github.whmcs4j.runtime.error.WhmcsPaginationException;
import io.github.whmcs4j.runtime.spi.ApiRequest;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a paginated command, fetched page by page as they are consumed: no request is sent
 * before the first item is asked for, and only one page is held at a time, whatever the total.
 *
 * <p>Each page is the caller's request with {@code limitstart} and {@code limitnum} set, sent through
 * the same client (and so with the same options). The next page starts after the items actually
 * received, never at {@code startnumber + limitnum} (some commands ignore {@code limitnum}); iteration
 * stops at the latest {@code totalresults} or at the first empty page.
 *
 * <p>The server is not trusted blindly: a page whose {@code startnumber} is not the {@code limitstart}
 * asked for, or that repeats the page before it (as a server that ignores {@code limitstart} sends),
 * ends iteration with {@link WhmcsPaginationException} rather than yield the same rows again, and
 * {@link #maxPages(int)} bounds the number of pages.
 *
 * <p>Iterable more than once: each iteration fetches afresh. Not thread-safe; iterate on one thread.
 *
 * @param <T> the item type
 */
public final class Paginator<T> implements Iterable<T> {
    /** The page size when the request sets no {@code limitnum}: far fewer calls than WHMCS's default of 25. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    /** Builds the request for one page. */
    @FunctionalInterface
    public interface PageRequest<R> {
        ApiRequest<R> page(int limitstart, int limitnum);
    }

    private final PageSource<?, T> source;
    private final int maxPages;

    private Paginator(PageSource<?, T> source, int maxPages) {
        this.source = source;
        this.maxPages = maxPages;
    }

    /**
     * @param api the client to send every page through
     * @param pageRequest the caller's request with a page's offset and size set
     * @param items the items of one response
     * @param total the response's {@code totalresults}, or {@code null} when it has none
     * @param pageSize the caller's {@code limitnum}, or {@code null} for {@link #DEFAULT_PAGE_SIZE}
     * @param start the caller's {@code limitstart}, or {@code null} for 0
     */
    public static <R, T> Paginator<T> of(ApiClient api, PageRequest<R> pageRequest, Function<R, List<T>> items,
                                         Function<R, ? extends Number> total, Number pageSize, Number start) {
        return of(api, pageRequest, items, total, response -> null, pageSize, start);
    }

    /**
     * @param api the client to send every page through
     * @param pageRequest the caller's request with a page's offset and size set
     * @param items the items of one response
     * @param total the response's {@code totalresults}, or {@code null} when it has none
     * @param startnumber the response's {@code startnumber}, checked against the {@code limitstart} sent;
     *     {@code null} when it has none
     * @param pageSize the caller's {@code limitnum}, or {@code null} for {@link #DEFAULT_PAGE_SIZE}
     * @param start the caller's {@code limitstart}, or {@code null} for 0
     */
    public static <R, T> Paginator<T> of(ApiClient api, PageRequest<R> pageRequest, Function<R, List<T>> items,
                                         Function<R, ? extends Number> total, Function<R, ? extends Number> startnumber,
                                         Number pageSize, Number start) {
        int size = pageSize == null || pageSize.intValue() <= 0 ? DEFAULT_PAGE_SIZE : pageSize.intValue();
        int first = start == null ? 0 : Math.max(0, start.intValue());
        return new Paginator<>(new PageSource<>(api, pageRequest, items, total, startnumber, size, first),
                Integer.MAX_VALUE);
    }

    /**
     * The same paginator, fetching at most {@code maxPages} pages per iteration: when more items are
     * still to come after that many, iteration ends with {@link WhmcsPaginationException}.
     */
    public Paginator<T> maxPages(int maxPages) {
        if (maxPages <= 0) {
            throw new IllegalArgumentException("maxPages must be positive");
        }
        return new Paginator<>(source, maxPages);
    }

    @Override
    public Iterator<T> iterator() {
        return new PageIterator<>(source, maxPages);
    }

    /** The items as a lazy, sequential stream. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** What a page is fetched with. */
    private record PageSource<R, T>(ApiClient api, PageRequest<R> pageRequest, Function<R, List<T>> items,
                                    Function<R, ? extends Number> total, Function<R, ? extends Number> startnumber,
                                    int pageSize, int firstOffset) {
    }

    private static final class PageIterator<R, T> implements Iterator<T> {
        private final PageSource<R, T> source;
        private final int maxPages;
        private int offset;
        private int pagesFetched;
        private List<T> page = List.of();
        private int index;
        private boolean exhausted;

        PageIterator(PageSource<R, T> source, int maxPages) {
            this.source = source;
            this.maxPages = maxPages;
            this.offset = source.firstOffset();
        }

        @Override
        public boolean hasNext() {
            while (index >= page.size()) {
                if (exhausted) {
                    return false;
                }
                fetch();
            }
            return true;
        }

        private void fetch() {
            ApiRequest<R> request = source.pageRequest().page(offset, source.pageSize());
            String action = request.command().action();
            if (pagesFetched == maxPages) {
                throw new WhmcsPaginationException(action, "stopped after " + maxPages + " pages (maxPages) with more"
                        + " items to come, at limitstart " + offset, pagesFetched);
            }
            R response = source.api().execute(request);
            pagesFetched++;
            List<T> previous = page;
            page = source.items().apply(response);
            index = 0;
            Number startnumber = source.startnumber().apply(response);
            if (startnumber != null && startnumber.longValue() != offset) {
                throw new WhmcsPaginationException(action, "asked for the page at limitstart " + offset
                        + " but the server answered startnumber " + startnumber + "; it does not page as WHMCS does, so"
                        + " the items would repeat or be missed", pagesFetched);
            }
            if (!page.isEmpty() && page.equals(previous)) {
                throw new WhmcsPaginationException(action, "the page at limitstart " + offset + " repeats the page"
                        + " before it; the server ignores limitstart, so the items would repeat without end",
                        pagesFetched);
            }
            offset += page.size();
            Number reported = source.total().apply(response);
            if (page.isEmpty() || (reported != null && offset >= reported.longValue())) {
                exhausted = true;
            }
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.get(index++);
        }
    }
}
