// The register functions of the C ABI (ki_register_*): the handle, the
// F-functions by collection or type name, MaakKlantcontact and snapshots.
// They only translate between C strings and ki::Register.

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include <string>
#include <string_view>

#include "abi.hpp"
#include "handle.hpp"
#include "klantinteracties/json/codec.hpp"
#include "klantinteracties/json/components.hpp"
#include "klantinteracties/json/error_document.hpp"
#include "klantinteracties/json/scalars.hpp"

using namespace ki::capi;

namespace ki::capi {

int register_arg(std::string_view function, const ki_register* reg) {
  if (!reg) return fail(KI_EINVAL, function, "reg is NULL");
  return KI_OK;
}

int antwoord(std::string_view function, const Antwoord& a, char** out) {
  const int http = static_cast<int>(a.status);
  if (http < 300) {
    if (out && !a.body.is_null()) *out = c_string(a.body);
    return succeed();
  }
  if (out) *out = c_string(a.body);
  std::string detail;
  if (const auto* o = a.body.if_object())
    if (const auto* d = o->if_contains("detail"); d && d->is_string()) detail = d->get_string();
  switch (a.status) {
    case HttpStatus::invalid:
      return fail(KI_EINVALID, function, summary("rejected", a.invalid_params()));
    case HttpStatus::not_found:
      return fail(KI_ENOTFOUND, function, "not found: " + detail);
    case HttpStatus::conflict:
      return fail(KI_ECONFLICT, function, "conflict: " + detail);
    default:
      return fail(KI_EINTERNAL, function, "unexpected HTTP status " + std::to_string(http));
  }
}

}  // namespace ki::capi

namespace {

// The name the register knows a resource by: a type name in any letter case
// becomes the component's own spelling ("partij" -> "Partij"), anything else
// is taken as a collection, which is all lower case ("Partijen" ->
// "partijen"). The register's own table decides what exists.
std::string register_naam(std::string_view type) {
  if (const auto* c = ki::json::find_component(type);
      c && c->gebruik == ki::json::Gebruik::resource)
    return std::string(c->naam);
  return ki::json::detail::lower_ascii(type);
}

// KI_OK when the register has a collection of that name.
int bekend_type(std::string_view function, const std::string& naam, std::string_view type) {
  if (!ki::Register::collectie_van(naam))
    return fail(KI_EUNKNOWN_TYPE, function,
                "unknown type '" + std::string(type) +
                    "' (not a collection or resource type of the register)");
  return KI_OK;
}

// reg, type, and (when `uuid_arg` is set) the uuid: checked and resolved.
struct Doel {
  std::string naam;
  ki::Uuid uuid{};
};

int doel(std::string_view function, const ki_register* reg, const char* type, const char* uuid,
         bool met_uuid, Doel& out) {
  if (int rc = register_arg(function, reg); rc != KI_OK) return rc;
  std::optional<std::string_view> type_s, uuid_s;
  if (int rc = text_arg(function, "type", type, true, type_s, input_limit()); rc != KI_OK)
    return rc;
  if (met_uuid)
    if (int rc = text_arg(function, "uuid", uuid, true, uuid_s, input_limit()); rc != KI_OK)
      return rc;
  out.naam = register_naam(*type_s);
  if (int rc = bekend_type(function, out.naam, *type_s); rc != KI_OK) return rc;
  if (met_uuid) {
    // As Open Klant, whose URL patterns take only uuids: anything else is 404.
    const auto u = ki::json::parse_uuid(*uuid_s);
    if (!u) return fail(KI_ENOTFOUND, function, "'" + std::string(*uuid_s) + "' is not a uuid");
    out.uuid = *u;
  }
  return KI_OK;
}

// A JSON body argument; malformed JSON gives KI_EPARSE with the error
// document in `out`.
int body_arg(std::string_view function, const char* json, char** out, boost::json::value& body,
             std::string_view base_url) {
  std::optional<std::string_view> json_s;
  if (int rc = text_arg(function, "json", json, true, json_s, input_limit()); rc != KI_OK)
    return rc;
  ki::InvalidParams errors;
  body = ki::json::parse(*json_s, errors, limieten());
  if (!errors.empty()) {
    if (out) *out = c_string(ki::json::error_document_string(errors, base_url));
    return fail(KI_EPARSE, function, summary("malformed JSON", errors));
  }
  return KI_OK;
}

// The query of ki_register_list(): a JSON object of parameter -> string
// (numbers and booleans are taken as their JSON text).
int query_arg(std::string_view function, const char* query, ki::Query& out) {
  std::optional<std::string_view> query_s;
  if (int rc = text_arg(function, "query", query, false, query_s, input_limit()); rc != KI_OK)
    return rc;
  if (!query_s) return KI_OK;
  ki::InvalidParams errors;
  const auto v = ki::json::parse(*query_s, errors, limieten());
  if (!errors.empty()) return fail(KI_EPARSE, function, summary("malformed query JSON", errors));
  if (!v.is_object()) return fail(KI_EINVAL, function, "query is not a JSON object");
  for (const auto& [k, w] : v.get_object()) {
    std::string tekst;
    if (w.is_string())
      tekst = w.get_string();
    else if (w.is_int64() || w.is_uint64() || w.is_bool())
      tekst = boost::json::serialize(w);
    else
      return fail(KI_EINVAL, function,
                  "query parameter '" + std::string(k) + "' is not a string, number or boolean");
    out.emplace_back(std::string(k), std::move(tekst));
  }
  return KI_OK;
}

enum class Schrijf { create, update, patch };

int schrijf(std::string_view function, Schrijf soort, char** out_json, ki_register* reg,
            const char* type, const char* uuid, const char* json) {
  clear(out_json);
  return guarded(function, [&] {
    Doel d;
    if (int rc = doel(function, reg, type, uuid, soort != Schrijf::create, d); rc != KI_OK)
      return rc;
    boost::json::value body;
    if (int rc = body_arg(function, json, out_json, body, reg->base_url); rc != KI_OK) return rc;
    switch (soort) {
      case Schrijf::create:
        return antwoord(function, reg->reg.create(d.naam, body), out_json);
      case Schrijf::update:
        return antwoord(function, reg->reg.update(d.naam, d.uuid, body), out_json);
      case Schrijf::patch:
        break;
    }
    return antwoord(function, reg->reg.patch(d.naam, d.uuid, body), out_json);
  });
}

}  // namespace

