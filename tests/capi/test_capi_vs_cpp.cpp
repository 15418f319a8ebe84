// The C ABI gives exactly what the C++ API gives: for every request
// component, every test document, every mode and profile, the same status and
// the same error document (`instance` aside, which is random per document);
// for ki_normalise, the same JSON as the component's roundtrip. Links both the
// shared library (its only symbols are ki_*) and the static C++ library.

#include <boost/json.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "harness.h"
#include "klantinteracties.h"
#include "klantinteracties/json/codec.hpp"
#include "klantinteracties/json/components.hpp"
#include "klantinteracties/json/error_document.hpp"
#include "klantinteracties/referentielijsten/referentielijsten.hpp"

namespace {

namespace fs = std::filesystem;

struct Document {
  std::string name;
  std::string text;
};

std::vector<Document> documents(const char* folder) {
  std::vector<Document> docs;
  for (const auto& e : fs::directory_iterator(fs::path(KI_TEST_DATA) / folder)) {
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    docs.push_back({std::string(folder) + "/" + e.path().filename().string(), s.str()});
  }
  return docs;
}

// Hand-made bodies that fail in many ways.
const std::vector<Document> kExtra = {
    {"{}", "{}"},
    {"[]", "[]"},
    {"null", "null"},
    {"malformed", "{\"soortPartij\":"},
    {"wrong types",
     R"({"soortPartij":5,"indicatieActief":"ja","kanaal":[],"onderwerp":null,"adres":{},)"
     R"("metadata":{"Betreft":"x","someKey":7},"bezoekadres":{"land":"N","postcode":"1"},)"
     R"("partijIdentificatoren":{},"digitaleAdressen":[{"uuid":"nee"}],"taal":"incorrect"})"},
};

const char* kModes[] = {nullptr, "create", "update", "partial"};
const char* kProfiles[] = {nullptr, "openklant", "strict"};

// The document with `instance` set to a fixed value (it is random per call).
std::string without_instance(const std::string& doc) {
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(doc, ec);
  if (ec || !v.is_object() || !v.as_object().contains("instance") ||
      !v.as_object().at("instance").is_string())
    return "not an error document: " + doc;
  auto& o = v.as_object();
  const auto& instance = o.at("instance").as_string();
  if (instance.size() != 45 || instance.subview(0, 9) != "urn:uuid:") return "bad instance: " + doc;
  o["instance"] = "urn:uuid:-";
  return boost::json::serialize(v);
}

struct Expected {
  int status;
  std::string text;  // the result, or the error document without instance
};

Expected cpp_validate(const ki::json::Component& c, const std::string& text, const char* mode,
                      const char* profile,
                      const ki::referentielijsten::Referentielijsten* lijsten) {
  ki::rules::Options options;
  options.modus = c.modus();
  if (mode) {
    const std::string m = mode;
    options.modus = m == "create"   ? ki::rules::Modus::create
                    : m == "update" ? ki::rules::Modus::update
                                    : ki::rules::Modus::partial;
  }
  if (profile && std::string(profile) == "strict") options.profiel = ki::rules::Profiel::strict;
  options.referentielijsten = lijsten;
  ki::InvalidParams errors;
  const auto body = ki::json::parse(text, errors);
  if (!errors.empty())
    return {KI_EPARSE, without_instance(ki::json::error_document_string(errors))};
  const auto value = c.validate(body, options, errors);
  if (!errors.empty())
    return {KI_EINVALID, without_instance(ki::json::error_document_string(errors))};
  return {KI_OK, boost::json::serialize(value)};
}

Expected cpp_roundtrip(const ki::json::Component& c, const std::string& text) {
  ki::InvalidParams errors;
  const auto body = ki::json::parse(text, errors);
  if (!errors.empty())
    return {KI_EPARSE, without_instance(ki::json::error_document_string(errors))};
  const auto value = c.roundtrip(body, errors);
  if (!errors.empty())
    return {KI_EINVALID, without_instance(ki::json::error_document_string(errors))};
  return {KI_OK, boost::json::serialize(value)};
}

int compared = 0;

void compare(const char* what, const std::string& label, const Expected& expected, int status,
             char* out) {
  ++compared;
  std::string actual = out ? out : "";
  ki_free(out);
  if (status == KI_EINVALID || status == KI_EPARSE) actual = without_instance(actual);
  const bool same = status == expected.status && actual == expected.text;
  if (!harness_check(same, __FILE__, __LINE__, what))
    std::fprintf(stderr, "    %s\n    C ABI: %s %s\n    C++:   %s %s\n", label.c_str(),
                 ki_status_name(status), actual.c_str(), ki_status_name(expected.status),
                 expected.text.c_str());
}

void validate_everything(const std::vector<Document>& docs,
                         const ki::referentielijsten::Referentielijsten* lijsten) {
  for (const auto& c : ki::json::components()) {
    if (!c.validate) continue;
    const std::string type(c.naam);
    for (const auto& d : docs)
      for (const char* mode : kModes)
        for (const char* profile : kProfiles) {
          const std::string label = type + " " + d.name + " mode=" + (mode ? mode : "NULL") +
                                    " profile=" + (profile ? profile : "NULL");
          const Expected expected = cpp_validate(c, d.text, mode, profile, lijsten);
          char* doc = nullptr;
          const int status = ki_validate(&doc, type.c_str(), d.text.c_str(), mode, profile);
          Expected verdict = expected;
          if (verdict.status == KI_OK) verdict.text.clear();  // ki_validate gives no object
          compare("ki_validate == C++ validate", label, verdict, status, doc);
          char* out = nullptr;
          const int normalised =
              ki_validate_normalise(&out, type.c_str(), d.text.c_str(), mode, profile);
          compare("ki_validate_normalise == C++ validate", label, expected, normalised, out);
        }
  }
}

}  // namespace

