#pragma once
// The OpenAPI components of Open Klant's Klantinteracties API that the library
// reads and writes, by name (case-insensitive): `Klantcontact`,
// `ExpandPartij`, `PatchedPartij`, `MaakKlantcontact`, `PaginatedPartijList`…
// Used where the type is only known at run time (the CLI, the C ABI).

#include <boost/json/value.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "klantinteracties/invalid_param.hpp"
#include "klantinteracties/json/band.hpp"
#include "klantinteracties/rules/options.hpp"

namespace ki::json {

// How Open Klant uses a component: as a POST/PUT body or response, as a PATCH
// body (Patched*), or only as a response (Expand*, Paginated*).
enum class Gebruik { resource, patch, response, part };

struct Component {
  std::string_view naam;  // as in the OpenAPI document
  Gebruik gebruik;
  // Decodes `body`; on success returns the re-encoded value, else adds to
  // `errors` and returns null.
  boost::json::value (*roundtrip)(const boost::json::value& body, InvalidParams& errors);
  // For request bodies (resource, patch): validates `body` as Open Klant
  // would; returns what it would store (normalised), or null and `errors`.
  // Null for response-only components and parts.
  boost::json::value (*validate)(const boost::json::value& body, const rules::Options& options,
                                 InvalidParams& errors) = nullptr;
  // validate() without the normalised value: only the verdict (true: valid)
  // and `errors`, for callers that do not keep the value.
  bool (*check)(const boost::json::value& body, const rules::Options& options,
                InvalidParams& errors) = nullptr;
  // validate() and check() of a body read into a Band (json::lees).
  boost::json::value (*validate_band)(const Band& body, const rules::Options& options,
                                      InvalidParams& errors) = nullptr;
  bool (*check_band)(const Band& body, const rules::Options& options,
                     InvalidParams& errors) = nullptr;
  // The mode Open Klant uses for this component (Patched*: partial).
  rules::Modus modus() const {
    return gebruik == Gebruik::patch ? rules::Modus::partial : rules::Modus::create;
  }
};

// Every component, in the OpenAPI document's order.
std::span<const Component> components();

// The component of that name, case-insensitive.
const Component* find_component(std::string_view naam);
// The component of exactly that name (as the OpenAPI document spells it).
const Component* find_component_exact(std::string_view naam);

}  // namespace ki::json
