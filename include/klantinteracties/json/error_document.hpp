#pragma once
// The body of Open Klant's HTTP 400 answer to invalid input (validation.md
// §0): the error document that the CLI prints and the C ABI returns.
//
//   {"type": "http://localhost/ref/fouten/ValidationError/", "code": "invalid",
//    "title": "Invalid input.", "status": 400, "detail": "Invalid input.",
//    "instance": "urn:uuid:<random uuid4>",
//    "invalidParams": [{"name": ..., "code": ..., "reason": ...}, ...]}
//
// Keys come in exactly this order, as Open Klant writes them.

#include <boost/json/object.hpp>

#include <string>
#include <string_view>

#include "klantinteracties/invalid_param.hpp"
#include "klantinteracties/model/values.hpp"

namespace ki::json {

// The scheme and host that `type` starts with when the caller names none.
inline constexpr std::string_view default_base_url = "http://localhost";

// `{base_url}/ref/fouten/ValidationError/`; a trailing `/` of base_url is
// dropped (`http://host/` and `http://host` give the same URL).
std::string validation_error_type(std::string_view base_url = default_base_url);

// The error document for `params`, with `instance` = `urn:uuid:<instance>`.
// Deterministic: for tests and for callers that log their own id.
boost::json::object error_document(const InvalidParams& params, std::string_view base_url,
                                   const Uuid& instance);

// The error document for `params`, with a fresh random (version 4) uuid as
// `instance`, unique per call as Open Klant's is. Thread-safe.
boost::json::object error_document(const InvalidParams& params,
                                   std::string_view base_url = default_base_url);

// error_document() as compact JSON text.
std::string error_document_string(const InvalidParams& params,
                                  std::string_view base_url = default_base_url);

}  // namespace ki::json
