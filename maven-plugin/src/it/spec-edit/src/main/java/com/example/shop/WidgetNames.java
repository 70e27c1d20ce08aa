package com.example.shop;

import com.example.shop.shop.GetWidgetsResponse;
import java.util.List;

/** Code of the project's own that uses a command present before and after the edit. */
public final class WidgetNames {
    private WidgetNames() {
    }

    public static List<String> of(ShopClient shop) {
        return shop.shop().getWidgets(r -> r.limitnum(10)).widgets().stream()
                .map(GetWidgetsResponse.Widget::name)
                .toList();
    }
}
