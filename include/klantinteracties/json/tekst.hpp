#pragma once
// encode_string's writer: Open Klant's JSON text straight from the model, the
// same bytes as boost::json::serialize(encode(value)) without building the
// DOM in between (escapes, number forms and member order as Boost.JSON's
// serializer writes them).

#include <boost/json.hpp>

#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

#include "klantinteracties/json/scalars.hpp"
#include "klantinteracties/model/describe.hpp"

namespace ki::json::detail {

// A JSON string literal, escaped as boost::json::serialize escapes it.
void schrijf_tekst(std::string_view s, std::string& out);
// A text that needs no escapes (the model's property names and enum values).
inline void schrijf_gewoon(std::string_view s, std::string& out) {
  out += '"';
  out.append(s);
  out += '"';
}
void schrijf_uuid(const Uuid& u, std::string& out);
void schrijf_datum(const Date& d, std::string& out);
void schrijf_datum_tijd(const DateTime& t, std::string& out);
void schrijf_getal(std::int64_t n, std::string& out);
void schrijf_metadata(const Metadata& m, std::string& out);
// Kept members (unknown keys, expansions) as the DOM holds them; `bezet`
// tells which keys a described field already wrote (the DOM's emplace keeps
// the first of equal keys).
template <class Bezet>
void schrijf_onbekend(const Unknown& unknown, Bezet&& bezet, bool& eerste, std::string& out) {
  for (const auto& kv : unknown) {
    if (bezet(kv.key())) continue;
    out += eerste ? '{' : ',';
    eerste = false;
    schrijf_tekst(kv.key(), out);
    out += ':';
    out += boost::json::serialize(kv.value());
  }
}

template <class T>
void schrijf(const T& value, std::string& out);

template <class S>
void schrijf_struct(const S& s, std::string& out) {
  bool eerste = true;
  for_each_veld<S>([&](const auto& veld) {
    const auto& field = s.*(veld.member);
    if (field.is_absent()) return;
    out += eerste ? '{' : ',';
    eerste = false;
    schrijf_gewoon(veld.json, out);
    out += ':';
    if (field.is_null())
      out += "null";
    else
      schrijf(*field, out);
  });
  if (!s.unknown.empty()) {
    const auto bezet = [&](std::string_view key) {
      bool gevonden = false;
      for_each_veld<S>([&](const auto& veld) {
        gevonden = gevonden || (veld.json == key && !(s.*(veld.member)).is_absent());
      });
      return gevonden;
    };
    schrijf_onbekend(s.unknown, bezet, eerste, out);
  }
  out += eerste ? "{}" : "}";
}

template <class T>
void schrijf(const T& value, std::string& out) {
  if constexpr (std::is_same_v<T, std::string>) {
    schrijf_tekst(value, out);
  } else if constexpr (std::is_same_v<T, bool>) {
    out += value ? "true" : "false";
  } else if constexpr (std::is_same_v<T, std::int64_t>) {
    schrijf_getal(value, out);
  } else if constexpr (std::is_same_v<T, Uuid>) {
    schrijf_uuid(value, out);
  } else if constexpr (std::is_same_v<T, Date>) {
    schrijf_datum(value, out);
  } else if constexpr (std::is_same_v<T, DateTime>) {
    schrijf_datum_tijd(value, out);
  } else if constexpr (std::is_same_v<T, Metadata>) {
    schrijf_metadata(value, out);
  } else if constexpr (is_named_enum_v<T>) {
    schrijf_gewoon(to_string(value), out);
  } else if constexpr (is_vector<T>::value) {
    out += '[';
    bool eerste = true;
    for (const auto& item : value) {
      if (!eerste) out += ',';
      eerste = false;
      schrijf(item, out);
    }
    out += ']';
  } else if constexpr (is_box<T>::value) {
    schrijf(*value, out);
  } else if constexpr (is_variant<T>::value) {
    std::visit([&](const auto& alt) { schrijf(alt, out); }, value);
  } else {
    static_assert(is_described_v<T>, "no encoder for this type");
    schrijf_struct(value, out);
  }
}

}  // namespace ki::json::detail
