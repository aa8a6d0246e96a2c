// The OpenAPI 3 description of ofsearch's HTTP API, served at /api/openapi.json.
#pragma once

#include <nlohmann/json.hpp>

namespace ofsearch {

const nlohmann::json& openapi_document();

}  // namespace ofsearch
