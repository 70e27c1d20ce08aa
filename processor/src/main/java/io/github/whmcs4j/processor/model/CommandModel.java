package io.github.whmcs4j.processor.model;

import com.palantir.javapoet.ClassName;
import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.Shape;
import java.util.List;
import java.util.Map;

/**
 * One command: its generated classes and facade methods, its parameters and its response records.
 *
 * @param spec the command as the spec gives it
 * @param request the request class
 * @param builder the request's builder class
 * @param response the response record
 * @param decoder the decoder class
 * @param method the facade method that calls it
 * @param asyncMethod the facade method that calls it without blocking
 * @param paginatorMethod the facade method that pages through it, or {@code null} when it does not page
 * @param nextPageMethod the facade method that gives the request for the page after an answer, or {@code null}
 *     when it does not page
 * @param params its parameters in spec order
 * @param responseRecord the response record and, nested in it, every record of the response
 * @param records every record of the response by the shape it reads
 */
public record CommandModel(CommandSpec spec, ClassName request, ClassName builder, ClassName response,
                           ClassName decoder, String method, String asyncMethod, String paginatorMethod,
                           String nextPageMethod, List<ParamModel> params, RecordModel responseRecord,
                           Map<Shape.ObjectShape, RecordModel> records) {
    public CommandModel {
        params = List.copyOf(params);
    }

    /** The record that holds values of this shape. */
    public RecordModel recordOf(Shape.ObjectShape shape) {
        return records.get(shape);
    }

    /** The parameter sent as {@code wireName}. */
    public ParamModel param(String wireName) {
        return params.stream().filter(param -> param.spec().name().equals(wireName)).findFirst()
                .orElseThrow(() -> new IllegalStateException(spec.name() + " has no parameter " + wireName));
    }
}
