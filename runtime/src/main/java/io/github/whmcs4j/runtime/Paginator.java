package io.github.whmcs4j.runtime;

import io.github.whmcs4j.runtime.error.WhmcsPaginationException;
import io.github.whmcs4j.runtime.spi.ApiRequest;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
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
 * <p>Items one by one ({@link #iterator()}, {@link #items()}), or page by page ({@link #pages()}: each
 * response as it arrived, with its {@code totalresults}). {@link #forEachPageAsync} walks the same pages
 * without blocking a thread. Synchronous iteration sends every page on the iterating thread.
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
        Iterator<ListPage<T>> pages = pages().iterator();
        return new Iterator<>() {
            private Iterator<T> page = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!page.hasNext()) {
                    if (!pages.hasNext()) {
                        return false;
                    }
                    page = pages.next().pageItems().iterator();
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.next();
            }
        };
    }

    /** The items as a lazy, sequential stream. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The items as a lazy, sequential stream: the same as {@link #stream()}. */
    public Stream<T> items() {
        return stream();
    }

    /**
     * The pages, each fetched when the one before it has been consumed: the responses as WHMCS sent them
     * (each a generated response record), the last one possibly empty. Iterable more than once.
     */
    public Iterable<ListPage<T>> pages() {
        return () -> new PageIterator<>(new PageWalk<>(source, maxPages));
    }

    /**
     * Walks the pages without blocking a thread: {@code action} gets each page in order, on the thread
     * that completed its call, and the next page is asked for once it returns. The future completes when
     * the last page has been handed over, or exceptionally with the first failure (the call's, a
     * {@link WhmcsPaginationException}, or what {@code action} threw); no page is fetched after it.
     */
    public CompletableFuture<Void> forEachPageAsync(Consumer<? super ListPage<T>> action) {
        Objects.requireNonNull(action, "action");
        CompletableFuture<Void> done = new CompletableFuture<>();
        nextPageAsync(new PageWalk<>(source, maxPages), action, done);
        return done;
    }

    private static <R, T> void nextPageAsync(PageWalk<R, T> walk, Consumer<? super ListPage<T>> action,
                                             CompletableFuture<Void> done) {
        Optional<ApiRequest<R>> request;
        try {
            request = walk.nextRequest();
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
            return;
        }
        if (request.isEmpty()) {
            done.complete(null);
            return;
        }
        walk.source.api().executeAsync(request.get()).whenComplete((response, failure) -> {
            if (failure != null) {
                done.completeExceptionally(failure);
                return;
            }
            try {
                action.accept(walk.received(response));
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
                return;
            }
            nextPageAsync(walk, action, done);
        });
    }

    /**
     * The {@code limitstart} of the page after one that started at {@code limitstart} and holds
     * {@code page}; empty when that page was the last ({@code totalresults} reached, or no items). For the
     * generated {@code …NextPageRequest} methods.
     */
    public static Optional<Integer> nextOffset(Number limitstart, ListPage<?> page) {
        long next = (limitstart == null ? 0 : Math.max(0, limitstart.longValue())) + page.pageItems().size();
        Number total = page.totalresults();
        if (page.pageItems().isEmpty() || total != null && next >= total.longValue() || next > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.of((int) next);
    }

    /** What a page is fetched with. */
    private record PageSource<R, T>(ApiClient api, PageRequest<R> pageRequest, Function<R, List<T>> items,
                                    Function<R, ? extends Number> total, Function<R, ? extends Number> startnumber,
                                    int pageSize, int firstOffset) {
    }

    /** A response that is not a {@link ListPage} itself, seen as one through the paginator's functions. */
    private record Adapted<T>(List<T> pageItems, Number totalresults) implements ListPage<T> {
    }

    /**
     * Where one iteration is: the next page's offset, and the checks on each page that arrives. Shared by
     * the synchronous and the asynchronous walk.
     */
    private static final class PageWalk<R, T> {
        private final PageSource<R, T> source;
        private final int maxPages;
        private int offset;
        private int pagesFetched;
        private List<T> previous = List.of();
        private boolean exhausted;
        private String action = "";

        PageWalk(PageSource<R, T> source, int maxPages) {
            this.source = source;
            this.maxPages = maxPages;
            this.offset = source.firstOffset();
        }

        /** The next page's request; empty once the list is done. */
        Optional<ApiRequest<R>> nextRequest() {
            if (exhausted) {
                return Optional.empty();
            }
            ApiRequest<R> request = source.pageRequest().page(offset, source.pageSize());
            action = request.command().action();
            if (pagesFetched == maxPages) {
                throw new WhmcsPaginationException(action, "stopped after " + maxPages + " pages (maxPages) with more"
                        + " items to come, at limitstart " + offset, pagesFetched);
            }
            return Optional.of(request);
        }

        /** Checks the page that answered the last request, and moves past it. */
        ListPage<T> received(R response) {
            pagesFetched++;
            List<T> page = source.items().apply(response);
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
            previous = page;
            offset += page.size();
            Number reported = source.total().apply(response);
            if (page.isEmpty() || (reported != null && offset >= reported.longValue())) {
                exhausted = true;
            }
            @SuppressWarnings("unchecked") // a ListPage response's items are the ones the paginator reads
            ListPage<T> seen = response instanceof ListPage<?> listPage ? (ListPage<T>) listPage
                    : new Adapted<>(page, reported);
            return seen;
        }
    }

    private static final class PageIterator<R, T> implements Iterator<ListPage<T>> {
        private final PageWalk<R, T> walk;
        private ListPage<T> next;

        PageIterator(PageWalk<R, T> walk) {
            this.walk = walk;
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                walk.nextRequest().ifPresent(request -> next = walk.received(walk.source.api().execute(request)));
            }
            return next != null;
        }

        @Override
        public ListPage<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ListPage<T> page = next;
            next = null;
            return page;
        }
    }
}
