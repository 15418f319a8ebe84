// The error document of validation.md §0.

#include "klantinteracties/json/error_document.hpp"

#include <doctest/doctest.h>

#include <boost/json.hpp>
#include <boost/uuid/string_generator.hpp>
#include <boost/uuid/uuid_io.hpp>

#include <set>
#include <string>
#include <vector>

namespace {

std::vector<std::string> keys_of(const boost::json::object& obj) {
  std::vector<std::string> keys;
  for (const auto& kv : obj) keys.emplace_back(kv.key());
  return keys;
}

const ki::InvalidParams kTwoRequired{
    {"soortPartij", "required", "Dit veld is vereist."},
    {"indicatieActief", "required", "Dit veld is vereist."},
};

}  // namespace

TEST_CASE("error document: validation.md §0.2 example 1, key for key") {
  const auto instance = boost::uuids::string_generator()("0b4c6a59-1111-4222-8333-444455556666");
  const auto doc = ki::json::error_document(kTwoRequired, "http://testserver", instance);

  const auto expected = boost::json::parse(R"({
    "type": "http://testserver/ref/fouten/ValidationError/",
    "code": "invalid",
    "title": "Invalid input.",
    "status": 400,
    "detail": "Invalid input.",
    "instance": "urn:uuid:0b4c6a59-1111-4222-8333-444455556666",
    "invalidParams": [
      {"name": "soortPartij", "code": "required", "reason": "Dit veld is vereist."},
      {"name": "indicatieActief", "code": "required", "reason": "Dit veld is vereist."}
    ]})");
  CHECK(boost::json::value(doc) == expected);
  // Text equality also proves the key order (object equality ignores it).
  CHECK(boost::json::serialize(doc) == boost::json::serialize(expected));
}

TEST_CASE("error document: keys in Open Klant's order") {
  const auto doc = ki::json::error_document(kTwoRequired);
  CHECK(keys_of(doc) == std::vector<std::string>{"type", "code", "title", "status", "detail",
                                                 "instance", "invalidParams"});
  for (const auto& item : doc.at("invalidParams").as_array())
    CHECK(keys_of(item.as_object()) == std::vector<std::string>{"name", "code", "reason"});
  CHECK(doc.at("status").is_int64());
  CHECK(doc.at("status").as_int64() == 400);
}

TEST_CASE("error document: type from the base URL, default http://localhost") {
  CHECK(ki::json::error_document({}).at("type") == "http://localhost/ref/fouten/ValidationError/");
  CHECK(ki::json::error_document({}, "https://openklant.example.nl").at("type") ==
        "https://openklant.example.nl/ref/fouten/ValidationError/");
  CHECK(ki::json::validation_error_type("https://openklant.example.nl/") ==
        "https://openklant.example.nl/ref/fouten/ValidationError/");
}

TEST_CASE("error document: instance is urn:uuid: with a fresh uuid4 per call") {
  std::set<std::string> seen;
  for (int i = 0; i < 20; ++i) {
    const auto doc = ki::json::error_document(kTwoRequired);
    const std::string instance(doc.at("instance").as_string());
    REQUIRE(instance.rfind("urn:uuid:", 0) == 0);
    const auto u = boost::uuids::string_generator()(instance.substr(9));
    CHECK(u.version() == boost::uuids::uuid::version_random_number_based);
    CHECK(u.variant() == boost::uuids::uuid::variant_rfc_4122);
    CHECK(instance.substr(9) == boost::uuids::to_string(u));  // lower case, hyphenated
    seen.insert(instance);
  }
  CHECK(seen.size() == 20);
}

TEST_CASE("error document: invalidParams in the given order, empty list kept") {
  const ki::InvalidParams params{
      {"betrokkene.wasPartij.nonFieldErrors", "invalid",
       "Ongeldige data. Verwacht een dictionary, kreeg een str."},
      {"klantcontact.taal", "max_length",
       "Zorg ervoor dat dit veld niet meer dan 3 karakters bevat."},
  };
  const auto doc = ki::json::error_document(params);
  const auto& list = doc.at("invalidParams").as_array();
  REQUIRE(list.size() == 2);
  CHECK(list[0].at("name") == "betrokkene.wasPartij.nonFieldErrors");
  CHECK(list[1].at("code") == "max_length");
  CHECK(list[1].at("reason") == "Zorg ervoor dat dit veld niet meer dan 3 karakters bevat.");

  CHECK(ki::json::error_document({}).at("invalidParams").as_array().empty());
}

TEST_CASE("error document: compact text") {
  const std::string text = ki::json::error_document_string(kTwoRequired);
  CHECK(text.find('\n') == std::string::npos);
  CHECK(text.rfind(R"({"type":"http://localhost/ref/fouten/ValidationError/","code":"invalid",)",
                   0) == 0);
  CHECK(boost::json::parse(text).at("invalidParams").as_array().size() == 2);
}
