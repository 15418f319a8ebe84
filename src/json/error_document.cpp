// The error document of validation.md §0.

#include "klantinteracties/json/error_document.hpp"

#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>
#include <boost/uuid/random_generator.hpp>
#include <boost/uuid/uuid_io.hpp>

namespace ki::json {

namespace {

// DRF's default detail of a ValidationError; untranslated in Open Klant's
// Dutch catalogue, so title and detail stay English.
constexpr std::string_view invalid_input = "Invalid input.";

}  // namespace

std::string validation_error_type(std::string_view base_url) {
  while (!base_url.empty() && base_url.back() == '/') base_url.remove_suffix(1);
  std::string type(base_url);
  type += "/ref/fouten/ValidationError/";
  return type;
}

boost::json::object error_document(const InvalidParams& params, std::string_view base_url,
                                   const Uuid& instance) {
  boost::json::array invalid;
  invalid.reserve(params.size());
  for (const auto& p : params) {
    boost::json::object item;
    item.reserve(3);
    item.emplace("name", p.name);
    item.emplace("code", p.code);
    item.emplace("reason", p.reason);
    invalid.emplace_back(std::move(item));
  }

  boost::json::object doc;
  doc.reserve(7);
  doc.emplace("type", validation_error_type(base_url));
  doc.emplace("code", "invalid");
  doc.emplace("title", invalid_input);
  doc.emplace("status", 400);
  doc.emplace("detail", invalid_input);
  doc.emplace("instance", "urn:uuid:" + boost::uuids::to_string(instance));
  doc.emplace("invalidParams", std::move(invalid));
  return doc;
}

boost::json::object error_document(const InvalidParams& params, std::string_view base_url) {
  // One generator per thread: random_generator is not thread-safe.
  thread_local boost::uuids::random_generator generator;
  return error_document(params, base_url, generator());
}

std::string error_document_string(const InvalidParams& params, std::string_view base_url) {
  return boost::json::serialize(error_document(params, base_url));
}

}  // namespace ki::json