int main() {
  auto docs = documents("requests");
  docs.insert(docs.end(), kExtra.begin(), kExtra.end());
  auto all = docs;
  const auto responses = documents("responses");
  all.insert(all.end(), responses.begin(), responses.end());

  // Validation with the built-in lists.
  validate_everything(docs, nullptr);

  // ki_normalise: every component, every document.
  for (const auto& c : ki::json::components())
    for (const auto& d : all) {
      char* out = nullptr;
      const int status = ki_normalise(&out, std::string(c.naam).c_str(), d.text.c_str());
      compare("ki_normalise == C++ roundtrip", std::string(c.naam) + " " + d.name,
              cpp_roundtrip(c, d.text), status, out);
    }

  // Validation with a loaded Kanaal list and a fixed clock, both sides.
  {
    std::ifstream in(std::string(KI_TEST_DATA) + "/referentielijsten/kanaal_items.json");
    std::ostringstream s;
    s << in.rdbuf();
    auto lijsten = ki::referentielijsten::Referentielijsten::standaard();
    CHECK(lijsten.laad(ki::referentielijsten::Lijst::kanaal, s.str()).empty());
    const auto moment = std::chrono::system_clock::time_point(std::chrono::seconds(1767225600));
    lijsten.set_klok(moment);
    CHECK_STATUS(ki_referentielijsten_load(nullptr, "kanaal", s.str().c_str()), KI_OK);
    CHECK_STATUS(ki_set_clock(1767225600), KI_OK);
    std::vector<Document> kanalen;
    for (const char* k : {"phone", "email", "expired_phone", "future_email", "telefoon"})
      kanalen.push_back({std::string("kanaal ") + k,
                         std::string(R"({"kanaal":")") + k +
                             R"(","onderwerp":"x","taal":"nld","vertrouwelijk":false,)"
                             R"("indicatieContactGelukt":true})"});
    validate_everything(kanalen, &lijsten);
    CHECK_STATUS(ki_referentielijsten_reset(), KI_OK);
    CHECK_STATUS(ki_set_clock(KI_CLOCK_SYSTEM), KI_OK);
  }

  std::printf("%d results compared\n", compared);
  return harness_summary("capi.vs_cpp");
}
