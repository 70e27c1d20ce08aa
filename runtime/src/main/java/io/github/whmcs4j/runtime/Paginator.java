package io.github.whmcs4j.runtime;

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

    private final Iterable<T> pages;

    private Paginator(Iterable<T> pages) {
        this.pages = pages;
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
        int size = pageSize == null || pageSize.intValue() <= 0 ? DEFAULT_PAGE_SIZE : pageSize.intValue();
        int first = start == null ? 0 : Math.max(0, start.intValue());
        return new Paginator<>(() -> new PageIterator<>(api, pageRequest, items, total, size, first));
    }

    @Override
    public Iterator<T> iterator() {
        return pages.iterator();
    }

    /** The items as a lazy, sequential stream. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private static final class PageIterator<R, T> implements Iterator<T> {
        private final ApiClient api;
        private final PageRequest<R> pageRequest;
        private final Function<R, List<T>> items;
        private final Function<R, ? extends Number> total;
        private final int pageSize;
        private int offset;
        private List<T> page = List.of();
        private int index;
        private boolean exhausted;

        PageIterator(ApiClient api, PageRequest<R> pageRequest, Function<R, List<T>> items,
                     Function<R, ? extends Number> total, int pageSize, int offset) {
            this.api = api;
            this.pageRequest = pageRequest;
            this.items = items;
            this.total = total;
            this.pageSize = pageSize;
            this.offset = offset;
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
            R response = api.execute(pageRequest.page(offset, pageSize));
            page = items.apply(response);
            index = 0;
            offset += page.size();
            Number reported = total.apply(response);
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
