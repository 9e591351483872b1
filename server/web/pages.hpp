#pragma once
// The dashboard (docs/dashboard.md): server-rendered pages in six languages over the same Service
// the API answers from. Each page fills the API's Requests, calls the Service and shows the
// Responses as the CLI would (tables from app::render in HTML, charts from app::render_svg),
// inside one shell: navigation, language links, the controls as a GET form, footer. The page
// works without JavaScript; web/app.js adds tabs, live controls and copy buttons.

#include <optional>
#include <string_view>

#include "hague/app/service.hpp"
#include "server/query.hpp"
#include "server/router.hpp"

namespace hague::server::web {

/// The answer to `path` (as asked, without its query) when it is a page, an embed or an asset:
/// "/" (a redirect to the language Accept-Language prefers), "/{lang}/", "/{lang}/ally/{ISO3}",
/// "/{lang}/gap", "/{lang}/burden", "/{lang}/revisions", "/embed/{lang}/{chart}",
/// "/assets/...". nullopt when it is none of them. A bad parameter or an unknown ally is an
/// HTML page in the page's language with the status an API answer would have.
[[nodiscard]] std::optional<HttpResponse> answer(const app::Service& service,
                                                 const HttpRequest& request, std::string_view path,
                                                 const Query& query);

} // namespace hague::server::web