extern "C" {

KI_API int ki_register_new(ki_register** out, const char* options_json) noexcept {
  constexpr std::string_view function = "ki_register_new";
  clear(out);
  return guarded(function, [&] {
    if (!out) return fail(KI_EINVAL, function, "out is NULL");
    std::optional<std::string_view> options_s;
    if (int rc = text_arg(function, "options_json", options_json, false, options_s, input_limit());
        rc != KI_OK)
      return rc;
    ki::RegisterOptions options;
    if (options_s) {
      ki::InvalidParams errors;
      const auto v = ki::json::parse(*options_s, errors, limieten());
      if (!errors.empty()) return fail(KI_EPARSE, function, summary("malformed JSON", errors));
      if (!v.is_object()) return fail(KI_EINVAL, function, "options_json is not a JSON object");
      for (const auto& [k, w] : v.get_object()) {
        if (k == "base_url" && w.is_string() && !w.get_string().empty()) {
          options.base_url = w.get_string();
        } else if (k == "profile" && w.is_string() && w.get_string() == "openklant") {
          options.profiel = ki::rules::Profiel::openklant;
        } else if (k == "profile" && w.is_string() && w.get_string() == "strict") {
          options.profiel = ki::rules::Profiel::strict;
        } else if (const auto moment =
                       k == "clock" && w.is_string()
                           ? ki::json::parse_date_time(std::string_view(w.get_string()))
                           : std::nullopt) {
          // A fixed clock makes examples and tests reproducible.
          const auto t = ki::referentielijsten::als_tijdstip(*moment);
          options.klok = [t] { return t; };
        } else {
          return fail(KI_EINVAL, function,
                      "option '" + std::string(k) + "' = " + boost::json::serialize(w) +
                          " is not one of base_url (a URL), profile (\"openklant\", "
                          "\"strict\") or clock (an RFC 3339 date-time)");
        }
      }
    }
    *out = new ki_register(current_lijsten(), std::move(options));
    return succeed();
  });
}

KI_API void ki_register_free(ki_register* reg) noexcept { delete reg; }

KI_API int ki_register_create(char** out_json, ki_register* reg, const char* type,
                              const char* json) noexcept {
  return schrijf("ki_register_create", Schrijf::create, out_json, reg, type, nullptr, json);
}

KI_API int ki_register_update(char** out_json, ki_register* reg, const char* type, const char* uuid,
                              const char* json) noexcept {
  return schrijf("ki_register_update", Schrijf::update, out_json, reg, type, uuid, json);
}

KI_API int ki_register_patch(char** out_json, ki_register* reg, const char* type, const char* uuid,
                             const char* json) noexcept {
  return schrijf("ki_register_patch", Schrijf::patch, out_json, reg, type, uuid, json);
}

KI_API int ki_register_remove(char** out_error_document, ki_register* reg, const char* type,
                              const char* uuid) noexcept {
  constexpr std::string_view function = "ki_register_remove";
  clear(out_error_document);
  return guarded(function, [&] {
    Doel d;
    if (int rc = doel(function, reg, type, uuid, true, d); rc != KI_OK) return rc;
    return antwoord(function, reg->reg.remove(d.naam, d.uuid), out_error_document);
  });
}

KI_API int ki_register_get(char** out_json, ki_register* reg, const char* type, const char* uuid,
                           const char* expand) noexcept {
  constexpr std::string_view function = "ki_register_get";
  clear(out_json);
  return guarded(function, [&] {
    if (!out_json) return fail(KI_EINVAL, function, "out_json is NULL");
    Doel d;
    if (int rc = doel(function, reg, type, uuid, true, d); rc != KI_OK) return rc;
    std::optional<std::string_view> expand_s;
    if (int rc = text_arg(function, "expand", expand, false, expand_s, input_limit()); rc != KI_OK)
      return rc;
    return antwoord(function, reg->reg.get(d.naam, d.uuid, expand_s.value_or("")), out_json);
  });
}

KI_API int ki_register_list(char** out_json, ki_register* reg, const char* type,
                            const char* query_json) noexcept {
  constexpr std::string_view function = "ki_register_list";
  clear(out_json);
  return guarded(function, [&] {
    if (!out_json) return fail(KI_EINVAL, function, "out_json is NULL");
    Doel d;
    if (int rc = doel(function, reg, type, nullptr, false, d); rc != KI_OK) return rc;
    ki::Query query;
    if (int rc = query_arg(function, query_json, query); rc != KI_OK) return rc;
    return antwoord(function, reg->reg.list(d.naam, query), out_json);
  });
}

KI_API int ki_register_maak_klantcontact(char** out_json, ki_register* reg,
                                         const char* json) noexcept {
  constexpr std::string_view function = "ki_register_maak_klantcontact";
  clear(out_json);
  return guarded(function, [&] {
    if (int rc = register_arg(function, reg); rc != KI_OK) return rc;
    boost::json::value body;
    if (int rc = body_arg(function, json, out_json, body, reg->base_url); rc != KI_OK) return rc;
    return antwoord(function, reg->reg.maak_klantcontact(body), out_json);
  });
}

KI_API int ki_register_export_snapshot(char** out_jsonl, ki_register* reg) noexcept {
  constexpr std::string_view function = "ki_register_export_snapshot";
  clear(out_jsonl);
  return guarded(function, [&] {
    if (!out_jsonl) return fail(KI_EINVAL, function, "out_jsonl is NULL");
    if (int rc = register_arg(function, reg); rc != KI_OK) return rc;
    *out_jsonl = c_string(reg->reg.export_snapshot());
    return succeed();
  });
}

KI_API int ki_register_import_snapshot(char** out_error_document, ki_register* reg,
                                       const char* jsonl) noexcept {
  constexpr std::string_view function = "ki_register_import_snapshot";
  clear(out_error_document);
  return guarded(function, [&] {
    if (int rc = register_arg(function, reg); rc != KI_OK) return rc;
    std::optional<std::string_view> jsonl_s;
    if (int rc = text_arg(function, "jsonl", jsonl, true, jsonl_s, input_limit()); rc != KI_OK)
      return rc;
    return antwoord(function, reg->reg.import_snapshot(*jsonl_s), out_error_document);
  });
}

}  // extern "C"
